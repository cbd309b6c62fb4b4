import type { Command } from 'commander';
import { displayPath } from '../../core/text/display-path.js';
import { escapeTerminal } from '../../core/text/terminal.js';
import type { Io } from '../io.js';

interface SiteCliOptions {
  out?: string;
  templates?: string;
  reports?: string;
}

export function registerSite(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('site')
    .description('build a static, accessible website of one or more plans and their progress, with open-data downloads')
    .argument('[plan...]', 'plan ids, folders or plan.yaml files (default: every plan under ./plans)')
    .option('-o, --out <dir>', 'the site folder (default: site); replaced as a whole, files you added are kept')
    .option(
      '-t, --templates <dir>',
      'folder of templates (site/*.hbs, partials, styles/site.css, i18n) overriding the built-in ones',
    )
    .option(
      '--reports <dir>',
      'where nap report wrote the PDFs to offer for download (default: reports; a folder named here must exist)',
    )
    .addHelpText(
      'after',
      `
Examples:
  nap site                                  every plan under ./plans, in ./site
  nap site be-2013 be-2013-rev -o public    two editions side by side, with a comparison page
  nap report --year 2015 && nap site        the year's PDFs among the downloads

Pages (links built from ids, stable across rebuilds): index.html (plans and their comparison),
<plan>/<lang>/index.html, .../objectives/<id>.html, .../actions/<id>.html, .../actors/<id>.html,
.../search.html, and <plan>/downloads/ (the nap export files). Every language the plan lists
(lang, languages) gets its pages. Nothing is loaded from elsewhere; only search runs a script.
The folder is written whole or not at all; a non-empty folder nap did not make is refused.
Exit codes: 0 written, 1 invalid plan or progress (as nap validate shows), 2 usage or environment error.`,
    )
    .action(async (plans: string[], o: SiteCliOptions) => {
      const { runSite } = await import('../../core/site/run.js');
      const { runContext } = await import('../run-context.js');
      const result = await runSite({
        plans,
        out: o.out,
        templatesDir: o.templates,
        reportsDir: o.reports,
        ...(await runContext(io)),
      });
      io.stdout.write(
        `wrote ${escapeTerminal(displayPath(result.folder, io.cwd))}/: ${result.pages} pages, ${result.files} files (${result.planIds.join(', ')})\n`,
      );
      const { writeWarnings } = await import('../render-findings.js');
      writeWarnings(io, result.findings, result.warnings);
      state.exitCode = 0;
    });
}
