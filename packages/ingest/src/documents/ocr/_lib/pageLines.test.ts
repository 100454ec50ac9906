import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { type PageTable, pageLines, type RecognisedLine, recognisedLines } from "./pageLines";

const line = (text: string, y: number, x0 = 350): RecognisedLine => ({
  text,
  confidence: 0.9,
  x0,
  y0: y,
  x1: x0 + 20 * text.length,
  y1: y + 40,
  base: y + 32,
});

// 001:151–153 and 001:164, a table between two lines of text
const TABLE: PageTable = {
  y0: 300,
  y1: 600,
  columns: 3,
  rows: [
    { cells: ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì"], confidence: 0.85, y0: 300, y1: 380 },
    { cells: ["9", "Tuyên truyền khẩu hiệu pano về CCHC", "Phòng VH TT"], confidence: 0.8, y0: 380, y1: 600 },
  ],
};

describe("pageLines", () => {
  it("puts a table's rows where the table stands, one line a row with tabs, a blank line before and after", () => {
    const lines = [
      line("(Kèm theo Kế hoạch số /KH-UBND ngày /01/2024)", 100),
      line("PHỤ LỤC", 160),
      line("Nơi nhận:", 700),
      line("- Lưu: VT.", 760),
    ];
    expect(pageLines(lines, [TABLE])).toEqual([
      { text: "(Kèm theo Kế hoạch số /KH-UBND ngày /01/2024)", confidence: 0.9, short: false },
      { text: "PHỤ LỤC", confidence: 0.9, short: false },
      { text: "", confidence: undefined },
      {
        text: "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì",
        confidence: 0.85,
        table: { cells: ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì"], columns: 3, first: true },
      },
      {
        text: "9\tTuyên truyền khẩu hiệu pano về CCHC\tPhòng VH TT",
        confidence: 0.8,
        table: {
          cells: ["9", "Tuyên truyền khẩu hiệu pano về CCHC", "Phòng VH TT"],
          columns: 3,
          first: false,
        },
      },
      { text: "", confidence: undefined },
      { text: "Nơi nhận:", confidence: 0.9, short: false },
      { text: "- Lưu: VT.", confidence: 0.9, short: false },
    ]);
  });

  it("marks a line that stops three line heights short of the page's right edge of text, as a paragraph's last (004:60)", () => {
    // 004:60 wrapped as the scan's page 2 ends: full lines run to x = 1,950; its last stops at 900
    const full = (text: string, y: number) => ({ ...line(text, y, 250), x1: 1950 });
    const lines = [
      full("Tình hình, kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết", 100),
      full("TTHC; tình hình giải quyết TTHC trên môi trường điện tử; tình hình xây dựng,", 160),
      full("nâng cấp Hệ thống thông tin giải quyết TTHC; hiệu quả vận hành Cổng Dịch vụ", 220),
      { ...line("công, thanh toán trực tuyến;", 280, 250), x1: 900 },
    ];
    expect(pageLines(lines).map((l) => l.short)).toEqual([false, false, false, true]);
  });

  it("sees the gaps of a page where half the distances between lines are gaps (004:94–104, its scan's fourth page)", () => {
    const paragraphs = seedText("004_f3b844502d811123.txt")
      .split("\n")
      .slice(93, 104)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    // wrapped at 130 characters, lines 70 apart and paragraphs 105 apart, as measured on the scan at 300 dpi
    let y = 100;
    const lines = paragraphs.flatMap((paragraph, i) => {
      if (i > 0) y += 35;
      const wrapped: string[] = [];
      for (const word of paragraph.split(" ")) {
        const last = wrapped.at(-1);
        if (last !== undefined && last.length + word.length < 130)
          wrapped[wrapped.length - 1] = `${last} ${word}`;
        else wrapped.push(word);
      }
      return wrapped.map((text) => {
        y += 70;
        return line(text, y);
      });
    });
    const gaps = paragraphs.length - 1;
    expect(gaps).toBeGreaterThanOrEqual(lines.length - 1 - gaps); // so the median distance is a gap's
    const read = pageLines(lines)
      .map((l) => l.text)
      .join("\n")
      .split("\n\n")
      .map((p) => p.replace(/\n/g, " "));
    expect(read).toEqual(paragraphs);
  });

  it("starts a page with a table's first row when the table is at its top", () => {
    const out = pageLines([line("KT. CHỦ TỊCH", 700)], [TABLE]);
    expect(out.map((l) => l.text)).toEqual([
      "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì",
      "9\tTuyên truyền khẩu hiệu pano về CCHC\tPhòng VH TT",
      "",
      "KT. CHỦ TỊCH",
    ]);
  });

  it("gives look-alike letters their Vietnamese reading, and leaves out the words a table took", () => {
    const box = (x0: number) => ({ x0, y0: 100, x1: x0 + 80, y1: 140 });
    const words = [
      { text: "Quý", bbox: box(350), confidence: 90 },
      { text: "I\u20442024", bbox: box(450), confidence: 90 },
      { text: "\u00d0ài", bbox: box(550), confidence: 90 },
      { text: "taken", bbox: box(650), confidence: 90 },
    ];
    const data = {
      blocks: [
        {
          paragraphs: [
            { lines: [{ text: "", confidence: 90, bbox: { x0: 350, y0: 100, x1: 730, y1: 140 }, words }] },
          ],
        },
      ],
    };
    expect(recognisedLines(data, (word) => word.text === "taken").map((line) => line.text)).toEqual([
      "Quý I/2024 Đài",
    ]);
  });

  it("leaves out dust read as a lone mark of punctuation, and a line of nothing else", () => {
    // 001:3 in a 200 dpi scan: "TP. Bắc Giang" with specks read ":", ".", "." before it; a speck's ":" alone
    const box = (x0: number, y0 = 100) => ({ x0, y0, x1: x0 + 60, y1: y0 + 40 });
    const word = (text: string, x0: number, y0?: number) => ({ text, bbox: box(x0, y0), confidence: 60 });
    const header = [
      word(":", 1100),
      word(".", 1180),
      word(".", 1200),
      word("TP.", 1280),
      word("Bắc", 1360),
      word("Giang,", 1440),
    ];
    const line = (words: ReturnType<typeof word>[], y0 = 100) => ({
      text: words.map((w) => w.text).join(" "),
      confidence: 60,
      bbox: { x0: words[0]?.bbox.x0 ?? 0, y0, x1: words.at(-1)?.bbox.x1 ?? 0, y1: y0 + 40 },
      words,
    });
    const data = { blocks: [{ paragraphs: [{ lines: [line(header), line([word(":", 356, 300)], 300)] }] }] };
    expect(recognisedLines(data).map((l) => [l.text, l.x0])).toEqual([["TP. Bắc Giang,", 1280]]);
  });
});
