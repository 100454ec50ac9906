/** Letters tesseract's Vietnamese model gives for look-alikes: the Icelandic eth for "Đ"/"đ", the fraction slash for "/". */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  "\u00d0": "\u0110",
  "\u00f0": "\u0111",
  "\u2044": "/",
};

/**
 * A line or cell of OCR text with tesseract's look-alike letters put right.
 *
 * @example
 * fixLetters("\u00d0ồng Nai, Quý 1\u20442024") // "Đồng Nai, Quý 1/2024"
 */
export const fixLetters = (text: string): string =>
  text.replace(/[\u00d0\u00f0\u2044]/gu, (letter) => LOOK_ALIKES[letter] ?? letter);
