import { describe, expect, it } from "vitest";
import { fieldPlace } from "./fieldPlace";

describe("fieldPlace", () => {
  const origins = [
    { page: 1, line: 1 },
    undefined, // a blank line between blocks has no origin
    { page: 1, line: 2 },
    { page: 1, line: 3 },
    { page: 2, line: 1 },
    { page: 2, line: 2 },
  ];

  it("gives the page of a field's first line and its lines on that page", () => {
    expect(fieldPlace(origins, { start: 3, end: 4 })).toEqual({ page: 1, lines: [2, 3] });
    expect(fieldPlace(origins, { start: 6, end: 6 })).toEqual({ page: 2, lines: [2] });
  });

  it("keeps a field that runs over two pages on its first page", () => {
    expect(fieldPlace(origins, { start: 4, end: 6 })).toEqual({ page: 1, lines: [3] });
  });

  it("skips lines without an origin, and gives nothing for a text without pages", () => {
    expect(fieldPlace(origins, { start: 2, end: 3 })).toEqual({ page: 1, lines: [2] });
    expect(fieldPlace(origins, { start: 2, end: 2 })).toBeUndefined();
    expect(fieldPlace(undefined, { start: 1, end: 3 })).toBeUndefined();
    expect(fieldPlace(origins, { start: 9, end: 12 })).toBeUndefined();
  });
});
