import { describe, expect, it } from "vitest";
import { loadPdfjs } from "./loadPdfjs";
import { pageRulings } from "./pageRulings";

const { OPS } = await loadPdfjs();
const M = 0; // pdf.js DrawOPS: moveTo, lineTo, curveTo, closePath
const L = 1;
const C = 2;
const Z = 4;
const path = (paint: number, buffer: number[]) => [
  OPS.constructPath,
  [paint, [Float32Array.from(buffer)], [0, 0, 0, 0]],
];

function rulings(...ops: unknown[][]) {
  return pageRulings(
    ops.map(([fn]) => fn as number),
    ops.map(([, args]) => args ?? null),
    OPS,
  );
}

describe("pageRulings", () => {
  it("takes a stroked rectangle's four sides, placed by the transformation matrix, as pdf-lib draws a cell", () => {
    // q 1 0 0 1 85 692.74 cm; the box 0 0 → 255.2 × 21.4; S; Q (what writePdf's table cell is)
    const got = rulings(
      [OPS.save],
      [OPS.transform, [1, 0, 0, 1, 85, 692.74]],
      path(OPS.stroke, [M, 0, 0, L, 0, 21.4, L, 255.2, 21.4, L, 255.2, 0, Z]),
      [OPS.restore],
      path(OPS.stroke, [M, 10, 10, L, 20, 10]),
    ).map((r) => ({
      ...r,
      at: Math.round(r.at * 10) / 10,
      from: Math.round(r.from * 10) / 10,
      to: Math.round(r.to * 10) / 10,
    }));
    expect(got).toEqual([
      { horizontal: false, at: 85, from: 692.7, to: 714.1 },
      { horizontal: true, at: 714.1, from: 85, to: 340.2 },
      { horizontal: false, at: 340.2, from: 692.7, to: 714.1 },
      { horizontal: true, at: 692.7, from: 85, to: 340.2 },
      // after the restore, the identity again
      { horizontal: true, at: 10, from: 10, to: 20 },
    ]);
  });

  it("takes a thin filled rectangle as one rule, and leaves out shading, curves, slants, clipping paths and ticks", () => {
    const got = rulings(
      path(OPS.fill, [M, 50, 100, L, 300, 100, L, 300, 100.5, L, 50, 100.5, Z]), // a 0.5 pt border drawn as a fill
      path(OPS.fill, [M, 50, 200, L, 300, 200, L, 300, 240, L, 50, 240, Z]), // a shaded cell
      path(OPS.stroke, [M, 0, 0, C, 10, 10, 20, 10, 30, 0]), // a curve
      path(OPS.stroke, [M, 0, 0, L, 40, 30]), // a slanted line
      path(OPS.endPath, [M, 0, 0, L, 0, 500, L, 500, 500, Z]), // a clipping path, not painted
      path(OPS.stroke, [M, 0, 0, L, 1, 0]), // a tick
    );
    expect(got).toEqual([{ horizontal: true, at: 100.25, from: 50, to: 300 }]);
  });

  it("applies a scaled and moved form XObject's matrix, and forgets it at the form's end", () => {
    const got = rulings(
      [
        OPS.paintFormXObjectBegin,
        [
          [2, 0, 0, 2, 100, 0],
          [0, 0, 10, 10],
        ],
      ],
      path(OPS.stroke, [M, 0, 5, L, 0, 25]),
      [OPS.paintFormXObjectEnd],
      path(OPS.stroke, [M, 0, 5, L, 0, 25]),
    );
    expect(got).toEqual([
      { horizontal: false, at: 100, from: 10, to: 50 },
      { horizontal: false, at: 0, from: 5, to: 25 },
    ]);
  });
});
