import { activityRules } from "./catalogue/activityRules";
import { documentRules } from "./catalogue/documentRules";
import { draftRules } from "./catalogue/draftRules";
import { parentRules } from "./catalogue/parentRules";
import { referenceRules } from "./catalogue/referenceRules";
import { structureRules } from "./catalogue/structureRules";
import type { RuleDescription } from "./RuleDescription";
import type { IssueParam } from "./ValidationIssue";

const entries = [
  ...activityRules,
  ...referenceRules,
  ...documentRules,
  ...draftRules,
  ...parentRules,
  ...structureRules,
] as const;
type Entry = (typeof entries)[number];

/** A code of the rule catalogue. */
export type RuleCode = Entry["code"];

/** The params an issue of code `C` carries. */
export type IssueParams<C extends RuleCode> = {
  readonly [K in keyof Extract<Entry, { code: C }>["params"]]: IssueParam;
};

/**
 * The rule catalogue (danh mục quy tắc kiểm tra), keyed by code: for every
 * issue validatePlan can report, its severity, title and message in English
 * and Vietnamese, what it means, an example (citing the seed plans as
 * "file:line" where they have one), and how to fix it. The single source of
 * issue text; docs/rules.md is generated from it.
 *
 * @example
 * rules["activity.timeframe-outside-period"].example.source // "003_c2f82bd70c212939.txt:430"
 * rules["header.number-not-stated"].message.vi // "Số văn bản để trống, không ghi số."
 */
export const rules: { readonly [C in RuleCode]: Extract<Entry, { code: C }> & RuleDescription } =
  Object.fromEntries(entries.map((entry) => [entry.code, entry])) as never;
