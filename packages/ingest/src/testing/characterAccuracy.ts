/**
 * How close recognised text is to its source, 0..1: 1 − (Levenshtein
 * distance ÷ length of the source), both texts whitespace-normalised first
 * (every run of spaces, tabs and line breaks one space; `**` markers
 * dropped; trimmed; Unicode NFC), so layout differences (a tab between
 * header columns, a line wrapped elsewhere) are not counted as errors.
 * Clamped at 0. Used by the OCR tests and `pnpm bench`.
 *
 * @param recognised - the text read (by OCR)
 * @param source - the text printed
 * @returns the character accuracy
 * @example
 * characterAccuracy("Kế hoach  số 13", "Kế hoạch số 13") // 1 - 1/14 ≈ 0.929
 */
export function characterAccuracy(recognised: string, source: string): number {
  const a = normalise(recognised);
  const b = normalise(source);
  if (b.length === 0) return a.length === 0 ? 1 : 0;
  return Math.max(0, 1 - levenshtein(a, b) / b.length);
}

function normalise(text: string): string {
  return text.replace(/\*\*/g, "").normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Edit distance by code unit, two rows of the dynamic programme. */
function levenshtein(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
