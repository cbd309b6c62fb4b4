#!/usr/bin/env node
// The nap executable: everything lives in the built CLI (npm run build).
import { main } from '../dist/cli/main.js';

await main();
