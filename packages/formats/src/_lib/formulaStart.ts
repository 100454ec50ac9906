/**
 * A text a spreadsheet would run as a formula (OWASP "CSV injection"): it
 * starts with = + - @, a tab or a carriage return, after any apostrophes.
 * The apostrophes are counted in so that neutralising can be undone exactly
 * (see `neutraliseFormula` and `restoreFormula`).
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text that `neutraliseFormula` wrote: an apostrophe it added, then a {@link FORMULA_START}. */
export const NEUTRALISED_FORMULA = /^'+[=+\-@\t\r]/;
