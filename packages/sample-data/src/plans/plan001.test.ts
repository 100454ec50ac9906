import { audiences, channels, type LineRange, Plan, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { isVerbatimIn } from "../_lib/verbatim";
import { seedLines, seedText } from "../seeds/seedText";
import { plan001 } from "./plan001";

const FILE = "001_ec564b67ad28c11a.txt";
const LAST_LINE = seedText(FILE).split(/\r?\n/).length;

/** Keys whose string values (or arrays of strings) are quoted from the seed. */
const QUOTED_KEYS = new Set([
  "text",
  "description",
  "raw",
  "wording",
  "condition",
  "name",
  "metric",
  "label",
  "aliases",
  "issuer",
  "title",
  "to",
  "purpose",
  "place",
  "symbol",
]);

interface Quote {
  path: string;
  quote: string;
  lines: LineRange | undefined;
  /** Activity titles are cut from the task and may change the first letter's case. */
  caseInsensitive: boolean;
}

function isLineRange(value: unknown): value is LineRange {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as LineRange).start === "number" &&
    typeof (value as LineRange).end === "number"
  );
}

/** Every quoted string in `value`, with the nearest enclosing `lines` (or `origin.lines`). */
function collectQuotes(
  value: unknown,
  path: string,
  inherited: LineRange | undefined,
  out: Quote[],
): Quote[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectQuotes(item, `${path}/${i}`, inherited, out);
    });
    return out;
  }
  if (typeof value !== "object" || value === null) return out;
  const record = value as Record<string, unknown>;
  const origin = record.origin as { lines?: unknown } | undefined;
  const lines = isLineRange(record.lines)
    ? record.lines
    : isLineRange(origin?.lines)
      ? origin.lines
      : inherited;
  const inActivity = path.startsWith("/activities/") && path.split("/").length === 3;
  for (const [key, child] of Object.entries(record)) {
    const childPath = `${path}/${key}`;
    const strings =
      typeof child === "string"
        ? [child]
        : Array.isArray(child) && child.every((c) => typeof c === "string")
          ? (child as string[])
          : undefined;
    if (QUOTED_KEYS.has(key) && strings !== undefined) {
      strings.forEach((quote, i) => {
        out.push({
          path: typeof child === "string" ? childPath : `${childPath}/${i}`,
          quote,
          lines,
          caseInsensitive: inActivity && key === "title",
        });
      });
    } else {
      collectQuotes(child, childPath, lines, out);
    }
  }
  return out;
}

/**
 * True when `quote` stands in `source`. The seed marks emphasis right before
 * punctuation ("*Cải cách thể chế*: Tuyên", 001:45), which `verbatimKey` turns
 * into "thể chế : Tuyên"; a mark before punctuation is therefore also tried
 * dropped without a space.
 */
function quotes(quote: string, source: string, caseInsensitive: boolean): boolean {
  const q = caseInsensitive ? quote.toLocaleLowerCase("vi") : quote;
  const s = caseInsensitive ? source.toLocaleLowerCase("vi") : source;
  return isVerbatimIn(q, s) || isVerbatimIn(q, s.replace(/\*+(?=\p{P})/gu, ""));
}

function assigneeRefs(plan: Plan): string[] {
  return [
    ...plan.activities.flatMap((a) => a.assignees.map((x) => x.ref)),
    ...(plan.budget ? [...plan.budget.estimateBy, ...plan.budget.submittedTo].map((x) => x.ref) : []),
    ...plan.reporting.flatMap((r) => [...r.reporters.map((x) => x.ref), ...(r.via ? [r.via.ref] : [])]),
    ...(plan.focalPoint ? [plan.focalPoint.ref] : []),
    ...plan.targets.flatMap((t) => (t.appliesTo ?? []).map((x) => x.ref)),
  ];
}

const codesOf = (list: { entries: readonly { code: string }[] }) => new Set(list.entries.map((e) => e.code));

