import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerSite(_program: Command, _io: Io, _state: { exitCode: number }): void {}
