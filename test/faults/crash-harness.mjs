// Runs nap's main() (the built CLI) and throws an uncaught error once its browser has started
// (its profile folder under TMPDIR has filled): a crash while printing, for closed-output.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const [main, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], process.argv[1], ...args];
const tmp = process.env.TMPDIR;
const timer = setInterval(() => {
  const profile = readdirSync(tmp).find((d) => d.startsWith('nap-chromium-'));
  if (profile && readdirSync(join(tmp, profile)).length > 1) {
    clearInterval(timer);
    throw new Error('a crash while printing');
  }
}, 20);
await (await import(main)).main();
