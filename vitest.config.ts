import { configDefaults, defineConfig } from 'vitest/config';

/** Settings shared by `npm test` and `npm run test:e2e`. */
export const shared = {
  testTimeout: 30_000,
  hookTimeout: 120_000,
  // The plain closing line "tests: N passed, N failed" that CI logs are read for.
  reporters: ['default', './test/plain-summary-reporter.ts'],
};

/**
 * `npm test`: every layer (core units, CLI in-process, real processes against dist/, PDFs read
 * back, faults, properties, import direction) except the fresh clone (vitest.e2e.config.ts).
 */
export default defineConfig({
  test: {
    ...shared,
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/fresh-clone/**'],
  },
});
