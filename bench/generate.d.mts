/** Writes synthetic plans of `n` actions under `root` (see generate.mjs). */
export function generate(root: string, n: number): { id: string; idB: string };
/** The same plan without progress, and with one error (see generate.mjs). */
export function generateVariants(root: string, n: number): { alone: string; error: string };
/** A folder of `count` plans of `n` actions each; returns the folder. */
export function generateMany(root: string, count: number, n: number): string;
