/** Writes synthetic plans of `n` actions under `root` (see generate.mjs). */
export function generate(root: string, n: number): void;
