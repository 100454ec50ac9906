import type { PlanMention } from "@parcomms/core";
import * as extract from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readTextFile } from "./readTextFile";

// The classifier is core's: here each kind is given by hand, to test what reading does with it.
vi.mock("@parcomms/core/extract", async (importOriginal) => {
  const real = await importOriginal<typeof import("@parcomms/core/extract")>();
  return { ...real, extractPlan: vi.fn(real.extractPlan) };
});
const { extractPlan } =
  await vi.importActual<typeof import("@parcomms/core/extract")>("@parcomms/core/extract");
const answer = (change: Partial<extract.PlanExtraction>) =>
  vi.mocked(extract.extractPlan).mockImplementationOnce((text, options) => ({
    ...extractPlan(text, options),
    ...change,
  }));

const S003 = "003_c2f82bd70c212939.txt";
const NEWS =
  "Ngày 12/3/2025, UBND huyện Định Quán ban hành Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025.";
const MENTION: PlanMention = {
  number: "45",
  symbol: "KH-UBND",
  issueDate: { year: 2025, month: 3, day: 12 },
  issuer: "UBND huyện Định Quán",
  title: "tuyên truyền cải cách hành chính năm 2025",
  raw: "Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025",
  lines: { start: 1, end: 1 },
};

afterEach(() => {
  vi.mocked(extract.extractPlan).mockReset();
  vi.mocked(extract.extractPlan).mockImplementation(extractPlan);
});

describe("readTextFile by documentKind", () => {
  it("keeps a plan's draft with its extraction issues, and no document", () => {
    answer({ documentKind: "plan" });
    const read = readTextFile("003.txt", { text: seedText(S003), method: "text" }, "text", false);
    expect(read.plans.map((p) => [p.source, p.plan.unit?.name, p.extraction?.documentKind])).toEqual([
      [{ file: "003.txt", format: "text" }, "Gia Tân", "plan"],
    ]);
    expect(read.documents).toEqual([]);
    expect(read.issues.every((i) => i.code.startsWith("extract."))).toBe(true);
  });

  it("keeps the plan a decision issues, with an info citing the decision at its line", () => {
    answer({
      documentKind: "decision-with-plan",
      decision: {
        number: "512",
        symbol: "QĐ-UBND",
        issueDate: { year: 2025, month: 3, day: 5 },
        title: "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025",
        lines: { start: 3, end: 8 },
      },
    });
    const read = readTextFile("qd-512.txt", { text: seedText(S003), method: "text" }, "docx", false);
    expect(read.plans.map((p) => [p.source, p.plan.unit?.name, p.extraction?.decision?.number])).toEqual([
      [{ file: "qd-512.txt", format: "docx" }, "Gia Tân", "512"],
    ]);
    expect(read.documents).toEqual([]);
    expect(read.issues[0]).toEqual({
      file: "qd-512.txt",
      code: "io.decision-with-plan",
      severity: "info",
      message: {
        vi: "Văn bản là quyết định ban hành kế hoạch (Quyết định số 512/QĐ-UBND ngày 05/03/2025); bản nháp là kế hoạch được ban hành kèm theo.",
        en: "The text is a decision issuing a plan (Quyết định số 512/QĐ-UBND ngày 05/03/2025); the draft is the plan it issues.",
      },
      line: 3,
    });
  });

  it("keeps a text about a plan as a document, with a warning citing the plans it names", () => {
    const second: PlanMention = { number: "16", symbol: "KH-UBND", issuer: "UBND tỉnh Đồng Nai", raw: "x" };
    answer({ documentKind: "about-plan", mentions: [MENTION, second] });
    const read = readTextFile("tin-bai.txt", { text: NEWS, method: "text" }, "text", true);
    expect(read.plans).toEqual([]);
    expect(read.documents.map((d) => [d.source, d.documentKind, d.extraction.mentions, d.text])).toEqual([
      [{ file: "tin-bai.txt", format: "text" }, "about-plan", [MENTION, second], NEWS],
    ]);
    expect(read.issues).toEqual([
      {
        file: "tin-bai.txt",
        code: "io.about-plan",
        severity: "warning",
        message: {
          vi: "Văn bản nói về Kế hoạch số 45/KH-UBND ngày 12/03/2025 của UBND huyện Định Quán; Kế hoạch số 16/KH-UBND của UBND tỉnh Đồng Nai; không phải văn bản kế hoạch, nên không có kế hoạch nào để so sánh.",
          en: "The text speaks of Kế hoạch số 45/KH-UBND ngày 12/03/2025 của UBND huyện Định Quán; Kế hoạch số 16/KH-UBND của UBND tỉnh Đồng Nai; it is not a plan's text, so there is no plan to compare.",
        },
        line: 1,
      },
    ]);
  });

  it("says so when a text about a plan names none clearly", () => {
    answer({ documentKind: "about-plan", mentions: [] });
    const read = readTextFile(
      "tin.txt",
      { text: "Huyện đang xây dựng kế hoạch tuyên truyền năm tới.", method: "text" },
      "text",
      false,
    );
    expect(read.documents.map((d) => d.documentKind)).toEqual(["about-plan"]);
    expect(read.issues.map((i) => [i.code, i.severity, i.message.en])).toEqual([
      [
        "io.about-plan-unnamed",
        "warning",
        "The text speaks of a plan but gives none of its number, date or issuer; it is not a plan's text, so there is no plan to compare.",
      ],
    ]);
  });

  it("keeps another text as a document, with io.not-a-plan alone", () => {
    answer({ documentKind: "other" });
    const text = "Kính gửi anh Nam,\nCảm ơn anh đã gửi tài liệu.\n";
    const read = readTextFile("thu.txt", { text: text, method: "text" }, "text", false);
    expect(read.plans).toEqual([]);
    expect(read.documents.map((d) => [d.documentKind, d.text])).toEqual([["other", text]]);
    expect(read.issues).toEqual([
      {
        file: "thu.txt",
        code: "io.not-a-plan",
        severity: "error",
        message: {
          vi: "Văn bản không phải kế hoạch, quyết định ban hành kế hoạch hay văn bản nói về một kế hoạch (không tìm thấy kế hoạch nào được nêu); không có gì được giữ làm kế hoạch.",
          en: "The text is neither a plan, a decision issuing a plan, nor a text about a plan (it names no plan); nothing is kept as a plan.",
        },
      },
    ]);
  });
});
