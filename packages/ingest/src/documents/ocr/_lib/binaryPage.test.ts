import { describe, expect, it } from "vitest";
import { binaryPage } from "./binaryPage";

/** A white grey page of 400 × 300 with a dark 20 × 20 square at (300, 40). */
function raster() {
  const width = 400;
  const height = 300;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 40; y < 60; y++)
    for (let x = 300; x < 320; x++) data.fill(20, (y * width + x) * 4, (y * width + x) * 4 + 3);
  return { width, height, data };
}

describe("binaryPage", () => {
  it("marks dark pixels where they are when the page was not turned", () => {
    const page = binaryPage(raster(), 0);
    expect(page.dark[50 * 400 + 310]).toBe(1);
    expect(page.dark[50 * 400 + 100]).toBe(0);
    expect(page.dark.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it("turns the page clockwise about its centre by a positive angle, as leptonica's pixRotate", () => {
    const angle = (5 * Math.PI) / 180;
    const page = binaryPage(raster(), angle);
    // the square's centre (310, 50), 110 right of and 100 above the centre (200, 150), turned clockwise by 5°
    const x = 200 + 110 * Math.cos(angle) + -100 * -Math.sin(angle);
    const y = 150 + 110 * Math.sin(angle) + -100 * Math.cos(angle);
    expect(page.dark[Math.round(y) * 400 + Math.round(x)]).toBe(1);
    expect(page.dark[50 * 400 + 301]).toBe(0);
    expect(page.dark.reduce((a, b) => a + b, 0)).toBeGreaterThan(380);
  });
});
