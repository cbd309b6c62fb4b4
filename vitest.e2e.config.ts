import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.js';

/** `npm run test:e2e`: the README quick start in a fresh clone (setup, sample report, npm test). */
export default defineConfig({
  test: {
    ...shared,
    include: ['test/fresh-clone/**/*.test.ts'],
  },
});
