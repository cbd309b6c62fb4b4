import { eachReport, reportPointer } from '../model/walk.js';
import { defineRule } from './rule.js';

export const nap057 = defineRule({
  code: 'NAP057',
  severity: 'warning',
  title: 'Reporter is not responsible for the action',
  explanation:
    'A reporter usually reports on the actions it, or an actor under it, is responsible for; a report on another action may carry a wrong action id. Check the id; when a coordinator reports for another actor, the warning can stay.',
  checks: {
    progress(p, ctx) {
      const { actions, actorParents } = ctx.lookup;
      // An undeclared reporter is NAP032's finding.
      if (p.reporter === undefined || !actorParents.has(p.reporter)) return;
      for (const { key } of eachReport(p)) {
        const place = actions.get(key);
        if (!place || responsible(p.reporter, place.action.actors, actorParents)) continue;
        ctx.report(
          reportPointer(key),
          `'${p.reporter}' reports on action ${key}, which lists only ${place.action.actors.join(', ')} as responsible`,
          'check the action id; if the coordinator reports for another actor, this warning can stay',
          'key',
        );
      }
    },
  },
});

/** An actor answers for an action it is listed on, or one whose listed actor it is a parent of. */
function responsible(
  reporter: string,
  actors: readonly string[],
  parents: ReadonlyMap<string, string | undefined>,
): boolean {
  return actors.some((a) => {
    // At most 20 steps: parents may form a loop (NAP044).
    for (let x: string | undefined = a, n = 0; x !== undefined && n < 20; x = parents.get(x), n++)
      if (x === reporter) return true;
    return false;
  });
}
