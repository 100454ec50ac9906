import { describe, expect, it } from "vitest";
import { joinOcrPages } from "./joinOcrPages";
import type { PageLine } from "./pageLines";

const text = (t: string): PageLine => ({ text: t, confidence: 0.9 });
const blank: PageLine = { text: "", confidence: undefined };
const row = (cells: string[], first = false): PageLine => ({
  text: cells.join("\t"),
  confidence: 0.8,
  table: { cells, columns: cells.length, first },
});
// 001:153 and 001:163–165, as OCR gives them
const HEADER = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"];
const ROW_9 = ["9", "Tuyên truyền khẩu hiệu pano về CCHC", "Phòng VH TT", "Quý I/2024"];
const ROW_10 = ["10", "Khẩu hiệu tuyên truyền CCHC", "Trung tâm VH TT&TT", "Quý I/2024"];

describe("joinOcrPages", () => {
  it("joins a table running onto the next page and drops its header row, repeated there and read a little differently", () => {
    const { lines, origins } = joinOcrPages([
      [text("PHỤ LỤC"), blank, row(HEADER, true), row(ROW_9)],
      [row(["TT", "Nội dung, nhiệm vu", "Cơ quan chủ tri", "Thời gian thực hiện"], true), row(ROW_10)],
    ]);
    expect(lines).toEqual(["PHỤ LỤC", "", HEADER.join("\t"), ROW_9.join("\t"), ROW_10.join("\t")]);
    expect(origins).toEqual([
      { page: 1, line: 1, confidence: 0.9 },
      undefined,
      { page: 1, line: 2, confidence: 0.8 },
      { page: 1, line: 3, confidence: 0.8 },
      { page: 2, line: 2, confidence: 0.8 },
    ]);
  });

  it("joins a table whose next page starts with a row, not a header", () => {
    const { lines } = joinOcrPages([[row(HEADER, true), row(ROW_9)], [row(ROW_10, true)]]);
    expect(lines).toEqual([HEADER.join("\t"), ROW_9.join("\t"), ROW_10.join("\t")]);
  });

  it("keeps the header of a second table on the same page, and of a table after a page that ended in text", () => {
    const { lines } = joinOcrPages([
      [row(HEADER, true), row(ROW_9), blank, row(HEADER, true), row(ROW_10)],
      [text("KT. CHỦ TỊCH")],
      [row(HEADER, true), row(ROW_9)],
    ]);
    expect(lines.filter((l) => l === HEADER.join("\t"))).toHaveLength(3);
  });

  it("parts two pages with a blank line where a paragraph ends the one and another opens the next (004:60–62, as scanned)", () => {
    const last = (t: string): PageLine => ({ text: t, confidence: 0.96, short: true });
    const { lines, origins } = joinOcrPages([
      [
        text("nâng cấp Hệ thống thông tin giải quyết TTHC; hiệu quả vận hành Cổng Dịch vụ"),
        last("công, thanh toán trực tuyến;"),
        text("2"),
      ],
      [text("Tình hình triển khai các nội dung trong chuyển đổi số, phát triển kinh tế, công")],
    ]);
    expect(lines.slice(1)).toEqual([
      "công, thanh toán trực tuyến;",
      "2",
      "",
      "Tình hình triển khai các nội dung trong chuyển đổi số, phát triển kinh tế, công",
    ]);
    expect(origins[3]).toBeUndefined();
  });

  it("keeps a paragraph whole across pages when its line runs to the edge, ends mid-sentence, or goes on in lower case", () => {
    const next = [text("Tình hình triển khai các nội dung")];
    const ends = (page: PageLine[]) => joinOcrPages([page, next]).lines.includes("");
    expect(ends([{ text: "công, thanh toán trực tuyến;", confidence: 0.9, short: false }])).toBe(false);
    expect(ends([{ text: "hiệu quả vận hành Cổng Dịch vụ", confidence: 0.9, short: true }])).toBe(false);
    const lower = joinOcrPages([
      [{ text: "công tác thanh tra.", confidence: 0.9, short: true }],
      [text("sát hoạt động công vụ;")],
    ]);
    expect(lower.lines).toEqual(["công tác thanh tra.", "sát hoạt động công vụ;"]);
  });

  it("does not join tables of different widths", () => {
    const { lines } = joinOcrPages([[row(HEADER, true)], [row(HEADER.slice(0, 3), true)]]);
    expect(lines).toEqual([HEADER.join("\t"), HEADER.slice(0, 3).join("\t")]);
  });
});
