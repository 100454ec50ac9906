/** Largest side of a page image read, in pixels (a 600-dpi A3 scan is under 10,000). */
export const MAX_SIDE = 20_000;

/**
 * Most pixels of a page image read: 100 million, 400 MB once decoded to
 * RGBA. An A3 page at 600 dpi is 7,016 × 9,921 = 69.6 million pixels, an A4
 * page at 300 dpi 8.7 million; a header claiming more is refused before a
 * decoder allocates it.
 */
export const MAX_PIXELS = 100_000_000;

/** Why an image of these sides cannot be read (`kind` names it: "PNG", "JPEG"), or undefined. */
export function sizeProblem(kind: string, width: number, height: number): string | undefined {
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    return `the ${kind} claims ${width} × ${height} pixels`;
  return undefined;
}
