import { NEUTRALISED_FORMULA } from "./formulaStart";

/**
 * The text `neutraliseFormula` was given, from what it wrote: the one
 * apostrophe it added before a formula start is removed; any other text is
 * returned as it is.
 *
 * @example
 * restoreFormula("'=SUM(1,2)") // "=SUM(1,2)"
 * restoreFormula("''+1") // "'+1"
 * restoreFormula("'quoted'") // "'quoted'"
 */
export function restoreFormula(text: string): string {
  return NEUTRALISED_FORMULA.test(text) ? text.slice(1) : text;
}
