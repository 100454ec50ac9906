import type { Raster } from "./raster";
import type { Box } from "./tesseractTypes";

/**
 * A region of the cleaned page as tesseract saw it after turning it by
 * `radians` (`rotateAuto`: about the page's centre, clockwise for a positive
 * angle, as `binaryPage` turns it), `box` given in the turned page's
 * coordinates (those of the words' boxes), grown by `pad` pixels each side
 * (`{ x, y }`: across and down) and enlarged `scale` times: each pixel of the crop the bilinear blend of
 * the four page pixels round the point it comes from (white outside the
 * page). An enlarged line gives the recogniser letters as tall as it reads
 * best, and its own region a context of its own.
 *
 * @param raster - the cleaned (grey) page
 * @param radians - the angle tesseract turned the page by
 * @param box - the region in the turned page's pixels
 * @param scale - the enlargement (1 keeps the size)
 * @param pad - the margin taken round the box, in page pixels: a number for both, or across and down
 */
export function turnedCrop(
  raster: Raster,
  radians: number,
  box: Box,
  scale: number,
  pad: number | { readonly x: number; readonly y: number },
): Raster {
  const { width, height, data } = raster;
  const padX = typeof pad === "number" ? pad : pad.x;
  const padY = typeof pad === "number" ? pad : pad.y;
  const x0 = box.x0 - padX;
  const y0 = box.y0 - padY;
  const outWidth = Math.max(1, Math.round((box.x1 - box.x0 + 2 * padX) * scale));
  const outHeight = Math.max(1, Math.round((box.y1 - box.y0 + 2 * padY) * scale));
  const out = new Uint8ClampedArray(outWidth * outHeight * 4);
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = width / 2;
  const cy = height / 2;
  const grey = (x: number, y: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? 255 : (data[(y * width + x) * 4] ?? 255);
  for (let v = 0; v < outHeight; v++) {
    const Y = y0 + (v + 0.5) / scale - cy;
    for (let u = 0; u < outWidth; u++) {
      const X = x0 + (u + 0.5) / scale - cx;
      // the point of the page before turning, in pixel-index space (pixel centres at integers)
      const sx = cx + X * cos + Y * sin - 0.5;
      const sy = cy - X * sin + Y * cos - 0.5;
      const px = Math.floor(sx);
      const py = Math.floor(sy);
      const fx = sx - px;
      const fy = sy - py;
      const value =
        (1 - fy) * ((1 - fx) * grey(px, py) + fx * grey(px + 1, py)) +
        fy * ((1 - fx) * grey(px, py + 1) + fx * grey(px + 1, py + 1));
      const i = (v * outWidth + u) * 4;
      out[i] = value;
      out[i + 1] = value;
      out[i + 2] = value;
      out[i + 3] = 255;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}
