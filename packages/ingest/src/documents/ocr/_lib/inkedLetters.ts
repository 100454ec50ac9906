import type { Box } from "./tesseractTypes";

/**
 * A word's letters without the full stops tesseract's LSTM reads where it
 * has no ink to show: a "." whose box is one pixel wide (put at the right
 * edge of the letter before it: where a line ends, a real full stop or
 * none, "và. Thể" at the end of a cell's line in a table) or much taller
 * than wide (a stroke of a table's ruling), where a printed full stop's
 * box is about as wide as tall. `endsInStop` tells whether the word's last
 * letter was such a one-pixel full stop (the caller decides whether it
 * stands: at the end of a cell's text, yes).
 *
 * @param letters - the word's letters with their boxes
 * @returns the letters that stand for ink, and whether a one-pixel full stop ended the word
 */
export function inkedLetters<T extends { readonly text: string; readonly bbox: Box }>(
  letters: readonly T[],
): { letters: T[]; endsInStop: boolean } {
  const last = letters.at(-1);
  const thin = (letter: T) => letter.text === "." && letter.bbox.x1 - letter.bbox.x0 <= 1;
  const tall = (letter: T) =>
    letter.text === "." && letter.bbox.y1 - letter.bbox.y0 > 2 * (letter.bbox.x1 - letter.bbox.x0);
  return {
    letters: letters.filter((letter) => !thin(letter) && !tall(letter)),
    endsInStop: last !== undefined && thin(last),
  };
}
