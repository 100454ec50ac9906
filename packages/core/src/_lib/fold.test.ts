import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotedSeedLines } from "../_testing/seedLines";
import { fold, foldText, foldUnit, tidy } from "./fold";

// The character-by-character implementation the table replaced, kept as the reference
// the table-driven `fold` and `foldText` must equal byte for byte.
function referenceFold(input: string): { text: string; offsets: number[] } {
  let text = "";
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (/[\s\u00a0\u200b\ufeff]/.test(ch)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      continue;
    }
    const base =
      ch.charCodeAt(0) < 0x80
        ? ch.toLowerCase()
        : ch
            .normalize("NFD")
            .toLowerCase()
            .split("")
            .filter((c) => !/[\u0300-\u036f]/.test(c))
            .join("")
            .replace(/[đðĐÐ]/g, "d");
    if (base.length === 0) continue;
    if (pendingSpace >= 0) {
      text += " ";
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    for (const c of base) {
      text += c;
      offsets.push(i);
    }
  }
  offsets.push(input.length);
  return { text, offsets };
}

// Every seed line core's tests quote (_testing/seedQuotes.ts); tests/golden runs foldVietnamese over whole seeds.
const seedText = quotedSeedLines();

describe("fold", () => {
  it("lower-cases, strips diacritics and đ, collapses white space, and maps back to the input", () => {
    expect(fold("Qúy  I")).toEqual({ text: "quy i", offsets: [0, 1, 2, 3, 5, 6] });
  });

  it("maps a collapsed run of white space to its first character, not to the next word", () => {
    const input = "quốc gia \n 10-10";
    const { text, offsets } = fold(input);
    expect(text).toBe("quoc gia 10-10");
    expect(input[offsets[text.indexOf(" 10")] ?? -1]).toBe(" ");
  });

  it("folds NFC, NFD and either tone-mark placement to the same text", () => {
    const spellings = ["Hòa Bình", "Hoà Bình", "Hòa Bình".normalize("NFD"), "HOÀ BÌNH"];
    expect(new Set(spellings.map(foldText))).toEqual(new Set(["hoa binh"]));
  });

  it("maps every folded character of NFD input to a base letter, skipping the combining marks", () => {
    const input = "Đặc khu".normalize("NFD");
    const { text, offsets } = fold(input);
    expect(text).toBe("dac khu");
    expect(offsets.slice(0, -1).map((o) => input[o])).toEqual(["Đ", "a", "c", " ", "k", "h", "u"]);
    expect(offsets.at(-1)).toBe(input.length);
  });

  it("reads Ð (U+00D0) as Đ and lower-cases İ without a stray mark", () => {
    expect(foldText("ÐẠI HỌC İ")).toBe("dai hoc i");
  });
});

describe("fold and foldText, table-driven", () => {
  it("equal the reference implementation on every quoted seed line, NFC and NFD, and on all of them joined", () => {
    const inputs = [...seedText, ...seedText.map((l) => l.normalize("NFD")), seedText.join("\n")];
    const differing = inputs.filter((line) => {
      const expected = referenceFold(line);
      return foldText(line) !== expected.text || JSON.stringify(fold(line)) !== JSON.stringify(expected);
    });
    expect(differing).toEqual([]);
    expect(foldText("Kế hoạch số 13 /KH-UBND, ngày 05 tháng 02 năm 2024")).toBe(
      "ke hoach so 13 /kh-ubnd, ngay 05 thang 02 nam 2024", // 003:286
    );
  });

  it("equal the reference implementation on every UTF-16 unit, alone and between letters and spaces", () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const input = `${ch}a${ch} ${ch}b${ch}`;
      const expected = referenceFold(input);
      if (foldText(input) !== expected.text || JSON.stringify(fold(input)) !== JSON.stringify(expected))
        differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it("equal the reference implementation on arbitrary strings", () => {
    const pieces = fc.constantFrom(
      " ",
      "\n",
      "\u00a0",
      "\u200b",
      "A",
      "đ",
      "Ð",
      "\u0301",
      "ầ",
      "İ",
      "x",
      "\t",
      "\ud83d",
      "ß",
    );
    const strings = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.array(pieces, { maxLength: 30 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(strings, (input) => {
        const expected = referenceFold(input);
        expect(foldText(input)).toBe(expected.text);
        expect(fold(input)).toEqual(expected);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it("tells a folded unit, a dropped mark and white space apart", () => {
    expect([foldUnit("Ầ".charCodeAt(0)), foldUnit(0x0301), foldUnit(0x00a0), foldUnit(0x41)]).toEqual([
      "a",
      "",
      null,
      "a",
    ]);
  });
});

describe("tidy", () => {
  it("gives NFC with single spaces, tone marks where the writer put them", () => {
    expect(tidy("  UBND huyện \n Gia Lộc ".normalize("NFD"))).toBe("UBND huyện Gia Lộc");
    expect(tidy("Thanh Hoá")).toBe("Thanh Hoá");
  });
});
