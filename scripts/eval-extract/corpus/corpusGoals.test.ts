import { describe, expect, it } from "vitest";
import { addDocumentScore, emptyCorpusTotals, fieldAccuracy } from "./CorpusTotals";
import { corpusGoals } from "./corpusGoals";
import { loadCorpus } from "./loadCorpus";
import { scoreDocument } from "./scoreDocument";

const e01 = loadCorpus().documents.find((d) => d.id === "e01-xa-pipe-header");

describe("corpusGoals", () => {
  it("marks each goal of issue 12 met or missed, and leaves unmeasured ones undefined", () => {
    if (!e01) throw new Error("e01 missing");
    // The title read as the type line (e01:5), sure of itself; no reference read (e01:8-9, e01:18).
    const got = {
      documentKind: "plan",
      plan: { title: "KẾ HOẠCH", references: [] },
      elements: [{ path: "/title", confidence: 0.9 }],
    };
    const totals = addDocumentScore(emptyCorpusTotals(), scoreDocument(got, e01.key), false);
    const goals = new Map(corpusGoals(totals).map((g) => [g.id, g]));
    expect([...goals.keys()]).toEqual([
      "documentKind",
      "number",
      "issueDate",
      "issuer",
      "level",
      "period",
      "title",
      "references",
      "confident-wrong",
    ]);
    expect(goals.get("documentKind")).toMatchObject({ figure: 1, met: true, goal: "acc. ≥ 0.95" });
    expect(goals.get("title")).toMatchObject({ figure: 0, met: false });
    expect(goals.get("references")).toMatchObject({ figure: 0, met: false });
    expect(goals.get("confident-wrong")).toMatchObject({ figure: 1, met: false, goal: "= 0" });
    expect(fieldAccuracy(totals.fields["decision.number"])).toBeUndefined();
    expect(corpusGoals(emptyCorpusTotals()).every((g) => g.met === undefined)).toBe(true);
  });
});
