import { nap001 } from './nap001-not-utf8.js';
import { nap002 } from './nap002-file-too-large.js';
import { nap003 } from './nap003-empty-file.js';
import { nap004 } from './nap004-yaml-syntax.js';
import { nap005 } from './nap005-duplicate-key.js';
import { nap006 } from './nap006-too-many-aliases.js';
import { nap007 } from './nap007-forbidden-key.js';
import { nap008 } from './nap008-tag-or-directive.js';
import { nap009 } from './nap009-too-deep.js';
import { nap010 } from './nap010-top-level-not-mapping.js';
import { nap011 } from './nap011-several-documents.js';
import { nap012 } from './nap012-format-version.js';
import { nap013 } from './nap013-key-not-plain.js';
import { nap014 } from './nap014-too-many-problems.js';
import { nap015 } from './nap015-number-too-large.js';
import { nap016 } from './nap016-input-not-read.js';
import { nap017 } from './nap017-flow-too-long.js';
import { nap020 } from './nap020-unknown-field.js';
import { nap021 } from './nap021-required-field.js';
import { nap022 } from './nap022-wrong-type.js';
import { nap023 } from './nap023-value-not-allowed.js';
import { nap024 } from './nap024-wrong-form.js';
import { nap025 } from './nap025-out-of-range.js';
import { nap026 } from './nap026-repeated-entry.js';
import { nap030 } from './nap030-id-changed-by-yaml.js';
import { nap031 } from './nap031-duplicate-id.js';
import { nap032 } from './nap032-unknown-actor.js';
import { nap033 } from './nap033-lead-not-actor.js';
import { nap034 } from './nap034-period-reversed.js';
import { nap035 } from './nap035-plan-id-folder.js';
import { nap036 } from './nap036-superseded-not-found.js';
import { nap037 } from './nap037-goals-or-actions.js';
import { nap038 } from './nap038-text-lacks-plan-language.js';
import { nap039 } from './nap039-text-lacks-language.js';
import { nap040 } from './nap040-action-without-indicator.js';
import { nap041 } from './nap041-due-outside-period.js';
import { nap042 } from './nap042-value-unit.js';
import { nap043 } from './nap043-not-a-real-date.js';
import { nap044 } from './nap044-actor-parent-loop.js';
import { nap050 } from './nap050-other-plan.js';
import { nap051 } from './nap051-year-outside-period.js';
import { nap052 } from './nap052-year-differs-from-name.js';
import { nap053 } from './nap053-unknown-action.js';
import { nap054 } from './nap054-unknown-indicator.js';
import { nap055 } from './nap055-reported-value-unit.js';
import { nap056 } from './nap056-action-reported-twice.js';
import { nap057 } from './nap057-reporter-not-responsible.js';
import { nap058 } from './nap058-progress-outside-year.js';
import { nap059 } from './nap059-file-not-read.js';
import { nap060 } from './nap060-narrative-one-language.js';
import { nap061 } from './nap061-progress-measure.js';
import { nap070 } from './nap070-assessor-not-declared.js';
import { nap071 } from './nap071-assessor-type.js';
import { nap072 } from './nap072-unknown-scale.js';
import { nap073 } from './nap073-rating-not-on-scale.js';
import { nap074 } from './nap074-assessed-twice.js';
import { nap075 } from './nap075-assessor-declared-twice.js';
import { nap076 } from './nap076-scale-level-twice.js';
import { nap080 } from './nap080-continued-action-not-found.js';
import { nap081 } from './nap081-continues-own-plan.js';
import { nap100 } from './nap100-not-a-workbook.js';
import { nap101 } from './nap101-workbook-password.js';
import { nap102 } from './nap102-workbook-macros.js';
import { nap103 } from './nap103-workbook-too-large.js';
import { nap104 } from './nap104-workbook-unsafe.js';
import { nap105 } from './nap105-return-layout-broken.js';
import { nap106 } from './nap106-return-for-other.js';
import { nap107 } from './nap107-return-outdated.js';
import { nap108 } from './nap108-unknown-row.js';
import { nap109 } from './nap109-row-not-actors.js';
import { nap110 } from './nap110-row-repeated.js';
import { nap111 } from './nap111-not-a-number.js';
import { nap112 } from './nap112-value-out-of-range.js';
import { nap113 } from './nap113-placeholder-value.js';
import { nap114 } from './nap114-decimal-comma.js';
import { nap115 } from './nap115-formula-in-cell.js';
import { nap116 } from './nap116-unknown-status.js';
import { nap117 } from './nap117-not-yes-no.js';
import { nap118 } from './nap118-not-a-date.js';
import { nap119 } from './nap119-spending-incomplete.js';
import { nap120 } from './nap120-progress-file-exists.js';
import { nap121 } from './nap121-collected-progress-invalid.js';
import { nap122 } from './nap122-rating-not-on-scale.js';
import { nap123 } from './nap123-assessment-incomplete.js';
import { nap130 } from './nap130-empty-return.js';
import { nap131 } from './nap131-unlikely-submission-date.js';
import type { Checks, RuleUnit, Stage } from './rule.js';

/**
 * Every rule nap checks, in code order: the one list from which the codes, the lookup
 * by code, the checks the validator runs and the README's table are derived.
 */
export const ruleList = [
  nap001,
  nap002,
  nap003,
  nap004,
  nap005,
  nap006,
  nap007,
  nap008,
  nap009,
  nap010,
  nap011,
  nap012,
  nap013,
  nap014,
  nap015,
  nap016,
  nap017,
  nap020,
  nap021,
  nap022,
  nap023,
  nap024,
  nap025,
  nap026,
  nap030,
  nap031,
  nap032,
  nap033,
  nap034,
  nap035,
  nap036,
  nap037,
  nap038,
  nap039,
  nap040,
  nap041,
  nap042,
  nap043,
  nap044,
  nap050,
  nap051,
  nap052,
  nap053,
  nap054,
  nap055,
  nap056,
  nap057,
  nap058,
  nap059,
  nap060,
  nap061,
  nap070,
  nap071,
  nap072,
  nap073,
  nap074,
  nap075,
  nap076,
  nap080,
  nap081,
  nap100,
  nap101,
  nap102,
  nap103,
  nap104,
  nap105,
  nap106,
  nap107,
  nap108,
  nap109,
  nap110,
  nap111,
  nap112,
  nap113,
  nap114,
  nap115,
  nap116,
  nap117,
  nap118,
  nap119,
  nap120,
  nap121,
  nap122,
  nap123,
  nap130,
  nap131,
] as const satisfies readonly RuleUnit[];

type Rule = (typeof ruleList)[number];
export type RuleCode = Rule['code'];
/** The codes a reading stage raises itself (the `stage` of their rule). */
export type StageCode<S extends Stage> = Extract<Rule, { stage: S }>['code'];

/** Every rule by code, in code order. */
export const rules = Object.fromEntries(ruleList.map((r) => [r.code, r])) as { readonly [R in Rule as R['code']]: R };

export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(rules, code);
}

/** The rules with a check for one kind of input, in code order, each with its check. */
export function checksOf<K extends keyof Checks>(kind: K): Array<{ code: RuleCode; check: NonNullable<Checks[K]> }> {
  const list: readonly RuleUnit<RuleCode>[] = ruleList;
  return list.flatMap((rule) => {
    const check = rule.checks?.[kind];
    return check ? [{ code: rule.code, check }] : [];
  });
}
