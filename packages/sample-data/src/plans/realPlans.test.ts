import { Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import type { PlanProblem, SplitQuote } from "../_lib/planChecks";
import * as checks from "../_lib/planChecks";
import { SEED_FILES } from "../seeds/seedText";
import { realPlans } from "./realPlans";

/**
 * Quotes the extraction split, with their pieces: 003's forms item b (its
 * text after the heading "Công khai các thủ tục hành chính ở Ủy ban nhân dân
 * xã:", 003:124) runs over the page number "4" (003:137), and its appendix
 * row 7 lost its grid, so the task and the product end on 003:415, after row
 * 8's number.
 */
const SPLIT_QUOTES: Readonly<Record<string, readonly SplitQuote[]>> = {
  "003_c2f82bd70c212939.txt": [
    {
      path: "/formsItems/1/text",
      pieces: [
        {
          text: "- Niêm yết công khai, minh bạch các thủ tục hành chính tại nơi giải quyết, tại Bộ phận tiếp nhận và trả kết quả bằng nhiều hình thức khác nhau như niêm yết bằng văn bản giấy, trên Cổng/Trang thông tin điện tử tạo điều kiện thuận lợi cho tổ chức, cá nhân trong việc tìm hiểu, tra cứu thông tin về thủ tục hành chính. Việc niêm yết phải kịp thời, đầy đủ, rõ ràng, dễ tra cứu và theo đúng quy định. - Thường xuyên, kịp thời cập nhật các thủ tục hành chính đã được công bố ban hành mới, được sửa đổi, bổ sung, bãi bỏ, thay thế thủ tục hành chính của cơ",
          lines: { start: 126, end: 134 },
        },
        {
          text: "quan, đơn vị, tại nơi giải quyết thủ tục hành chính, tại Bộ phận tiếp nhận và trả kết quả, lên Trang/ Cổng thông tin điện tử của xã.",
          lines: { start: 139, end: 140 },
        },
      ],
    },
    {
      path: "/activities/15/description",
      pieces: [
        {
          text: "Khảo sát sự hài lòng của tổ chức, công dân đối với giải quyết thủ tục hành chính trên các lĩnh vực",
          lines: { start: 396, end: 398 },
        },
        { text: "theo quy định", lines: { start: 415, end: 415 } },
      ],
    },
    {
      path: "/activities/15/products/0",
      pieces: [
        {
          text: "Kế hoạch điều tra XHH khảo sát đo lường sự hài long của người dân, tổ chức đối với sự",
          lines: { start: 400, end: 402 },
        },
        { text: "phục vụ của UBND xã", lines: { start: 415, end: 415 } },
      ],
    },
  ],
};

/**
 * Offices and groups a plan names but gives no work: 004's closing line
 * (004:156) requires "các cơ quan, đơn vị trên địa bàn phường" to carry the
 * plan out, and no task names them.
 */
const NAMED_ONLY: Readonly<Record<string, readonly PlanProblem[]>> = {
  "004_f3b844502d811123.txt": [
    { code: "office-unused", path: "/assigneeGroups/1", params: { id: "co-quan-don-vi" } },
  ],
};

/** The fewest quotes and line ranges the walkers reach in each plan, as counted when the checks were shared. */
const REACH: Readonly<Record<string, { quotes: number; lineRanges: number }>> = {
  "000_34833a3694ee8a96.txt": { quotes: 246, lineRanges: 62 },
  "001_ec564b67ad28c11a.txt": { quotes: 209, lineRanges: 51 },
  "002_9c9d59d1a9d0f229.txt": { quotes: 173, lineRanges: 53 },
  "003_c2f82bd70c212939.txt": { quotes: 225, lineRanges: 53 },
  "004_f3b844502d811123.txt": { quotes: 125, lineRanges: 57 },
};

it("holds the five plans in seed order, one for each seed", () => {
  expect(realPlans.map((p) => p.provenance.document)).toEqual(SEED_FILES);
});

describe.each(realPlans.map((plan) => [plan.provenance.document, plan] as const))("%s", (file, plan) => {
  it("parses as a Plan, and parsing strips or changes nothing", () => {
    expect(Plan.parse(plan)).toStrictEqual(plan);
  });

  it("spans the whole seed and stays inside it", () => {
    expect(plan.provenance.lines).toEqual({ start: 1, end: checks.seedLineCount(file) });
    expect(checks.lineRanges(plan).length).toBeGreaterThanOrEqual(REACH[file]?.lineRanges ?? Infinity);
    expect(checks.linesOutsideDocument(plan, checks.seedLineCount(file))).toEqual([]);
  });

  it("quotes the seed verbatim from its lines in every quoting field", () => {
    expect(checks.quotedStrings(plan).length).toBeGreaterThanOrEqual(REACH[file]?.quotes ?? Infinity);
    expect(checks.unquotedStrings(plan, file, { splitQuotes: SPLIT_QUOTES[file] ?? [] })).toEqual([]);
  });

  it("gives lines to every purpose, requirement, content and forms item, sub-task, reference, escalation and recipient", () => {
    expect(checks.itemsWithoutLines(plan)).toEqual([]);
  });

  it("keeps every id unique and every content item's parent real", () => {
    expect(checks.duplicateIds(plan)).toEqual([]);
    expect(checks.unresolvedParents(plan)).toEqual([]);
  });

  it("resolves every assignee to an office or group that lists its wording, and assigns each of them", () => {
    expect(checks.unresolvedAssignees(plan)).toEqual([]);
    expect(checks.unusedOfficesAndGroups(plan)).toEqual(NAMED_ONLY[file] ?? []);
  });

  it("uses only theme, channel and audience codes of the codelists", () => {
    expect(checks.unknownCodes(plan)).toEqual([]);
  });
});
