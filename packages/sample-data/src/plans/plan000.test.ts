import { audiences, channels, type LineRange, Plan, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { isVerbatimIn } from "../_lib/verbatim";
import { seedLines, seedText } from "../seeds/seedText";
import { plan000 } from "./plan000";

const FILE = "000_34833a3694ee8a96.txt";
/** The plan seen through the model's type, so checks do not lean on its literal types. */
const plan: Plan = plan000;
// A final newline ends the last line; it does not open another.
const DOCUMENT_LINES = seedText(FILE)
  .replace(/\r?\n$/, "")
  .split(/\r?\n/).length;

/** Keys whose string values (or arrays of strings) quote the document. */
const QUOTING_KEYS = new Set([
  "text",
  "description",
  "raw",
  "wording",
  "condition",
  "name",
  "label",
  "aliases",
  "issuer",
  "title",
  "to",
]);

interface Quote {
  readonly path: string;
  readonly key: string;
  readonly quote: string;
  readonly lines: LineRange;
}

function isLineRange(value: unknown): value is LineRange {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { start?: unknown }).start === "number" &&
    typeof (value as { end?: unknown }).end === "number"
  );
}

function ownLines(record: Record<string, unknown>, inherited: LineRange): LineRange {
  if (isLineRange(record.lines)) return record.lines;
  const origin = record.origin as { lines?: unknown } | undefined;
  // Activities carry their lines in origin; their description, title and timeframe quote those lines.
  if (typeof origin === "object" && origin !== null && isLineRange(origin.lines)) return origin.lines;
  return inherited;
}

/** Every quoting string in `value`, with the nearest lines above it (the whole document at the top). */
function collectQuotes(value: unknown, lines: LineRange, path: string, out: Quote[]): Quote[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectQuotes(item, lines, `${path}/${i}`, out);
    });
    return out;
  }
  if (typeof value !== "object" || value === null) return out;
  const record = value as Record<string, unknown>;
  const here = ownLines(record, lines);
  for (const [key, child] of Object.entries(record)) {
    const at = `${path}/${key}`;
    if (QUOTING_KEYS.has(key) && typeof child === "string") {
      out.push({ path: at, key, quote: child, lines: here });
    } else if (QUOTING_KEYS.has(key) && Array.isArray(child) && child.every((s) => typeof s === "string")) {
      child.forEach((s: string, i) => {
        out.push({ path: `${at}/${i}`, key, quote: s, lines: here });
      });
    } else {
      collectQuotes(child, here, at, out);
    }
  }
  return out;
}

function isQuoted({ key, quote, lines }: Quote): boolean {
  const source = seedLines(FILE, lines);
  // An activity's short title may capitalise the first word of the passage it is taken from.
  if (key === "title") return isVerbatimIn(quote.toLocaleLowerCase("vi"), source.toLocaleLowerCase("vi"));
  return isVerbatimIn(quote, source);
}

function allLineRanges(value: unknown, out: LineRange[] = []): LineRange[] {
  if (Array.isArray(value)) for (const item of value) allLineRanges(item, out);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "lines" && isLineRange(child)) out.push(child);
      else allLineRanges(child, out);
    }
  }
  return out;
}

const codesOf = (list: { entries: readonly { code: string }[] }) => new Set(list.entries.map((e) => e.code));