describe("plan001 (001_ec564b67ad28c11a.txt, thành phố Bắc Giang 2024)", () => {
  it("parses as a Plan and Plan.parse strips nothing", () => {
    expect(Plan.parse(plan001)).toEqual(plan001);
  });

  it("has content items 1.1–1.6 with 1.4 split into 1.4.1–1.4.5 (001:31-69)", () => {
    expect(plan001.contentItems.map((c) => [c.id, c.ref, c.parentId])).toEqual([
      ["c-1.1", "1.1", undefined],
      ["c-1.2", "1.2", undefined],
      ["c-1.3", "1.3", undefined],
      ["c-1.4", "1.4", undefined],
      ["c-1.4.1", "1.4.1", "c-1.4"],
      ["c-1.4.2", "1.4.2", "c-1.4"],
      ["c-1.4.3", "1.4.3", "c-1.4"],
      ["c-1.4.4", "1.4.4", "c-1.4"],
      ["c-1.4.5", "1.4.5", "c-1.4"],
      ["c-1.5", "1.5", undefined],
      ["c-1.6", "1.6", undefined],
    ]);
  });

  it("has 4 forms items 2.1–2.4 (001:73-91)", () => {
    expect(plan001.formsItems.map((f) => [f.id, f.ref])).toEqual([
      ["f-2.1", "2.1"],
      ["f-2.2", "2.2"],
      ["f-2.3", "2.3"],
      ["f-2.4", "2.4"],
    ]);
  });

  it("has 7 assignments IV.1–IV.7 (001:97-131) and 10 appendix rows (001:153-165), and no activity from a forms item", () => {
    expect(plan001.activities.map((a) => [a.id, a.origin.section, a.origin.ref])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`a-assignment-IV.${n}`, "assignment", `IV.${n}`]),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [`a-appendix-row-${n}`, "appendix-row", `row ${n}`]),
    ]);
  });

  it("reads appendix row 3 as weekly, 'Mỗi tuần/1 lần' (001:156)", () => {
    const row3 = plan001.activities.find((a) => a.id === "a-appendix-row-3");
    expect(row3?.frequency).toEqual({
      kind: "frequency",
      count: 1,
      per: "week",
      interval: 1,
      output: "occurrence",
      raw: "Mỗi tuần/1 lần",
    });
    expect(row3?.timeframe).toBeUndefined();
  });

  it("strips the HTML fragment of appendix row 7 and keeps its compound time (001:162)", () => {
    expect(seedLines(FILE, { start: 162, end: 162 })).toContain('<ul style="list-style-type: none">');
    const row7 = plan001.activities.find((a) => a.id === "a-appendix-row-7");
    expect(row7?.description).toBe(
      "- Cập nhật danh mục, quy trình giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên Hệ thống phần mềm một cửa điện tử.\n- Tuyên truyền thông qua các hội nghị, lớp tập huấn.",
    );
    expect(row7?.timeframe).toEqual({
      kind: "compound",
      parts: [
        { kind: "continuous", raw: "Thường xuyên" },
        { kind: "trigger", condition: "thực hiện khi có sự thay đổi về TTHC" },
      ],
      raw: "Thường xuyên (thực hiện khi có sự thay đổi về TTHC)",
    });
  });

  it("keeps 'Quý I/2024' as the first quarter of 2024 (001:164-165)", () => {
    const quarters = plan001.activities.filter((a) => a.timeframe?.kind === "quarters").map((a) => a.id);
    expect(quarters).toEqual(["a-appendix-row-9", "a-appendix-row-10"]);
    expect(plan001.activities.find((a) => a.id === "a-appendix-row-9")?.timeframe).toEqual({
      kind: "quarters",
      year: 2024,
      quarters: [1],
      raw: "Quý I/2024",
    });
  });

  it("normalises Phòng VHTT = Phòng VH TT = Phòng Văn hóa và Thông tin thành phố (001:99, 111, 156, 161, 164)", () => {
    expect(plan001.offices.find((o) => o.id === "vhtt")).toEqual({
      id: "vhtt",
      name: "Phòng Văn hóa và Thông tin thành phố",
      kind: "culture-information",
      aliases: ["phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin", "Phòng VHTT", "Phòng VH TT"],
    });
  });

  it("normalises the five spellings of Trung tâm Văn hóa - Thông tin và Thể thao (001:119, 155, 156, 161, 165)", () => {
    const centre = plan001.offices.find((o) => o.id === "ttvhtt");
    expect([centre?.name, ...(centre?.aliases ?? [])]).toEqual([
      "Trung tâm Văn hóa - Thông tin và Thể thao thành phố",
      "Trung tâm Văn hóa, Thông tin và Thể thao thành phố",
      "Trung tâm VHTT&TT thành phố",
      "Trung tâm Văn hóa TT&TT",
      "Trung tâm VH TT&TT",
    ]);
    expect(centre?.kind).toBe("service-centre");
  });

  it("lists the offices assigned work and keeps classes of units as groups", () => {
    expect(plan001.offices.map((o) => o.id)).toEqual([
      "vhtt",
      "noi-vu",
      "vp-hdnd-ubnd",
      "gddt",
      "ttvhtt",
      "thanh-doan",
    ]);
    expect(plan001.assigneeGroups.find((g) => g.id === "ubnd-phuong-xa")).toEqual({
      id: "ubnd-phuong-xa",
      label: "UBND các phường, xã",
      aliases: ["UBND phường, xã"],
      members: "units",
      scope: "subordinate",
      unitKinds: ["phuong", "xa"],
    });
  });

  it("keeps the blank number 'Số: /KH-UBND' as NotStated (001:3)", () => {
    expect(seedLines(FILE, { start: 3, end: 3 })).toBe("Số: /KH-UBND");
    expect(plan001.number).toEqual({ notStated: true, raw: "Số: /KH-UBND" });
    expect(plan001.symbol).toBe("KH-UBND");
  });

  it("keeps the issue date with no day, 'ngày tháng 01 năm 2024' (001:5)", () => {
    expect(plan001.issueDate).toEqual({ year: 2024, month: 1, raw: "ngày tháng 01 năm 2024" });
    expect(plan001.place).toBe("TP. Bắc Giang");
  });

  it("has the four targets of 1.4.2: 100% on time, >90% electronic, >70% online payment, >60% reuse (001:49)", () => {
    expect(plan001.targets.map((t) => [t.comparator, t.value, t.unit, t.lines])).toEqual([
      ["exactly", 100, "percent", { start: 49, end: 49 }],
      ["greaterThan", 90, "percent", { start: 49, end: 49 }],
      ["greaterThan", 70, "percent", { start: 49, end: 49 }],
      ["greaterThan", 60, "percent", { start: 49, end: 49 }],
    ]);
  });

  it("is signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Nguyễn Hữu Đính (001:144-147)", () => {
    expect(plan001.signatory).toEqual({
      name: "Nguyễn Hữu Đính",
      title: "PHÓ CHỦ TỊCH",
      form: "KT",
      signsFor: "CHỦ TỊCH",
      raw: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Hữu Đính",
      lines: { start: 144, end: 147 },
    });
  });

  it("is issued by the Chair of the city People's Committee (001:11)", () => {
    expect(plan001.issuer).toEqual({ body: "chair", wording: "Chủ tịch UBND thành phố" });
    expect(seedLines(FILE, { start: 11, end: 11 })).toContain(
      "Chủ tịch UBND thành phố xây dựng Kế hoạch tuyên truyền",
    );
  });

  it("names one parent plan, 14/KH-UBND of 21/01/2024 of the province's Chair (001:11)", () => {
    const parents = plan001.references.filter((r) => r.role === "parent-plan");
    expect(parents.map((r) => [r.symbol, r.date, r.issuer])).toEqual([
      ["14/KH-UBND", { year: 2024, month: 1, day: 21, raw: "21/01/2024" }, "Chủ tịch UBND tỉnh Bắc Giang"],
    ]);
    expect(plan001.references.map((r) => [r.role, r.symbol ?? r.raw])).toEqual([
      ["basis", "213/KH-UBND"],
      ["parent-plan", "14/KH-UBND"],
      ["basis", "170/KH-UBND"],
      ["cited", "02/KH-UBND"],
      ["cited", "01/NQ-CP"],
      ["cited", "các Nghị quyết của Tỉnh ủy, HĐND tỉnh"],
      ["cited", "06/CP"],
      ["cited", "Kế hoạch CCHC nhà nước thành phố Bắc Giang năm 2024"],
    ]);
  });

  it("links the unit to thành phố Bắc Giang, code 213 of the three-tier lists (001:9)", () => {
    expect(plan001.unit.code).toEqual({ era: "three-tier", code: "213" });
    expect([plan001.unit.name, plan001.unit.kind, plan001.unit.level, plan001.unit.match]).toEqual([
      "Bắc Giang",
      "thanh-pho",
      "district",
      "exact",
    ]);
  });

  it("pays from the city's and the wards' and communes' budgets (001:95)", () => {
    expect(plan001.budget.sources).toEqual(["unit-budget", "lower-unit-budgets"]);
  });

  it("quotes the seed verbatim wherever it carries text, raw, wording or a name", () => {
    const found = collectQuotes(plan001, "", undefined, []);
    const misquoted = found
      .filter((q) => {
        const source = q.lines === undefined ? seedText(FILE) : seedLines(FILE, q.lines);
        return !quotes(q.quote, source, q.caseInsensitive);
      })
      .map((q) => q.path);
    expect(misquoted).toEqual([]);
    expect(found.length).toBeGreaterThan(150);
  });

  it("keeps every line range inside the document, start before end", () => {
    const ranges: LineRange[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === "object" && value !== null) {
        if (isLineRange(value)) ranges.push(value);
        Object.values(value).forEach(visit);
      }
    };
    visit(plan001);
    expect(ranges.filter((r) => r.start < 1 || r.end < r.start || r.end > LAST_LINE)).toEqual([]);
    expect(ranges.length).toBeGreaterThan(40);
    expect(plan001.provenance.lines).toEqual({ start: 1, end: LAST_LINE });
  });

  it("resolves every assignee ref to an office or group, with unique ids", () => {
    const ids = [...plan001.offices.map((o) => o.id), ...plan001.assigneeGroups.map((g) => g.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const refs = assigneeRefs(plan001);
    expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    expect(new Set(refs)).toEqual(new Set(ids));
  });

  it("uses only theme, channel and audience codes of the codelists", () => {
    const themeCodes = codesOf(themes);
    const channelCodes = codesOf(channels);
    const audienceCodes = codesOf(audiences);
    const usedThemes = [
      ...plan001.contentItems.flatMap((c) => c.themes),
      ...plan001.formsItems.flatMap((f) => f.themes),
      ...plan001.activities.flatMap((a) => a.themes),
    ];
    const usedChannels = [
      ...plan001.formsItems.flatMap((f) => f.channels),
      ...plan001.activities.flatMap((a) => a.channels),
    ];
    const usedAudiences = [...plan001.audiences, ...plan001.activities.flatMap((a) => a.audiences)];
    expect(usedThemes.filter((c) => !themeCodes.has(c))).toEqual([]);
    expect(usedChannels.filter((c) => !channelCodes.has(c))).toEqual([]);
    expect(usedAudiences.filter((c) => !audienceCodes.has(c))).toEqual([]);
  });

  it("has unique ids across items and activities, and parentIds that resolve", () => {
    const ids = [
      ...plan001.purposes.map((p) => p.id),
      ...plan001.requirements.map((r) => r.id),
      ...plan001.contentItems.map((c) => c.id),
      ...plan001.formsItems.map((f) => f.id),
      ...plan001.activities.map((a) => a.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const parents = plan001.contentItems.flatMap((c) => (c.parentId ? [c.parentId] : []));
    expect(parents.filter((p) => !ids.includes(p))).toEqual([]);
  });
});
