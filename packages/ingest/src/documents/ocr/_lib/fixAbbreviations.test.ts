import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { fixAbbreviations } from "./fixAbbreviations";

const seed002 = seedText("002_9c9d59d1a9d0f229.txt").split("\n");
const seed003 = seedText("003_c2f82bd70c212939.txt").split("\n");

/** The lines with the `n`-th line (1-based) changed as OCR read it. */
const misread = (lines: readonly string[], n: number, from: string, to: string) =>
  lines.map((line, i) => (i === n - 1 ? line.replace(from, to) : line));

describe("fixAbbreviations", () => {
  it("puts a misread abbreviation right by the document's own usage (002:27, as read on the 300 dpi scan)", () => {
    // 002 writes "CCHC" 34 times; the scan read "Kế hoạch CCHOC của tỉnh năm 2024" (002:27)
    const read = misread(seed002, 27, "Kế hoạch CCHC của tỉnh", "Kế hoạch CCHOC của tỉnh");
    const { lines, fixes } = fixAbbreviations(read);
    expect(lines).toEqual(seed002);
    expect(fixes).toEqual([{ from: "CCHOC", to: "CCHC", count: 1 }]);
  });

  it("puts right a letter dropped, added at the start, or changed, where the abbreviation stands beside other text", () => {
    const read = [...Array(5).fill("UBND xã"), "Văn phòng HĐND&SUBND huyện", "giải quyết TTHO", "CCHO"];
    const { lines, fixes } = fixAbbreviations([...read, ...Array(5).fill("CCHC"), ...Array(5).fill("TTHC")]);
    expect(lines.slice(5, 8)).toEqual(["Văn phòng HĐND&UBND huyện", "giải quyết TTHC", "CCHC"]);
    expect(fixes).toEqual([
      { from: "SUBND", to: "UBND", count: 1 },
      { from: "TTHO", to: "TTHC", count: 1 },
      { from: "CCHO", to: "CCHC", count: 1 },
    ]);
  });

  it("reads a known abbreviation with its Đ read as D as that abbreviation, once is enough (001:141, as scanned)", () => {
    const seed001 = seedText("001_ec564b67ad28c11a.txt").split("\n");
    expect(seed001[140]).toBe("- LĐVP, CVVX;");
    const { lines, fixes } = fixAbbreviations(misread(seed001, 141, "LĐVP", "LDVP"));
    expect(lines).toEqual(seed001);
    expect(fixes).toEqual([{ from: "LDVP", to: "LĐVP", count: 1 }]);
  });

  it("reads the recipients' 'Lưu: VI' as 'Lưu: VT' (003:279; Nghị định 30/2020/NĐ-CP, Phụ lục I)", () => {
    expect(seed003[278]).toBe("- Lưu: VT.");
    for (const reading of ["VI", "VỊ", "V1", "Vl"]) {
      const { lines, fixes } = fixAbbreviations(misread(seed003, 279, "VT", reading));
      expect(lines).toEqual(seed003);
      expect(fixes).toEqual([{ from: reading, to: "VT", count: 1 }]);
    }
    // only the entry that opens the line: "VI" elsewhere is a Roman numeral (003:…"VI. TỔ CHỨC THỰC HIỆN")
    expect(fixAbbreviations(["VI. TỔ CHỨC THỰC HIỆN", "- Lưu: VT, VI."]).fixes).toEqual([]);
  });

  it("leaves what is written right alone: syllables in capitals, known abbreviations, close calls", () => {
    const lines = [
      ...Array(20).fill("giải quyết TTHC"),
      "Trung tâm TTHCC huyện", // a known abbreviation one letter from TTHC
      ...Array(6).fill("KẾ HOẠCH"),
      "HOẠC", // a syllable in capitals, even one letter from a frequent word
      ...Array(5).fill("KTXH"),
      ...Array(5).fill("VHXH"),
      "KHXH", // one letter from two abbreviations the document uses: undecided
      ...Array(4).fill("MTTQ"),
      "MTTO", // MTTQ is written too few times to decide
      ...Array(6).fill("BCĐ"),
      ...Array(4).fill("BCD"), // BCĐ is not written twice as often
    ];
    expect(fixAbbreviations(lines)).toEqual({ lines, fixes: [] });
  });

  it("changes no line of the five plans as written, not even 000's own 'kết quả BND xã' (000:75)", () => {
    for (const file of ["000_34833a3694ee8a96.txt", "001_ec564b67ad28c11a.txt", "004_f3b844502d811123.txt"]) {
      const lines = seedText(file).split("\n");
      expect(fixAbbreviations(lines)).toEqual({ lines, fixes: [] });
    }
    expect(fixAbbreviations(seed002).fixes).toEqual([]);
    expect(fixAbbreviations(seed003).fixes).toEqual([]);
  });
});
