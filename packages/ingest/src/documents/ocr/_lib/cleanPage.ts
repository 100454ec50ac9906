import type { Raster } from "./raster";

/**
 * A scanned page made ready for recognition, in place:
 * 1. red ink (the seal, a red signature) turned white BEFORE anything is
 *    binarised, so the black text the seal overlaps stays and the ring does
 *    not become black strokes across the lines: a pixel is red ink when its
 *    red channel is bright and well above green and blue;
 * 2. every pixel turned grey (luma);
 * 3. speckles removed: dark connected specks (8-connected, darker than 160)
 *    smaller than a diacritic at the page's resolution become white.
 * Tesseract binarises the grey page itself (Otsu).
 *
 * @returns the number of red pixels and of speckle pixels cleared
 */
export function cleanPage(raster: Raster): { red: number; speckles: number } {
  const { data, width, height } = raster;
  const pixels = width * height;
  const dark = new Uint8Array(pixels);
  let red = 0;
  for (let p = 0, i = 0; p < pixels; p++, i += 4) {
    const r = data[i] ?? 255;
    const g = data[i + 1] ?? 255;
    const b = data[i + 2] ?? 255;
    let grey: number;
    if (r > 140 && r - g > 60 && r - b > 50) {
      grey = 255;
      red++;
    } else grey = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    data[i] = grey;
    data[i + 1] = grey;
    data[i + 2] = grey;
    data[i + 3] = 255;
    dark[p] = grey < 160 ? 1 : 0;
  }
  // a page's width tells its resolution (A4: 8.27 in)
  const smallest = speckleArea(width / 8.27);
  let speckles = 0;
  const stack = new Int32Array(pixels);
  const component: number[] = [];
  for (let start = 0; start < pixels; start++) {
    if (dark[start] !== 1) continue;
    component.length = 0;
    let top = 0;
    stack[top++] = start;
    dark[start] = 2;
    // Visit the whole component; collect its pixels only while it may still be a speckle.
    while (top > 0) {
      const p = stack[--top] ?? 0;
      if (component.length <= smallest) component.push(p);
      const x = p % width;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const q = p + dy * width + dx;
          if (nx < 0 || nx >= width || q < 0 || q >= pixels || dark[q] !== 1) continue;
          dark[q] = 2;
          stack[top++] = q;
        }
      }
    }
    if (component.length <= smallest) {
      for (const p of component) {
        data[p * 4] = 255;
        data[p * 4 + 1] = 255;
        data[p * 4 + 2] = 255;
      }
      speckles += component.length;
    }
  }
  return { red, speckles };
}

/**
 * The most pixels a speck of dust covers at a resolution: 16 at 300 dpi,
 * where a diacritic's dot covers about 40. Anything smaller is not ink.
 */
export function speckleArea(dpi: number): number {
  return Math.max(3, Math.round(16 * (dpi / 300) ** 2));
}
