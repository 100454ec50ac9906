/**
 * Whether a word is one or two marks of punctuation standing alone: dust
 * read as marks ("Giang : . . ngày", "năm 2024 _", a table's "`\" TT" in a
 * scan at 200 dpi). A full stop, comma, colon, semicolon, apostrophe,
 * quotation mark, underscore or tilde is set against the word before or
 * after it, never alone between spaces; a dash ("2021 - 2030", a list's
 * "-") and an ellipsis ("ngày … tháng", "...") may stand alone and stay.
 */
export function isDust(text: string): boolean {
  return /^[.,:;'"`´‘’“”_~]{1,2}$/u.test(text.trim());
}
