import type { Formatter } from '../model/format.js';
import type { Plan } from '../model/types.generated.js';

/** The label of sample data, when the plan or the answers shown (earlier reports, the government's account) are illustrative. */
export function illustrativeLabel(o: { plan: Plan; f: Formatter; illustrativeData?: boolean }): string | undefined {
  if (o.plan.illustrative) return o.f.t('datacall.illustrative');
  return o.illustrativeData ? o.f.t('datacall.illustrativeData') : undefined;
}
