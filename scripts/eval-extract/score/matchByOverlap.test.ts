import { plan001 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { matchByOverlap } from "./matchByOverlap";

const acts = plan001.activities.map((a) => ({
  text: `${a.title} ${a.description ?? ""}`,
  lines: a.origin.lines,
}));

describe("matchByOverlap", () => {
  it("matches the answer key to itself one to one", () => {
    const m = matchByOverlap(acts, acts);
    expect(m.pairs.map((p) => [p.expected, p.got])).toEqual(acts.map((_, i) => [i, i]));
    expect(m.unmatchedExpected).toEqual([]);
    expect(m.unmatchedGot).toEqual([]);
  });

  it("keeps IV.1 (001:99-107) and appendix row 4 (001:157), alike in words, apart by their lines", () => {
    const iv1 = plan001.activities.findIndex((a) => a.id === "a-assignment-IV.1");
    const row4 = plan001.activities.findIndex((a) => a.id === "a-appendix-row-4");
    const only = [acts[row4] as (typeof acts)[number]];
    const m = matchByOverlap([acts[iv1] as (typeof acts)[number]], only);
    expect(m.pairs).toEqual([]);
  });

  it("lets one extracted item stand for one answer-key item only", () => {
    const everything = { text: acts.map((a) => a.text).join(" "), lines: { start: 1, end: 165 } };
    const m = matchByOverlap(acts, [everything]);
    expect(m.pairs.length).toBeLessThanOrEqual(1);
    expect(m.unmatchedExpected.length).toBeGreaterThanOrEqual(acts.length - 1);
  });

  it("matches on words alone when lines are missing, and not on unrelated words", () => {
    const m = matchByOverlap(
      [{ text: "Tuyên truyền trên đài truyền thanh cơ sở" }],
      [{ text: "Kinh phí thực hiện" }, { text: "tuyen truyen tren dai truyen thanh co so cua xa" }],
    );
    expect(m.pairs.map((p) => p.got)).toEqual([1]);
    expect(m.unmatchedGot).toEqual([0]);
  });

  it("matches nothing against an empty extraction", () => {
    expect(matchByOverlap(acts, []).unmatchedExpected).toHaveLength(acts.length);
  });
});
