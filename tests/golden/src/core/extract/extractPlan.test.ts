import { Plan } from "@parcomms/core";
import { extractPlan } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const SEEDS = [
  "000_34833a3694ee8a96.txt",
  "001_ec564b67ad28c11a.txt",
  "002_9c9d59d1a9d0f229.txt",
  "003_c2f82bd70c212939.txt",
  "004_f3b844502d811123.txt",
] as const;

function header(plan: Plan) {
  return {
    title: plan.title,
    unit: [plan.unit?.name, plan.unit?.kind, plan.unit?.level],
    period: plan.period,
    number: plan.number,
    issueDate: plan.issueDate && [plan.issueDate.year, plan.issueDate.month, plan.issueDate.day],
    signatory: plan.signatory && [plan.signatory.name, plan.signatory.title, plan.signatory.form],
    recipients: plan.recipients.map((r) => r.name),
    references: plan.references.map((r) => `${r.symbol}:${r.role}`),
    activities: plan.activities.map((a) => a.origin.ref),
  };
}

/** Damage as PDF extraction does it: CRLF, NFD, hard wraps at 75, doubled blanks, page numbers. */
function damage(text: string): string {
  const wrapped = text.split("\n").flatMap((line) => {
    const out: string[] = [];
    let rest = line;
    while (rest.length > 75) {
      const cut = rest.lastIndexOf(" ", 75);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
    return out;
  });
  const paged = wrapped.flatMap((line, i) =>
    i > 0 && i % 40 === 0 ? ["", `- ${i / 40} -`, "", line] : [line],
  );
  return paged.join("\n").replace(/\n\n/g, "\n\n\n").normalize("NFD").replace(/\n/g, "\r\n");
}

describe("extractPlan", () => {
  it("reads the header of 001 (001:3-9, 001:135-147)", () => {
    const { plan } = extractPlan(seedText(SEEDS[1]), { sourceName: SEEDS[1] });
    expect(header(plan)).toMatchObject({
      title: "Tuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024",
      unit: ["Bắc Giang", "thanh-pho", "district"],
      period: { start: "2024", end: "2024" },
      number: { notStated: true, raw: "Số: /KH-UBND" },
      issueDate: [2024, 1, undefined],
      signatory: ["Nguyễn Hữu Đính", "PHÓ CHỦ TỊCH", "KT"],
      recipients: [
        "Chủ tịch các PCT UBND TP",
        "Ủy ban MTTQ và các tổ chức CT-XH TP",
        "Các cơ quan, đơn vị TP",
        "UBND phường, xã",
        "LĐVP, CVVX",
        "VT",
      ],
    });
    expect(plan.references.find((r) => r.role === "parent-plan")?.symbol).toBe("14/KH-UBND");
  });

  it("finds every forms item with its lead, time and condition (000:73-127)", () => {
    const { plan, elements } = extractPlan(seedText(SEEDS[0]), { sourceName: SEEDS[0] });
    const forms = plan.activities.filter((a) => a.origin.section === "forms-item");
    expect(forms.map((a) => a.origin.ref)).toEqual([
      "III.1",
      "III.2",
      "III.3",
      "III.4",
      "III.5",
      "III.6",
      "III.7",
      "III.8",
      "III.9",
    ]);
    const item4 = forms[3];
    expect(item4?.timeframe).toEqual({
      kind: "quarters",
      year: 2024,
      quarters: [2, 3],
      raw: "Trong Quý II, III năm 2024",
    });
    expect(item4?.condition).toBe("khi có hướng dẫn của cấp trên");
    expect(item4?.origin.lines).toEqual({ start: 93, end: 97 });
    const lead = plan.offices.find((o) => o.id === item4?.assignees.find((x) => x.role === "lead")?.ref);
    expect(lead).toMatchObject({
      name: "Văn hóa – Xã hội xã",
      kind: "culture-information",
      aliases: ["Văn hóa – Xã hội"],
    });
    expect(elements).toContainEqual({ path: "/title", lines: { start: 4, end: 5 }, confidence: 0.9 });
  });

  it("takes number and date from the appendix line when the header has none (003:289) and reads the TM form (003:281-284)", () => {
    const { plan } = extractPlan(seedText(SEEDS[3]));
    expect([plan.number, plan.symbol, plan.issueDate?.day, plan.issueDate?.month]).toEqual([
      "13",
      "KH-UBND",
      5,
      2,
    ]);
    expect(plan.signatory).toMatchObject({
      name: "Phạm Duy Thoại",
      form: "TM",
      signsFor: "ỦY BAN NHÂN DÂN XÃ",
    });
    expect(plan.activities.filter((a) => a.origin.section === "appendix-row")).toHaveLength(8);
  });

  it("reads a ward of the two-tier era and its unnumbered content list (004:5, 004:50-92)", () => {
    const { plan } = extractPlan(seedText(SEEDS[4]));
    expect([plan.unit?.name, plan.unit?.kind, plan.unit?.era]).toEqual(["Trúc Lâm", "phuong", "two-tier"]);
    expect(plan.contentItems).toHaveLength(20);
  });

  it("returns plans that parse with the Plan schema for every seed", () => {
    for (const file of SEEDS) expect(Plan.safeParse(extractPlan(seedText(file)).plan).success).toBe(true);
  });

  it("gives the same header and activities on damaged text", () => {
    for (const file of SEEDS) {
      const clean = header(extractPlan(seedText(file)).plan);
      expect(header(extractPlan(damage(seedText(file))).plan)).toEqual(clean);
    }
  });

  it("reports an empty input as an issue", () => {
    const { plan, issues } = extractPlan("  \n ");
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["extract.input.empty", "error"]]);
    expect(Plan.safeParse(plan).success).toBe(true);
  });

  it("never throws and always returns a valid plan on arbitrary strings", () => {
    const seedPieces = seedText(SEEDS[3]).split("\n");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc
            .array(fc.constantFrom(...seedPieces, "", "1", "- 3 -", "\t", "I. ", "a) X"), { maxLength: 60 })
            .map((a) => a.join("\n")),
        ),
        (text) => {
          const result = extractPlan(text);
          expect(Plan.safeParse(result.plan).success).toBe(true);
          for (const issue of result.issues) expect(issue.message.vi.length).toBeGreaterThan(0);
        },
      ),
      { seed: 20240101, numRuns: 150 },
    );
  });
});
