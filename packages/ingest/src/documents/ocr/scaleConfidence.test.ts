import type { ExtractedElement } from "@parcomms/core/extract";
import { describe, expect, it } from "vitest";
import { scaleConfidence } from "./scaleConfidence";

const elements: ExtractedElement[] = [
  { path: "/number", lines: { start: 3, end: 3 }, confidence: 0.9 },
  { path: "/title", lines: { start: 1, end: 2 }, confidence: 0.8 },
  { path: "/unit", lines: { start: 4, end: 4 }, confidence: 0.7 },
];

describe("scaleConfidence", () => {
  it("multiplies each element's confidence by the lowest OCR confidence of its lines", () => {
    const origins = [
      { page: 1, line: 1, confidence: 0.95 },
      { page: 1, line: 2, confidence: 0.5 },
      { page: 1, line: 3, confidence: 0.6 },
      { page: 1, line: 4 },
    ];
    expect(scaleConfidence(elements, origins)).toEqual([
      { path: "/number", lines: { start: 3, end: 3 }, confidence: 0.54 },
      { path: "/title", lines: { start: 1, end: 2 }, confidence: 0.4 },
      { path: "/unit", lines: { start: 4, end: 4 }, confidence: 0.7 },
    ]);
  });

  it("leaves elements whose lines have no origin or no confidence as they are", () => {
    expect(scaleConfidence(elements, [undefined, { page: 1, line: 2 }])).toEqual(elements);
    expect(scaleConfidence(elements, [])).toEqual(elements);
  });
});
