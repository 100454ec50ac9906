import { migratePlan, Plan } from "@parcomms/core";
import * as sample from "@parcomms/sample-data";
import { TableFormatError } from "./TableFormatError";

/** A plan in the current schema: sample-data's plans may still be saved in 1.0 while they are re-encoded. */
const current = (plan: unknown): Plan => Plan.parse(migratePlan(plan).value);

/** The five hand-encoded real plans in the current schema. */
export const plan000 = current(sample.plan000);
export const plan001 = current(sample.plan001);
export const plan002 = current(sample.plan002);
export const plan003 = current(sample.plan003);
export const plan004 = current(sample.plan004);

/** The five hand-encoded real plans, in seed order. */
export const realPlans: readonly Plan[] = [plan000, plan001, plan002, plan003, plan004];

/** The fields of the TableFormatError that `run` throws, for comparing whole errors. */
export function errorOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (!(error instanceof TableFormatError)) throw error;
    const { code, file, row, column, line, message } = error;
    return Object.fromEntries(
      Object.entries({ code, file, row, column, line, message }).filter(([, v]) => v !== undefined),
    );
  }
  throw new Error("expected a TableFormatError, but nothing was thrown");
}

/** CSV text with its record ends (LF outside quotes) turned into CRLF, quoted line breaks left as they are. */
export function toCrlf(csv: string): string {
  let inQuotes = false;
  let out = "";
  for (const char of csv) {
    if (char === '"') inQuotes = !inQuotes;
    out += char === "\n" && !inQuotes ? "\r\n" : char;
  }
  return out;
}

/**
 * 002 with its V.1 block split into the sub-tasks a)–e) (002:85–95) and its
 * closing escalation (002:141), as issue 11 asks to encode them: the
 * 20/04/2024 deadline is a)'s only; b) carries the yearly quota of 12 items,
 * c) the quarterly one; e) binds the districts only; d) gives an empty list
 * of products. Made here until sample-data's 002 is re-encoded.
 */
export const plan002WithSubtasks: Plan = (() => {
  const [first, ...rest] = plan002.activities;
  if (first?.id !== "a-assignment-V.1") throw new Error("002's first activity is V.1");
  const { timeframe, quotas, description: _description, ...block } = first;
  const [twelvePerYear, onePerQuarter] = quotas;
  if (!twelvePerYear || !onePerQuarter || !timeframe)
    throw new Error("002 V.1 has its two quotas and deadline");
  const v1 = {
    ...block,
    quotas: [],
    subtasks: [
      {
        id: "a-assignment-V.1.a",
        ref: "a",
        text: "Căn cứ Kế hoạch này, xây dựng và tổ chức thực hiện kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa phương",
        lines: { start: 87, end: 87 },
        timeframe,
        products: ["kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa phương"],
        themes: [],
      },
      {
        id: "a-assignment-V.1.b",
        ref: "b",
        text: "Thông tin, tuyên truyền đầy đủ, kịp thời về tình hình, kết quả thực hiện CCHC trên Cổng/Trang thông tin điện tử",
        lines: { start: 89, end: 89 },
        quotas: [twelvePerYear],
      },
      {
        id: "a-assignment-V.1.c",
        ref: "c",
        text: "Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài về thực hiện CCHC gửi đăng trên Cổng thông tin điện tử tỉnh.",
        lines: { start: 91, end: 91 },
        channels: ["online.web-portal"],
        quotas: [onePerQuarter],
        condition: "",
      },
      {
        id: "a-assignment-V.1.d",
        ref: "d",
        text: "Lồng ghép báo cáo kết quả thực hiện thông tin, tuyên truyền CCHC vào báo cáo CCHC định kỳ của cơ quan, đơn vị.",
        products: [],
      },
      {
        id: "a-assignment-V.1.e",
        ref: "e",
        text: "UBND các huyện, thị xã, thành phố xây dựng các sản phẩm tuyên truyền, giới thiệu thông tin về các TTHC đang thực hiện tại bộ phận một cửa cấp huyện, cấp xã.",
        lines: { start: 95, end: 95 },
        assignees: [
          { ref: "ubnd-huyen", role: "lead" as const, wording: "UBND các huyện, thị xã, thành phố" },
        ],
        targets: [],
      },
    ],
  };
  return Plan.parse({
    ...plan002,
    activities: [v1, ...rest],
    escalation: [
      {
        trigger: "nếu có phát sinh vướng mắc",
        reporters: [{ ref: "so-ban-nganh" }, { ref: "ubnd-huyen" }],
        via: [{ ref: "snv", wording: "Sở Nội vụ" }],
        to: ["UBND tỉnh"],
        text: "Trong quá trình thực hiện, nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp) để xem xét, giải quyết",
        lines: { start: 141, end: 141 },
      },
    ],
  });
})();
