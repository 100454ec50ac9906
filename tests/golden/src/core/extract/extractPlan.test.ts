import { Plan, planTasks } from "@parcomms/core";
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

describe("extractPlan: sub-tasks of the real plans", () => {
  const extracted = (file: (typeof SEEDS)[number]) => extractPlan(seedText(file), { sourceName: file }).plan;
  const tasksOf = (plan: Plan, block: string) =>
    planTasks(plan).filter((t) => t.activityId === `a-assignment-${block}`);

  it("binds each of 002 V.1's time, quotas and codes to its own letter (002:85-95)", () => {
    const tasks = tasksOf(extracted(SEEDS[2]), "V.1");
    expect(
      tasks.map((t) => [
        t.subtask?.ref,
        t.timeframe?.kind ?? null,
        t.quotas.map((q) => `${q.count}/${q.per}`),
      ]),
    ).toEqual([
      ["a", "deadline", []], // "Chậm nhất ngày 20/04/2024" (002:87)
      ["b", null, ["12/year"]], // "tối thiểu 12 tin/bài trong năm" (002:89)
      ["c", null, ["1/quarter"]], // "Hàng quý, … ít nhất 01 tin/bài" (002:91)
      ["d", null, []],
      ["e", null, []],
    ]);
    // a) builds a plan (002:87): it names no theme or channel of the codelists.
    expect([tasks[0]?.themes, tasks[0]?.channels]).toEqual([[], []]);
    expect(tasks[1]?.channels).toContain("online.web-portal");
    expect(tasks[4]?.themes).toContain("one-stop-shop"); // "tại bộ phận một cửa cấp huyện, cấp xã" (002:95)
  });

  it("gives 002 V.8's monthly '01 lần/1 tháng' to a) alone (002:131-135)", () => {
    const tasks = tasksOf(extracted(SEEDS[2]), "V.8");
    expect(tasks.map((t) => [t.subtask?.ref, t.frequency?.raw ?? null])).toEqual([
      ["a", "01 lần/1 tháng"],
      ["b", null],
      ["c", null],
    ]);
    expect(tasks.map((t) => t.themes.includes("steering.inspection"))).toEqual([false, false, true]);
  });

  it("splits the bulleted office blocks of 003 (003:176-259) and 004 (004:112-148) into one sub-task per bullet", () => {
    const count = (plan: Plan) =>
      Object.fromEntries(
        plan.activities.filter((a) => a.subtasks).map((a) => [a.origin.ref, a.subtasks?.length]),
      );
    expect(count(extracted(SEEDS[3]))).toEqual({ "VI.1": 2, "VI.2": 4, "VI.3": 2, "VI.4": 2, "VI.8": 4 });
    expect(count(extracted(SEEDS[4]))).toEqual({ "IV.1": 7, "IV.2": 3, "IV.3": 2, "IV.4": 2 });
    // 000 V.2: the words after the office's colon are a task, before the two bullets (000:137-141).
    expect(
      extracted(SEEDS[0])
        .activities.find((a) => a.origin.ref === "V.2")
        ?.subtasks?.map((s) => s.id),
    ).toEqual(["a-assignment-V.2.0", "a-assignment-V.2.1", "a-assignment-V.2.2"]);
  });

  it("makes a body requested when 'Đề nghị' opens the block's body (001:125, 004:152)", () => {
    const roles = (plan: Plan, ref: string) =>
      plan.activities
        .find((a) => a.origin.ref === ref)
        ?.assignees.filter((a) => a.role !== "coordinating")
        .map((a) => a.role);
    expect(roles(extracted(SEEDS[1]), "IV.6")).toEqual(["requested", "requested"]);
    expect(roles(extracted(SEEDS[4]), "IV.5")).toEqual(["requested"]);
  });

  it("finds the same tasks on damaged text", () => {
    for (const file of SEEDS) {
      const ids = (text: string) => planTasks(extractPlan(text).plan).map((t) => t.id);
      expect(ids(damage(seedText(file)))).toEqual(ids(seedText(file)));
    }
  });
});
