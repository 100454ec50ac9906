import { extractPlan, type PlanExtraction } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { describeKind } from "./describeKind";

// Extractions made by hand around a seed's draft: what is tested is the rendering of each kind.
const base = extractPlan(seedText("003_c2f82bd70c212939.txt"), { sourceName: "003.txt" });
const as = (change: Partial<PlanExtraction>): PlanExtraction => ({ ...base, ...change });

describe("describeKind", () => {
  it("says a plan is a plan, in the language asked", () => {
    expect(describeKind(as({ documentKind: "plan" }), "vi")).toBe("Loại văn bản: kế hoạch\n");
    expect(describeKind(as({ documentKind: "plan" }), "en")).toBe("Document kind: plan\n");
  });

  it("cites the decision that issues the plan, with its summary", () => {
    const decision = {
      number: "512",
      symbol: "QĐ-UBND",
      issueDate: { year: 2025, month: 3, day: 5 },
      title: "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025",
    };
    expect(describeKind(as({ documentKind: "decision-with-plan", decision }), "vi")).toBe(
      "Loại văn bản: quyết định ban hành kế hoạch\n" +
        "Quyết định ban hành: Quyết định số 512/QĐ-UBND ngày 05/03/2025 — Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025\n",
    );
    expect(describeKind(as({ documentKind: "decision-with-plan", decision }), "en")).toMatch(
      /^Document kind: decision issuing a plan\nIssuing decision: Quyết định số 512\/QĐ-UBND ngày 05\/03\/2025 — /,
    );
  });

  it("lists the plans a text about a plan names: citation, period, summary, lines", () => {
    const mentions = [
      {
        number: "45",
        symbol: "KH-UBND",
        issueDate: { year: 2025, month: 3, day: 12 },
        issuer: "Ủy ban nhân dân huyện Định Quán",
        period: { start: "2025", end: "2025" },
        title: "tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
        raw: "Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
        lines: { start: 3, end: 3 },
      },
      {
        symbol: "KH-UBND",
        period: { start: "2021", end: "2025" },
        raw: "Kế hoạch …/KH-UBND giai đoạn 2021-2025",
      },
    ];
    expect(describeKind(as({ documentKind: "about-plan", mentions }), "vi")).toBe(
      [
        "Loại văn bản: văn bản nói về kế hoạch",
        "Kế hoạch được nhắc tới (2):",
        "  1. Kế hoạch số 45/KH-UBND ngày 12/03/2025 của Ủy ban nhân dân huyện Định Quán",
        "     Kỳ kế hoạch: 2025",
        "     Trích yếu: tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
        "     Dòng: 3–3",
        "  2. Kế hoạch số …/KH-UBND",
        "     Kỳ kế hoạch: 2021–2025",
        "Không có kế hoạch nào được giữ từ văn bản này.",
        "",
      ].join("\n"),
    );
    expect(describeKind(as({ documentKind: "about-plan", mentions: [] }), "en")).toBe(
      "Document kind: text about a plan\nPlans named (0):\nNo plan is kept from this text.\n",
    );
  });

  it("says another text keeps no plan", () => {
    expect(describeKind(as({ documentKind: "other" }), "en")).toBe(
      "Document kind: other, not a plan\nNo plan is kept from this text.\n",
    );
  });
});
