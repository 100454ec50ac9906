import type { Language } from "../model/LocalizedText";
import { renderParam } from "./_lib/renderParam";
import type { RuleDescription } from "./RuleDescription";
import { rules } from "./rules";
import type { ValidationIssue } from "./ValidationIssue";

const catalogue: Readonly<Record<string, RuleDescription>> = rules;

/**
 * The message of an issue in English or Vietnamese, from the rule catalogue:
 * its template with every `{param}` filled from the issue's params (numbers,
 * dates and codes rendered for the language). The path is not part of the
 * message; show it beside. A code the catalogue does not know gives the code
 * itself, and a placeholder without a param stays as it is.
 *
 * @param issue - an issue from validatePlan
 * @param language - "en" or "vi"
 * @returns the message
 * @example
 * // 001:5 "ngày tháng 01 năm 2024":
 * const issue = { code: "header.issue-day-not-stated", severity: "warning", path: "/issueDate", params: { date: "2024-01" } } as const;
 * formatIssue(issue, "en") // "The issue date has no day: 2024-01."
 * formatIssue(issue, "vi") // "Ngày ban hành không ghi ngày: 01/2024."
 */
export function formatIssue(issue: ValidationIssue, language: Language): string {
  const entry = Object.hasOwn(catalogue, issue.code) ? catalogue[issue.code] : undefined;
  if (!entry) return issue.code;
  return entry.message[language].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(issue.params, name) ? issue.params[name] : undefined;
    if (value === undefined) return placeholder;
    return renderParam(value, entry.params[name] ?? "text", language);
  });
}
