import { foldText } from "../_lib/fold";

/**
 * Folds Vietnamese text for matching: every diacritic removed (đ → d), lower
 * case, white space collapsed. NFC and NFD input and either tone-mark
 * placement ("Hoà"/"Hòa") fold to the same string, and so do spellings that
 * differ only in a mark ("Sơn Mầu"/"Sơn Màu"). Use it for keys and search,
 * never for display.
 *
 * @param text - any text
 * @returns the folded text
 * @example
 * foldVietnamese("Xã  Sơn Mầu") === foldVietnamese("xã Sơn Màu") // true ("xa son mau")
 */
export function foldVietnamese(text: string): string {
  // The shared folding table written into one reused buffer, made a string once: a string grown one
  // character at a time became a deep rope whose flattening made long inputs superlinear (issue 14).
  return foldText(text);
}
