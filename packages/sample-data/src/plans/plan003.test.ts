import { type AssigneeRef, audiences, channels, type LineRange, Plan, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { isVerbatimIn } from "../_lib/verbatim";
import { seedLines, seedText } from "../seeds/seedText";
import { plan003 } from "./plan003";

const FILE = "003_c2f82bd70c212939.txt";
const LAST_LINE = seedText(FILE).split(/\r?\n/).length;

/** Keys whose string value quotes the document. */
const QUOTE_KEYS = new Set([
  "text",
  "description",
  "raw",
  "name",
  "label",
  "wording",
  "title",
  "issuer",
  "symbol",
  "number",
  "signsFor",
  "condition",
  "occasion",
  "metric",
]);
/** Keys whose value is a list of strings quoting the document. */
const QUOTE_LIST_KEYS = new Set(["aliases", "products", "to"]);

interface Quote {
  path: string;
  quote: string;
  lines: LineRange;
  ignoreCase: boolean;
}

function isLineRange(value: unknown): value is LineRange {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as LineRange).start === "number" &&
    typeof (value as LineRange).end === "number"
  );
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Every quoting string of the plan with the nearest line range above it: the
 * element's own `lines`, an activity's `origin.lines`, or the whole document.
 */
function collectQuotes(value: unknown, path: string, lines: LineRange, out: Quote[]): Quote[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const id = record(item)?.id;
      collectQuotes(item, `${path}/${typeof id === "string" ? id : i}`, lines, out);
    });
    return out;
  }
  const obj = record(value);
  if (obj === undefined) return out;
  const origin = record(obj.origin);
  const own = isLineRange(obj.lines) ? obj.lines : isLineRange(origin?.lines) ? origin.lines : lines;
  for (const [key, v] of Object.entries(obj)) {
    const at = `${path}/${key}`;
    if (typeof v === "string" && QUOTE_KEYS.has(key)) {
      out.push({ path: at, quote: v, lines: own, ignoreCase: key === "title" });
    } else if (Array.isArray(v) && QUOTE_LIST_KEYS.has(key)) {
      v.forEach((s, i) => {
        if (typeof s === "string") out.push({ path: `${at}/${i}`, quote: s, lines: own, ignoreCase: false });
      });
    } else {
      collectQuotes(v, at, own, out);
    }
  }
  return out;
}

function collectLineRanges(value: unknown, out: LineRange[]): LineRange[] {
  if (Array.isArray(value)) {
    for (const item of value) collectLineRanges(item, out);
    return out;
  }
  const obj = record(value);
  if (obj === undefined) return out;
  if (isLineRange(obj.lines)) out.push(obj.lines);
  for (const v of Object.values(obj)) collectLineRanges(v, out);
  return out;
}

function quotes(q: Quote): boolean {
  const source = seedLines(FILE, q.lines);
  return q.ignoreCase
    ? isVerbatimIn(q.quote.toLocaleLowerCase("vi"), source.toLocaleLowerCase("vi"))
    : isVerbatimIn(q.quote, source);
}

/**
 * Quotes that the extraction split: each is its fragments joined by one space,
 * every fragment standing in its own lines (a page number or a lost table grid
 * lies between them).
 */
const JOINED: Readonly<Record<string, readonly { text: string; lines: LineRange }[]>> = {
  "/formsItems/f-b/text": [
    {
      text: "Công khai các thủ tục hành chính ở Ủy ban nhân dân xã: - Niêm yết công khai, minh bạch các thủ tục hành chính tại nơi giải quyết, tại Bộ phận tiếp nhận và trả kết quả bằng nhiều hình thức khác nhau như niêm yết bằng văn bản giấy, trên Cổng/Trang thông tin điện tử tạo điều kiện thuận lợi cho tổ chức, cá nhân trong việc tìm hiểu, tra cứu thông tin về thủ tục hành chính. Việc niêm yết phải kịp thời, đầy đủ, rõ ràng, dễ tra cứu và theo đúng quy định. - Thường xuyên, kịp thời cập nhật các thủ tục hành chính đã được công bố ban hành mới, được sửa đổi, bổ sung, bãi bỏ, thay thế thủ tục hành chính của cơ",
      lines: { start: 124, end: 134 },
    },
    {
      text: "quan, đơn vị, tại nơi giải quyết thủ tục hành chính, tại Bộ phận tiếp nhận và trả kết quả, lên Trang/ Cổng thông tin điện tử của xã.",
      lines: { start: 139, end: 140 },
    },
  ],
  "/activities/a-appendix-7/description": [
    {
      text: "Khảo sát sự hài lòng của tổ chức, công dân đối với giải quyết thủ tục hành chính trên các lĩnh vực",
      lines: { start: 396, end: 398 },
    },
    { text: "theo quy định", lines: { start: 415, end: 415 } },
  ],
  "/activities/a-appendix-7/products/0": [
    {
      text: "Kế hoạch điều tra XHH khảo sát đo lường sự hài long của người dân, tổ chức đối với sự",
      lines: { start: 400, end: 402 },
    },
    { text: "phục vụ của UBND xã", lines: { start: 415, end: 415 } },
  ],
};

