/**
 * Limits of a returned workbook, checked before it is loaded (README, "The yearly data call").
 * A return of a plan of 1,000 actions is about 200 KB and 5,000 cells; these are far beyond.
 */
export const RETURN_LIMITS = {
  /** The file as received. */
  fileBytes: 20 * 1024 * 1024,
  /** All parts of the workbook unpacked, measured while unpacking (sizes in the zip may lie). */
  unpackedBytes: 100 * 1024 * 1024,
  /** Parts (files) inside the workbook. */
  parts: 2_000,
  /** Rows and cells of one sheet. */
  rows: 20_000,
  cells: 500_000,
} as const;
