const COMBINING = /[\u0300-\u036f]/;

/**
 * The offset after the original character at `last`, with the combining
 * marks that follow it (NFD input): where a match ending there ends.
 *
 * @param text - the original text
 * @param last - offset of a match's last character
 * @returns the offset after it and its combining marks
 * @example
 * originalEnd("bá\u0301o", 1) // 3
 */
export function originalEnd(text: string, last: number): number {
  let end = last + 1;
  while (end < text.length && COMBINING.test(text[end] as string)) end++;
  return end;
}
