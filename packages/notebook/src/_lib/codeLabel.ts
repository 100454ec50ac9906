import type { Language } from "@parcomms/core";

/**
 * A code's label in the language, or the code itself when the codelist does
 * not know it (a user's file may carry codes of a newer codelist).
 *
 * @example
 * codeLabel(themes.entries, "procedures", "en") // "Administrative-procedure reform"
 */
export function codeLabel(
  entries: readonly { code: string; label: { vi: string; en: string } }[],
  code: string,
  language: Language,
): string {
  return entries.find((e) => e.code === code)?.label[language] ?? code;
}
