import { describe, expect, it } from "vitest";
import { keyAsExtraction } from "./_lib/keyAsExtraction";
import { CORPUS_FIELDS } from "./CORPUS_FIELDS";
import { loadCorpus } from "./loadCorpus";
import type { ScorableExtraction } from "./ScorableExtraction";
import { scoreDocument } from "./scoreDocument";

const corpus = loadCorpus().documents;
const keyOf = (id: string) => {
  const doc = corpus.find((d) => d.id === id);
  if (!doc) throw new Error(`no corpus document ${id}`);
  return doc.key;
};
// e01: "Số: 18/KH-UBND | Tân Long, ngày 26 tháng 01 năm 2024" (e01:3), a commune's plan for 2024.
const plan = keyOf("e01-xa-pipe-header");
// e02: Quyết định số 215/QĐ-UBND of huyện Hàm Yên issuing a plan for 2023 - 2025 (e02:3, e02:44).
const decision = keyOf("e02-huyen-decision-sequential");
// e03: a news page naming "Kế hoạch số 48/KH-UBND" (e03:7); no header of its own.
const news = keyOf("e03-phuong-news-web");

const perfect = keyAsExtraction(plan);
const withPlan = (
  extra: Partial<NonNullable<ScorableExtraction["plan"]>>,
  elements: ScorableExtraction["elements"] = [],
) => ({
  ...perfect,
  plan: { ...perfect.plan, ...extra },
  elements,
});

