import { formatMessage } from "../messages/formatMessage";
import type { MessageCatalogue } from "../messages/MessageCatalogue";
import type { Language } from "../model/LocalizedText";
import { renderParam } from "./_lib/renderParam";
import { ruleMessages } from "./_lib/ruleMessages";
import type { RuleDescription } from "./RuleDescription";
import { rules } from "./rules";
import type { ValidationIssue } from "./ValidationIssue";

const catalogue: Readonly<Record<string, RuleDescription>> = rules;
const messages: MessageCatalogue = ruleMessages;

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
  const kinds = Object.hasOwn(catalogue, issue.code) ? catalogue[issue.code]?.params : undefined;
  return formatMessage(messages, issue.code, issue.params, language, {
    render: (value, name) => renderParam(value, kinds?.[name] ?? "text", language),
  });
}
