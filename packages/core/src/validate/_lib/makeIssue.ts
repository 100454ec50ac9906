import { type IssueParams, type RuleCode, rules } from "../rules";
import type { ValidationIssue } from "../ValidationIssue";

/** An issue of a catalogue code, with the severity the catalogue gives it. */
export function makeIssue<C extends RuleCode>(
  code: C,
  path: string,
  params: IssueParams<C>,
): ValidationIssue {
  return { code, severity: rules[code].severity, path, params: { ...params } };
}
