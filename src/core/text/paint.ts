/** Colours for human output, injected by the CLI (which decides whether colour is on). */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const same = (s: string) => s;
export const noPaint: Paint = { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };
