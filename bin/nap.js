#!/usr/bin/env node
// The nap executable: everything lives in the built CLI, bundled into dist/app (npm run build).
import { main } from '../dist/app/main.js';

await main();
