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
  return foldText(text);
}
