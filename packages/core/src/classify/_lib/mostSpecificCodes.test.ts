import { describe, expect, it } from "vitest";
import { mostSpecificCodes } from "./mostSpecificCodes";

const entries = [
  { code: "broadcast" },
  { code: "broadcast.commune-radio", parent: "broadcast" },
  { code: "in-person" },
  { code: "in-person.meeting", parent: "in-person" },
  { code: "in-person.village-meeting", parent: "in-person" },
  { code: "press" },
  { code: "press.newspaper", parent: "press" },
];
const m = (code: string, start: number, end: number) => ({ code, phrasing: code, start, end });

describe("mostSpecificCodes", () => {
  it("drops a parent matched only inside a child's match, and one on the child's very words", () => {
    expect(mostSpecificCodes([m("broadcast.commune-radio", 0, 19), m("broadcast", 4, 16)], entries)).toEqual([
      "broadcast.commune-radio",
    ]);
    expect(mostSpecificCodes([m("press", 0, 3), m("press.newspaper", 0, 3)], entries)).toEqual([
      "press.newspaper",
    ]);
  });

  it("keeps a parent that matched on words of its own, after its children", () => {
    expect(mostSpecificCodes([m("in-person", 0, 9), m("in-person.meeting", 20, 28)], entries)).toEqual([
      "in-person.meeting",
      "in-person",
    ]);
  });

  it("drops a sibling matched inside a longer match of the same family", () => {
    expect(
      mostSpecificCodes([m("in-person.village-meeting", 0, 13), m("in-person.meeting", 0, 8)], entries),
    ).toEqual(["in-person.village-meeting"]);
  });

  it("lets matches of different families stand side by side", () => {
    expect(mostSpecificCodes([m("press.newspaper", 0, 26), m("in-person.meeting", 4, 12)], entries)).toEqual([
      "press.newspaper",
      "in-person.meeting",
    ]);
  });

  it("orders second-level codes first, each group by first occurrence, each code once", () => {
    expect(
      mostSpecificCodes(
        [
          m("press", 0, 5),
          m("in-person.meeting", 10, 18),
          m("broadcast", 30, 33),
          m("in-person.meeting", 40, 48),
        ],
        entries,
      ),
    ).toEqual(["in-person.meeting", "press", "broadcast"]);
    expect(mostSpecificCodes([], entries)).toEqual([]);
  });
});
