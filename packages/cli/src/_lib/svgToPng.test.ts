import { renderChartSvg } from "@parcomms/analytics";
import { plan003 } from "@parcomms/sample-data";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { svgToPng } from "./svgToPng";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("svgToPng", () => {
  it("renders a chart to a PNG of the svg's size times the scale", { timeout: 30_000 }, () => {
    const svg = renderChartSvg("timeline", [plan003], { document: new JSDOM("").window.document });
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    const png = svgToPng(svg, { scale: 2 });
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    // IHDR is the first chunk: width and height are big-endian at bytes 16–23.
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect(String.fromCharCode(...png.slice(12, 16)) /* bounded-spread: 4 bytes */).toBe("IHDR");
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([width * 2, height * 2]);
  });
});
