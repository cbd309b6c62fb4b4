import { createRequire } from 'node:module';
import { PACKAGE_ROOT } from '../core/package-root.js';

/** The package version, read from nap's package.json. */
export const version: string = (
  createRequire(new URL('package.json', PACKAGE_ROOT))('./package.json') as { version: string }
).version;