const allQuotes = collectQuotes(plan003, "", plan003.provenance.lines, []);

describe("plan003 (003_c2f82bd70c212939.txt)", () => {
  it("parses as a Plan and parsing strips nothing", () => {
    const parsed = Plan.parse(plan003);
    expect(parsed).toEqual(plan003);
  });

  it("numbers content items a, b, c, d, e, g, h, k and forms items a–g with đ as printed (003:62-159)", () => {
    expect(plan003.contentItems.map((c) => c.ref)).toEqual(["a", "b", "c", "d", "e", "g", "h", "k"]);
    expect(plan003.formsItems.map((f) => f.ref)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(plan003.contentItems.map((c) => c.id)).toEqual(plan003.contentItems.map((c) => `c-${c.ref}`));
    expect(plan003.formsItems.map((f) => f.id)).toEqual(plan003.formsItems.map((f) => `f-${f.ref}`));
  });

  it("has 9 assignment blocks under 'VI. TỔ CHỨC THỰC HIỆN' with refs as printed (003:174-265)", () => {
    const blocks = plan003.activities.filter((a) => a.origin.section === "assignment");
    expect(blocks.map((a) => [a.id, a.origin.ref])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`a-assignment-VI.${n}`, `VI.${n}`]),
    );
  });

  it("has 8 appendix rows with their products and times as written (003:291-430)", () => {
    const rows = plan003.activities.filter((a) => a.origin.section === "appendix-row");
    expect(rows.map((a) => [a.origin.ref, a.products, a.timeframe?.raw ?? a.frequency?.raw])).toEqual([
      ["row 1", ["Các hình thức thích hợp"], "Thường xuyên trong năm"],
      ["row 2", ["Niêm yết công khai TTHC và quy trình nội bộ"], "Thường xuyên trong năm"],
      ["row 3", ["Đăng tải lên Cổng thông tin điện tử xã"], "Quý I/2024"],
      ["row 4", ["Hội nghị"], "Trong năm 2024"],
      ["row 5", ["Các chuyên mục"], "Mỗi tháng 01 kỳ"],
      ["row 6", ["Hội nghị"], "Trong năm 2024"],
      [
        "row 7",
        [
          "Kế hoạch điều tra XHH khảo sát đo lường sự hài long của người dân, tổ chức đối với sự phục vụ của UBND xã",
          "Điểm điều tra XHH cấp xã",
        ],
        "Quý IV/2024",
      ],
      ["row 8", ["Các lớp tập huấn"], "Quý IV/2023"],
    ]);
    expect(plan003.activities).toHaveLength(17);
  });

  it("keeps row 8's 'Quý IV/2023' inside a 2024 plan (003:430)", () => {
    const row8 = plan003.activities.find((a) => a.id === "a-appendix-8");
    expect(row8?.timeframe).toEqual({ kind: "quarters", year: 2023, quarters: [4], raw: "Quý IV/2023" });
    expect(plan003.period).toEqual({ start: "2024", end: "2024" });
  });

  it("reads 'Mỗi tháng 01 kỳ' as a monthly frequency of one issue (003:374)", () => {
    const row5 = plan003.activities.find((a) => a.id === "a-appendix-5");
    expect(row5?.frequency).toEqual({
      kind: "frequency",
      count: 1,
      per: "month",
      interval: 1,
      output: "issue",
      raw: "Mỗi tháng 01 kỳ",
    });
    expect(row5?.timeframe).toBeUndefined();
  });

  it("takes number 13 and the date 05/02/2024 from the appendix header (003:289)", () => {
    expect([plan003.number, plan003.symbol, plan003.issueDate]).toEqual([
      "13",
      "KH-UBND",
      { year: 2024, month: 2, day: 5, raw: "ngày 05 tháng 02 năm 2024" },
    ]);
  });

  it("implements exactly one parent plan, 13/KH-UBND of 26/01/2024 of UBND huyện Gia Lộc (003:4-7)", () => {
    const parents = plan003.references.filter((r) => r.role === "parent-plan");
    expect(parents).toEqual([
      {
        type: "ke-hoach",
        number: "13",
        typeCode: "KH",
        issuerCode: "UBND",
        symbol: "13/KH-UBND",
        date: { year: 2024, month: 1, day: 26, raw: "ngày 26/01/2024" },
        issuer: "UBND huyện Gia Lộc",
        title: "về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
        role: "parent-plan",
        raw: "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
      },
    ]);
  });

  it("cites the province's plans 4347/KH-UBND and 4999/KH-UBND with their dates (003:67-70)", () => {
    expect(plan003.references.filter((r) => r.symbol !== undefined).map((r) => [r.symbol, r.date])).toEqual([
      ["13/KH-UBND", { year: 2024, month: 1, day: 26, raw: "ngày 26/01/2024" }],
      ["4347/KH-UBND", { year: 2021, month: 11, day: 25, raw: "ngày 25 tháng 11 năm 2021" }],
      ["4999/KH-UBND", { year: 2023, month: 12, day: 28, raw: "ngày 28 tháng 12 năm 2023" }],
    ]);
  });

  it("names 'Công chức VP Đảng ủy - Nội vụ' as the focal point (003:188)", () => {
    expect(plan003.focalPoint).toEqual({
      ref: "noi-vu",
      wording: "Công chức VP Đảng ủy - Nội vụ xã",
      lines: { start: 188, end: 190 },
    });
  });

  it("reports quarterly, half-yearly and yearly, folded in or on request, via Nội vụ (003:249-253)", () => {
    expect(plan003.reporting[1]).toEqual({
      cadences: ["quarterly", "half-yearly", "yearly", "integrated", "on-request"],
      reporters: [{ ref: "cbcc-ban-nganh" }],
      to: ["UBND huyện", "sở Nội vụ"],
      via: { ref: "noi-vu", wording: "công chức Đảng ủy - Nội vụ" },
      text: "Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính của đơn vị, ngành mình (lồng ghép nội dung vào báo cáo cải cách hành chính định kỳ hoặc theo yêu cầu chuyên đề) gửi công chức Đảng ủy - Nội vụ tổng hợp, báo cáo UBND huyện và sở Nội vụ theo quy định.",
      lines: { start: 249, end: 253 },
    });
  });

  it("normalises the home-affairs official's six spellings into one office (003:188, 252, 270, 308, 367, 405)", () => {
    const office = plan003.offices.find((o) => o.id === "noi-vu");
    expect([office?.name, office?.aliases]).toEqual([
      "Công chức Văn phòng Đảng ủy - Nội vụ xã",
      [
        "Công chức VP Đảng ủy - Nội vụ xã",
        "công chức Đảng ủy - Nội vụ",
        "công chức Văn phòng Đảng ủy - Nội vụ",
        "Công chức Văn phòng Đảng ủy – Nội vụ",
        "Công chức Văn phòng Đảng ủy - Nội vụ",
      ],
    ]);
  });

  it("records that xã Gia Tân (huyện Gia Lộc, Hải Dương) is not in the lists of 1 March 2025 (003:2, 4-5)", () => {
    const { note, ...unit } = plan003.unit;
    expect(unit).toEqual({
      name: "Gia Tân",
      kind: "xa",
      level: "commune",
      era: "three-tier",
      parents: [
        { kind: "huyen", name: "Gia Lộc" },
        { kind: "tinh", name: "Hải Dương" },
      ],
      match: "not-found",
    });
    expect(note).toContain("Huyện Gia Lộc (297)");
  });

  it("signs TM. ỦY BAN NHÂN DÂN XÃ, CHỦ TỊCH Phạm Duy Thoại (003:281-284)", () => {
    expect(plan003.signatory).toEqual({
      name: "Phạm Duy Thoại",
      title: "CHỦ TỊCH",
      form: "TM",
      signsFor: "ỦY BAN NHÂN DÂN XÃ",
      raw: "TM. ỦY BAN NHÂN DÂN XÃ CHỦ TỊCH Phạm Duy Thoại",
      lines: { start: 281, end: 284 },
    });
  });

  it("quotes the seed verbatim wherever an element has lines (every text, description, raw, name, wording …)", () => {
    const paths = allQuotes.map((q) => q.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/activities/a-appendix-8/timeframe/raw",
        "/activities/a-appendix-5/frequency/raw",
        "/activities/a-assignment-VI.9/assignees/0/wording",
        "/references/0/date/raw",
        "/offices/noi-vu/aliases/3",
        "/budget/text",
        "/recipients/4/name",
      ]),
    );
    const split = allQuotes.filter((q) => !quotes(q)).map((q) => q.path);
    expect(split.sort()).toEqual(Object.keys(JOINED).sort());
  });

  it("joins split quotes only from fragments that stand in the seed, within the element's lines (003:137, 413-416)", () => {
    for (const [path, fragments] of Object.entries(JOINED)) {
      const q = allQuotes.find((x) => x.path === path);
      expect(q, path).toBeDefined();
      if (q === undefined) continue;
      expect(q.quote).toBe(fragments.map((f) => f.text).join(" "));
      for (const f of fragments) {
        expect(isVerbatimIn(f.text, seedLines(FILE, f.lines)), `${path}: ${f.text}`).toBe(true);
        expect(f.lines.start >= q.lines.start && f.lines.end <= q.lines.end, path).toBe(true);
      }
    }
  });

  it("keeps every line range inside the document", () => {
    const ranges = collectLineRanges(plan003, []);
    expect(ranges.length).toBeGreaterThan(50);
    const bad = ranges.filter((r) => r.start > r.end || r.end > LAST_LINE);
    expect(bad).toEqual([]);
    expect(plan003.provenance.lines).toEqual({ start: 1, end: LAST_LINE });
  });

  it("resolves every assignee to an office or group, by its name or one of its aliases", () => {
    const byId = new Map<string, readonly string[]>([
      ...plan003.offices.map((o) => [o.id, [o.name, ...o.aliases]] as const),
      ...plan003.assigneeGroups.map((g) => [g.id, [g.label, ...g.aliases]] as const),
    ]);
    expect(byId.size).toBe(plan003.offices.length + plan003.assigneeGroups.length);
    const refs: AssigneeRef[] = [
      ...plan003.activities.flatMap((a) => a.assignees),
      ...plan003.budget.estimateBy,
      ...plan003.budget.submittedTo,
      ...plan003.reporting.flatMap((r) => [...r.reporters, ...(r.via === undefined ? [] : [r.via])]),
      ...plan003.childPlanRequirements.appliesTo,
      plan003.focalPoint,
    ];
    const unresolved = refs.filter((r) => {
      const names = byId.get(r.ref);
      return names === undefined || (r.wording !== undefined && !names.includes(r.wording));
    });
    expect(unresolved).toEqual([]);
    const used = new Set(refs.map((r) => r.ref));
    expect([...byId.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses only codes from the themes, channels and audiences codelists", () => {
    const codes = (list: { entries: readonly { code: string }[] }) =>
      new Set(list.entries.map((e) => e.code));
    const themeCodes = codes(themes);
    const channelCodes = codes(channels);
    const audienceCodes = codes(audiences);
    const usedThemes = [
      ...plan003.contentItems.flatMap((c) => c.themes),
      ...plan003.formsItems.flatMap((f) => f.themes),
      ...plan003.activities.flatMap((a) => a.themes),
      ...plan003.childPlanRequirements.themes,
    ];
    const usedChannels = [
      ...plan003.formsItems.flatMap((f) => f.channels),
      ...plan003.activities.flatMap((a) => a.channels),
      ...plan003.childPlanRequirements.channels,
    ];
    const usedAudiences = [...plan003.audiences, ...plan003.activities.flatMap((a) => a.audiences)];
    expect(usedThemes.length).toBeGreaterThan(0);
    expect(usedThemes.filter((c) => !themeCodes.has(c))).toEqual([]);
    expect(usedChannels.filter((c) => !channelCodes.has(c))).toEqual([]);
    expect(usedAudiences.filter((c) => !audienceCodes.has(c))).toEqual([]);
  });

  it("gives every element a unique id", () => {
    const ids = [
      ...plan003.purposes,
      ...plan003.requirements,
      ...plan003.contentItems,
      ...plan003.formsItems,
      ...plan003.activities,
      ...plan003.offices,
      ...plan003.assigneeGroups,
    ].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