describe("scoreDocument", () => {
  it("finds every field right, all references and no miss when the extraction is the key", () => {
    const score = scoreDocument(perfect, plan);
    expect(score.fields).toEqual({
      documentKind: "right",
      number: "right",
      symbol: "right",
      issueDate: "right",
      issuer: "right",
      level: "right",
      unit: "right",
      period: "right",
      title: "right",
      "decision.number": "blank-ok",
      "decision.symbol": "blank-ok",
      "decision.issueDate": "blank-ok",
    });
    expect(score.references).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(score.referenceRoles).toEqual({ right: 3, matched: 3 });
    expect(score.misses).toEqual([]);
    for (const doc of corpus) expect(scoreDocument(keyAsExtraction(doc.key), doc.key).misses).toEqual([]);
  });

  it("compares titles after NFC, markdown asterisks, case and trailing punctuation, symbols in capitals", () => {
    const got = withPlan({
      title: "**TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN XÃ TÂN LONG NĂM 2024.**".normalize("NFD"),
      symbol: "kh- ubnd",
    });
    expect(scoreDocument(got, plan).fields).toMatchObject({ title: "right", symbol: "right" });
  });

  it("takes a blank number slot for the key's null, and a number read there for spurious", () => {
    const blank = { ...plan, number: null };
    expect(
      scoreDocument(withPlan({ number: { notStated: true, raw: "Số: /KH-UBND" } }), blank).fields.number,
    ).toBe("blank-ok");
    expect(scoreDocument(withPlan({ number: "18" }), blank).fields.number).toBe("spurious");
    expect(scoreDocument(withPlan({ number: { notStated: true } }), plan).fields.number).toBe("missed");
  });

  it("counts a day read where the key has none as wrong, and the print date of a page as spurious", () => {
    const noDay = { ...plan, issueDate: "2024-01" };
    expect(scoreDocument(withPlan({ issueDate: { year: 2024, month: 1 } }), noDay).fields.issueDate).toBe(
      "right",
    );
    expect(
      scoreDocument(withPlan({ issueDate: { year: 2024, month: 1, day: 26 } }), noDay).fields.issueDate,
    ).toBe("wrong");
    // e03:17 "Ngày in: 05/09/2025 10:15"
    const printed = { documentKind: "about-plan", plan: { issueDate: { year: 2025, month: 9, day: 5 } } };
    expect(scoreDocument(printed, news).fields.issueDate).toBe("spurious");
  });

  it("scores the issuer's body and level together and the level alone, and the unit by folded name and level", () => {
    const got = withPlan({
      issuer: { body: "people-committee", level: "district" },
      unit: { name: "TAN  LONG", level: "commune" },
    });
    expect(scoreDocument(got, plan).fields).toMatchObject({ issuer: "wrong", level: "wrong", unit: "right" });
    const noLevel = withPlan({ issuer: { body: "people-committee" } });
    expect(scoreDocument(noLevel, plan).fields).toMatchObject({ issuer: "wrong", level: "missed" });
  });

  it("checks the horizon only when the key has one", () => {
    const horizon = { ...decision, period: { start: "2023", end: "2025", horizon: 2030 } };
    const got = { ...keyAsExtraction(decision), elements: [] };
    expect(scoreDocument(got, horizon).fields.period).toBe("wrong");
    const gotHorizon = {
      ...got,
      plan: { ...got.plan, period: { start: "2023", end: "2025", horizon: 2030 } },
    };
    expect(scoreDocument(gotHorizon, horizon).fields.period).toBe("right");
    expect(scoreDocument(gotHorizon, decision).fields.period).toBe("right");
  });

  it("scores the decision's number, symbol and date of a decision-with-plan", () => {
    const got = keyAsExtraction(decision);
    expect(
      scoreDocument({ ...got, decision: { number: "215", symbol: "QĐ-UBND" } }, decision).fields,
    ).toMatchObject({
      "decision.number": "right",
      "decision.symbol": "right",
      "decision.issueDate": "missed",
    });
  });

  it("counts a wrong value as confident at 0.8 or more, or with no element, and not below", () => {
    const wrongTitle = { title: "Về việc ban hành Kế hoạch" };
    expect(scoreDocument(withPlan(wrongTitle), plan).confidentWrong).toEqual(["title"]);
    const sure = [{ path: "/title", confidence: 0.9 }];
    expect(scoreDocument(withPlan(wrongTitle, sure), plan).confidentWrong).toEqual(["title"]);
    const unsure = [{ path: "/title", confidence: 0.6 }];
    expect(scoreDocument(withPlan(wrongTitle, unsure), plan).confidentWrong).toEqual([]);
    // A symbol falls back on the number line's element.
    const symbol = withPlan({ symbol: "QĐ-UBND" }, [{ path: "/number", confidence: 0.95 }]);
    expect(scoreDocument(symbol, plan).misses).toEqual([
      { field: "symbol", outcome: "wrong", expected: "KH-UBND", got: "QĐ-UBND", confident: true },
    ]);
    // A missed value is never confident-wrong.
    expect(scoreDocument(withPlan({ title: undefined }), plan).confidentWrong).toEqual([]);
  });

  it("flags the guesses the issue names: a placeholder unit and a year for a news page", () => {
    const guessed: ScorableExtraction = {
      documentKind: "plan",
      plan: {
        unit: { name: "không xác định", level: "commune" },
        period: { start: "2025", end: "2025" },
      },
      elements: [{ path: "/period", confidence: 0.5 }],
    };
    const score = scoreDocument(guessed, news);
    expect(score.fields).toMatchObject({ documentKind: "wrong", unit: "spurious", period: "spurious" });
    expect(score.confidentWrong).toEqual(["documentKind", "unit"]);
  });

  it("matches references by type, number and symbol, counts roles apart, and leaves unnumbered ones out", () => {
    const refs = [
      { type: "quyet-dinh" as const, number: "1847", symbol: "1847/qđ-ttg", role: "basis" as const },
      { type: "ke-hoach" as const, number: "09", symbol: "09/KH-UBND", role: "basis" as const },
      { type: "ke-hoach" as const, number: "18", symbol: "18/KH-UBND", role: "parent-plan" as const },
      { type: "nghi-quyet" as const, title: "các Nghị quyết của Tỉnh ủy", role: "basis" as const },
    ];
    const score = scoreDocument(withPlan({ references: refs }), plan);
    expect(score.references).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.referenceRoles).toEqual({ right: 1, matched: 2 });
    expect(score.misses.map((m) => [m.field, m.outcome, m.expected, m.got])).toEqual([
      ["reference-role", "wrong", "ke-hoach 09 09/KH-UBND: parent-plan", "basis"],
      ["references", "missed", "nghi-quyet 76 76/NQ-CP", "—"],
      ["references", "spurious", "—", "ke-hoach 18 18/KH-UBND (parent-plan)"],
    ]);
  });

  it("matches mentions by number and symbol", () => {
    const got = {
      documentKind: "about-plan",
      mentions: [{ number: "48", symbol: "48/KH-UBND" }, { number: "7" }],
    };
    expect(scoreDocument(got, news).mentions).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(scoreDocument({}, news).mentions).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("scores an empty extraction (a failed extractor) as every stated field missed", () => {
    const score = scoreDocument({}, plan);
    const stated = CORPUS_FIELDS.filter((f) => !f.id.startsWith("decision."));
    expect(stated.map((f) => score.fields[f.id])).toEqual(stated.map(() => "missed"));
    expect(score.confidentWrong).toEqual([]);
  });
});
