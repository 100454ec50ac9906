import { FORMULA_START } from "./_lib/formulaStart";

/**
 * A text cell as a spreadsheet shows it and never runs it (OWASP "CSV
 * injection"): a text that starts with = + - @, a tab or a carriage return
 * gets a leading apostrophe; any other text is returned as it is. A text
 * that already starts with apostrophes and then one of those gets one more,
 * so that the apostrophe is always the one added and {@link tablesFromCsv}
 * removes it: the original text comes back exactly. Meant for text cells
 * only: numbers (-2, +3) are written as numbers and need nothing. The one
 * neutraliser of the workspace: analytics' `tableToCsv`, the CLI's tables
 * and `tablesToCsv(tables, { formulas: "neutralise" })` all use it.
 *
 * @param text - the text of a cell
 * @returns the text, with an apostrophe in front when a spreadsheet would run it
 * @example
 * neutraliseFormula("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 * neutraliseFormula("+84 912 345 678") // "'+84 912 345 678"
 * neutraliseFormula("Sơn Mầu") // "Sơn Mầu"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
