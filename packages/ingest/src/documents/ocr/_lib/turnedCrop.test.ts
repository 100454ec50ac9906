import { describe, expect, it } from "vitest";
import { binaryPage } from "./binaryPage";
import type { Raster } from "./raster";
import { turnedCrop } from "./turnedCrop";

/** A white page with a black rectangle. */
function pageWith(
  width: number,
  height: number,
  dark: { x0: number; y0: number; x1: number; y1: number },
): Raster {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = dark.y0; y < dark.y1; y++)
    for (let x = dark.x0; x < dark.x1; x++) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  return { width, height, data };
}

const greyAt = (raster: Raster, x: number, y: number) => raster.data[(y * raster.width + x) * 4];

describe("turnedCrop", () => {
  it("cuts a box with its margin out of an unturned page, enlarged", () => {
    const page = pageWith(200, 100, { x0: 50, y0: 40, x1: 70, y1: 50 });
    const crop = turnedCrop(page, 0, { x0: 50, y0: 40, x1: 70, y1: 50 }, 2, 5);
    expect([crop.width, crop.height]).toEqual([60, 40]);
    // the margin is white, the box's inside dark
    expect(greyAt(crop, 2, 2)).toBe(255);
    expect(greyAt(crop, 30, 20)).toBe(0);
    expect(greyAt(crop, 14, 20)).toBe(0);
    expect(greyAt(crop, 8, 20)).toBe(255);
  });

  it("cuts from the page as tesseract turned it, as binaryPage turns it", () => {
    const page = pageWith(400, 300, { x0: 150, y0: 140, x1: 250, y1: 160 });
    const radians = 0.03;
    const turned = binaryPage(page, radians);
    // where the bar lies in the turned page
    let x0 = 400;
    let x1 = 0;
    let y0 = 300;
    let y1 = 0;
    for (let y = 0; y < 300; y++)
      for (let x = 0; x < 400; x++)
        if (turned.dark[y * 400 + x]) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
    const crop = turnedCrop(page, radians, { x0, y0, x1: x1 + 1, y1: y1 + 1 }, 1, 0);
    // the crop's centre is the bar's, its corners outside a turned bar are lighter
    expect(greyAt(crop, Math.floor(crop.width / 2), Math.floor(crop.height / 2))).toBeLessThan(20);
    const outside = turnedCrop(page, radians, { x0, y0: y1 + 5, x1: x1 + 1, y1: y1 + 15 }, 1, 0);
    expect([...outside.data].every((v) => v >= 250)).toBe(true);
  });
});
