import { describe, expect, it } from "vitest";
import { channels } from "./channels";

const FAMILIES = ["broadcast", "press", "online", "outdoor-print", "in-person", "official-posting"];

describe("channels", () => {
  it("has the six families as its top level", () => {
    expect(channels.entries.filter((e) => e.parent === undefined).map((e) => e.code)).toEqual(FAMILIES);
  });

  it("puts every channel in one of the six families", () => {
    expect(channels.entries.filter((e) => !FAMILIES.includes(e.parent ?? e.code)).map((e) => e.code)).toEqual(
      [],
    );
  });

  it("has the channels DOMAIN.md names beyond the five plans", () => {
    const codes = channels.entries.map((e) => e.code);
    expect(
      [
        "broadcast.mobile-loudspeaker",
        "press.reportage",
        "press.e-bulletin",
        "outdoor-print.leaflet",
        "outdoor-print.notice-board",
        "in-person.cultural-performance",
      ].filter((c) => !codes.includes(c)),
    ).toEqual([]);
  });
});