describe("plan000 (000_34833a3694ee8a96.txt, xã Sơn Mầu 2024)", () => {
  it("parses as a Plan and parsing strips or changes nothing", () => {
    expect(Plan.parse(plan000)).toStrictEqual(plan000);
  });

  describe("counts a reader would check", () => {
    it("has 10 numbered content items (000:27-71) and 10 bullets under items 4, 5 and 7", () => {
      const top = plan.contentItems.filter((c) => c.parentId === undefined);
      expect(top.map((c) => c.ref)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
      expect(top.map((c) => c.id)).toEqual(top.map((c) => `c-${c.ref}`));
      const children = plan.contentItems.filter((c) => c.parentId !== undefined);
      expect(children.map((c) => c.parentId)).toEqual([
        ...Array<string>(4).fill("c-4"),
        ...Array<string>(4).fill("c-5"),
        ...Array<string>(2).fill("c-7"),
      ]);
    });

    it("has 9 forms items (000:75-127), each an activity with a lead, coordinating offices and a time", () => {
      expect(plan.formsItems.map((f) => f.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `f-${n}`));
      const fromForms = plan.activities.filter((a) => a.origin.section === "forms-item");
      expect(fromForms.map((a) => a.origin.ref)).toEqual(plan.formsItems.map((f) => `III.${f.ref}`));
      for (const activity of fromForms) {
        expect(activity.assignees.filter((a) => a.role === "lead")).toHaveLength(1);
        expect(activity.assignees.filter((a) => a.role === "coordinating")).toHaveLength(1);
        expect(activity.timeframe).toBeDefined();
      }
    });

    it("has 5 assignments under V. TỔ CHỨC THỰC HIỆN (000:133-151)", () => {
      const assignments = plan.activities.filter((a) => a.origin.section === "assignment");
      expect(assignments.map((a) => a.origin.ref)).toEqual(["V.1", "V.2", "V.3", "V.4", "V.5"]);
      expect(plan.activities).toHaveLength(14);
    });

    it("names each activity a-<section>-<ref> and keeps every id unique", () => {
      for (const a of plan.activities) expect(a.id).toBe(`a-${a.origin.section}-${a.origin.ref}`);
      const ids = [
        ...plan.purposes,
        ...plan.requirements,
        ...plan.contentItems,
        ...plan.formsItems,
        ...plan.activities,
      ].map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      const assigneeIds = [...plan.offices, ...plan.assigneeGroups].map((x) => x.id);
      expect(new Set(assigneeIds).size).toBe(assigneeIds.length);
    });

    it("cites 19 documents, the parent plan 31/KH-UBND of 21/02/2024 the only one (000:7)", () => {
      expect(plan.references.map((r) => r.symbol ?? r.type)).toEqual([
        "31/KH-UBND",
        "76/NQ-CP",
        "23/CT-TTg",
        "2074/QĐ-UBND",
        "1879/QĐ-UBND",
        "04-NQ/TU",
        "93/NQ-HĐND",
        "13-NQ/TU",
        "118-KH/HU",
        "2060/QĐ-UBND",
        "130/KH-UBND",
        "649/QĐ-UBND",
        "636/QĐ-UBND",
        "838/QĐ-UBND",
        "131/NQ-CP",
        "de-an",
        "04/NQ-CP",
        "39-NQ/TW",
        "de-an",
      ]);
      expect(plan.references.filter((r) => r.role === "parent-plan")).toEqual([
        {
          type: "ke-hoach",
          number: "31",
          typeCode: "KH",
          issuerCode: "UBND",
          symbol: "31/KH-UBND",
          date: { year: 2024, month: 2, day: 21, raw: "21/02/2024" },
          issuer: "UBND huyện Sơn Tây",
          title: "về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
          role: "parent-plan",
          raw: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
        },
      ]);
      expect(plan.references.filter((r) => r.role === "basis")).toEqual([]);
    });

    it("has Văn hóa – Xã hội as focal point (000:135)", () => {
      expect(plan.focalPoint).toEqual({
        ref: "vhxh",
        wording: "Văn hóa – Xã hội",
        lines: { start: 135, end: 135 },
      });
    });

    it("folds reporting into the periodic reform report (000:135, 000:151)", () => {
      expect(
        plan.reporting.map(({ cadences, reporters, to, via, lines }) => ({
          cadences,
          reporters,
          to,
          via,
          lines,
        })),
      ).toEqual([
        {
          cadences: ["integrated"],
          reporters: [{ ref: "vhxh", wording: "Văn hóa – Xã hội" }],
          to: ["UBND xã"],
          via: undefined,
          lines: { start: 135, end: 135 },
        },
        {
          cadences: ["integrated"],
          reporters: [{ ref: "own-offices" }],
          to: ["UBND xã"],
          via: { ref: "vhxh", wording: "Văn hóa – Xã hội" },
          lines: { start: 151, end: 151 },
        },
      ]);
    });

    it("lists the 8 recipients of Nơi nhận (000:157-164)", () => {
      expect(plan.recipients.map((r) => [r.name, r.lines?.start])).toEqual([
        ["Văn phòng HĐND&UBND huyện", 157],
        ["Phòng Văn hóa&Thông tin huyện", 158],
        ["Phòng Nội vụ huyện", 159],
        ["Thường trực Đảng ủy xã", 160],
        ["Thường trực HĐND xã", 161],
        ["UBND xã", 162],
        ["Các Ban, Ngành và các đơn vị có Liên quan", 163],
        ["Lưu: VT", 164],
      ]);
    });

    it("is signed by CHỦ TỊCH Võ Thế Vinh in his own name (000:166-168)", () => {
      expect(plan.signatory).toEqual({
        name: "Võ Thế Vinh",
        title: "CHỦ TỊCH",
        form: "direct",
        raw: "CHỦ TỊCH Võ Thế Vinh",
        lines: { start: 166, end: 168 },
      });
    });
  });

  describe("faithfulness to the seed", () => {
    const quotes = collectQuotes(plan000, plan000.provenance.lines, "", []);

    it("quotes its lines verbatim in every text, description, raw, wording, name and title", () => {
      expect(quotes.length).toBeGreaterThan(200);
      expect(quotes.filter((q) => !isQuoted(q)).map((q) => q.path)).toEqual([]);
    });

    it("gives lines to every purpose, requirement, content item and forms item", () => {
      const items = [...plan.purposes, ...plan.requirements, ...plan.contentItems, ...plan.formsItems];
      expect(items.filter((i) => i.lines === undefined).map((i) => i.id)).toEqual([]);
    });

    it("keeps every line range inside the document, start before end", () => {
      const ranges = allLineRanges(plan000);
      expect(plan.provenance.lines).toEqual({ start: 1, end: DOCUMENT_LINES });
      expect(ranges.filter((r) => r.start > r.end || r.end > DOCUMENT_LINES)).toEqual([]);
    });
  });

  describe("references between parts and to the codelists", () => {
    it("resolves every assignee ref to an office or an assignee group", () => {
      const known = new Set([...plan.offices, ...plan.assigneeGroups].map((x) => x.id));
      const refs = [
        ...plan.activities.flatMap((a) => a.assignees),
        ...(plan.budget?.estimateBy ?? []),
        ...(plan.budget?.submittedTo ?? []),
        ...plan.reporting.flatMap((r) => [...r.reporters, ...(r.via ? [r.via] : [])]),
        ...(plan.childPlanRequirements?.appliesTo ?? []),
        ...(plan.focalPoint ? [plan.focalPoint] : []),
      ].map((r) => r.ref);
      expect(refs.filter((r) => !known.has(r))).toEqual([]);
    });

    it("gives every content child a parent that exists", () => {
      const ids = new Set(plan.contentItems.map((c) => c.id));
      const parents = plan.contentItems.flatMap((c) => (c.parentId === undefined ? [] : [c.parentId]));
      expect(parents.filter((p) => !ids.has(p))).toEqual([]);
    });

    it("uses only theme, channel and audience codes from the codelists", () => {
      const themeCodes = codesOf(themes);
      const channelCodes = codesOf(channels);
      const audienceCodes = codesOf(audiences);
      const usedThemes = [
        ...plan.contentItems.flatMap((c) => c.themes),
        ...plan.formsItems.flatMap((f) => f.themes),
        ...plan.activities.flatMap((a) => a.themes),
        ...(plan.childPlanRequirements?.themes ?? []),
      ];
      const usedChannels = [
        ...plan.formsItems.flatMap((f) => f.channels),
        ...plan.activities.flatMap((a) => a.channels),
        ...(plan.childPlanRequirements?.channels ?? []),
      ];
      const usedAudiences = [...plan.audiences, ...plan.activities.flatMap((a) => a.audiences)];
      expect(usedThemes.filter((c) => !themeCodes.has(c))).toEqual([]);
      expect(usedChannels.filter((c) => !channelCodes.has(c))).toEqual([]);
      expect(usedAudiences.filter((c) => !audienceCodes.has(c))).toEqual([]);
    });

    it("gives each forms-item activity the channels and themes of its forms item", () => {
      const fromForms = plan.activities.filter((a) => a.origin.section === "forms-item");
      expect(fromForms.map((a) => [a.channels, a.themes])).toEqual(
        plan.formsItems.map((f) => [f.channels, f.themes]),
      );
    });
  });

  describe("spot checks", () => {
    it("links xã Sơn Mầu (000:5) to Sơn Màu, code 21338, under huyện Sơn Tây, tỉnh Quảng Ngãi", () => {
      const { note: _note, ...unit } = plan.unit;
      expect(unit).toEqual({
        name: "Sơn Mầu",
        kind: "xa",
        level: "commune",
        era: "three-tier",
        code: { era: "three-tier", code: "21338" },
        officialName: "Sơn Màu",
        parents: [
          { kind: "huyen", name: "Sơn Tây" },
          { kind: "tinh", name: "Quảng Ngãi" },
        ],
        match: "spelling-differs",
      });
    });

    it("has no number, date or place line (000:1-5), so those fields are absent", () => {
      expect(["number", "symbol", "issueDate", "place"].filter((k) => k in plan000)).toEqual([]);
    });

    it("normalises Văn hóa – Xã hội xã (000:89) and Văn hóa – Xã hội (000:113) to one office", () => {
      const { note: _note, ...office } = plan.offices.find((o) => o.id === "vhxh") ?? {};
      expect(office).toEqual({
        id: "vhxh",
        name: "Văn hóa – Xã hội xã",
        kind: "culture-information",
        aliases: ["Văn hóa – Xã hội"],
      });
    });

    it("reads Văn phòng UBND các xã (000:119) and Văn phòng – Thống kê (000:137) as Văn phòng UBND xã (000:77)", () => {
      const office = plan.offices.find((o) => o.id === "vp");
      expect(office?.aliases).toEqual(["Văn phòng UBND các xã", "Văn phòng – Thống kê"]);
      expect(
        plan.activities.filter((a) => a.assignees.some((x) => x.ref === "vp")).map((a) => a.origin.ref),
      ).toEqual(["III.1", "III.2", "III.6", "III.8", "V.2"]);
    });

    it("keeps the class Các Ban, ngành và đơn vị liên quan (000:78) as a group, not an office", () => {
      expect(plan.assigneeGroups.find((g) => g.id === "related")).toMatchObject({
        label: "Các Ban, ngành và đơn vị liên quan",
        members: "offices",
        scope: "related",
      });
      expect(plan.offices.map((o) => o.id)).not.toContain("related");
    });

    it("schedules III.4 in Quý II, III/2024 (000:97) on the condition of guidance from above (000:95)", () => {
      const activity = plan.activities.find((a) => a.id === "a-forms-item-III.4");
      expect(activity?.timeframe).toEqual({
        kind: "quarters",
        year: 2024,
        quarters: [2, 3],
        raw: "Trong Quý II, III năm 2024",
      });
      expect(activity?.condition).toBe("khi có hướng dẫn của cấp trên");
    });

    it("schedules III.3 in Quý I/2024 (000:91) and the web and radio items through the year (000:79, 000:127)", () => {
      const timeframeOf = (ref: string) => plan.activities.find((a) => a.origin.ref === ref)?.timeframe;
      expect(timeframeOf("III.3")).toEqual({
        kind: "quarters",
        year: 2024,
        quarters: [1],
        raw: "Quý I/2024",
      });
      expect([timeframeOf("III.1"), timeframeOf("III.9")]).toEqual([
        { kind: "continuous", raw: "Thường xuyên trong năm" },
        { kind: "continuous", raw: "Thường xuyên trong năm" },
      ]);
    });

    it("sets no quota or frequency: 000 promises more airtime (000:145) but no number", () => {
      expect(plan.activities.filter((a) => a.quotas.length > 0 || a.frequency !== undefined)).toEqual([]);
      expect(plan.childPlanRequirements?.quotas).toEqual([]);
    });

    it("has the lead offices draft the budget estimate for UBND xã via Tài chính – Kế toán xã (000:131)", () => {
      const { text: _text, ...budget } = plan000.budget;
      expect(budget).toEqual({
        sources: [],
        estimateBy: [
          { ref: "lead-offices", wording: "các Ban, ngành được phân công chủ trì thực hiện nhiệm vụ" },
        ],
        submittedTo: [
          { ref: "ubnd", wording: "UBND xã" },
          { ref: "tc-kt", wording: "Tài chính – Kế toán xã" },
        ],
        lines: { start: 129, end: 131 },
      });
    });

    it("reads the audiences from the purposes and requirements (000:15, 000:23)", () => {
      expect(plan.audiences).toEqual(["officials", "citizens", "businesses"]);
      expect("audienceStatement" in plan000).toBe(false);
    });
  });
});
