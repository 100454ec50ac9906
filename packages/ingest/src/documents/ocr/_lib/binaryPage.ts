import type { BinaryPage } from "./findTables";
import type { Raster } from "./raster";

/**
 * The cleaned page turned as tesseract turned it before reading it
 * (`rotateAuto`: leptonica's `pixRotate` about the page's centre, clockwise
 * for a positive angle, white brought in, the size kept), as a mask of dark
 * pixels (grey below 128) in the coordinates of the words' boxes: each pixel
 * takes the value of the nearest pixel of the page before turning.
 * Tesseract's own binary page cannot serve: its table rulings are already
 * removed.
 *
 * @param raster - the cleaned (grey) page
 * @param radians - the angle tesseract turned it by (`rotateRadians` of its result)
 */
export function binaryPage(raster: Raster, radians: number): BinaryPage {
  const { width, height, data } = raster;
  const dark = new Uint8Array(width * height);
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y + 0.5 - cy;
    // the source of (x, y): turned back by -radians about the centre
    let sx = cx + -cx * cos + dy * sin;
    let sy = cy + cx * sin + dy * cos;
    const row = y * width;
    for (let x = 0; x < width; x++, sx += cos, sy -= sin) {
      const px = Math.floor(sx + 0.5 * cos);
      const py = Math.floor(sy - 0.5 * sin);
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      dark[row + x] = (data[(py * width + px) * 4] ?? 255) < 128 ? 1 : 0;
    }
  }
  return { width, height, dark };
}
