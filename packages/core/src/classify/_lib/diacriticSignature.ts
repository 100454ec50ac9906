const MARK = /[\u0300-\u036f]/;
const D_STROKE = /[đĐðÐ]/;

/**
 * The diacritics a piece of Vietnamese text carries, whatever their order or
 * placement: its combining marks (after NFD) sorted, plus "đ" for a đ (or
 * the look-alike Ð). Two
 * spellings of one syllable ("hoà", "hòa", NFC or NFD) share a signature;
 * syllables that fold alike but differ in marks ("báo", "bảo") do not.
 *
 * @param text - a syllable or phrase, in any normal form
 * @returns the signature; empty when the text has no diacritics
 * @example
 * diacriticSignature("hoà") === diacriticSignature("hòa") // true
 * diacriticSignature("báo") === diacriticSignature("bảo") // false
 */
export function diacriticSignature(text: string): string {
  const marks = [...text.normalize("NFD")].filter((c) => MARK.test(c));
  // Ð (U+00D0) stands in for Đ in some fonts, as in `fold`.
  for (const c of text) if (D_STROKE.test(c)) marks.push("đ");
  return marks.sort().join("");
}
