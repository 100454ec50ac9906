import { describe, expect, it } from "vitest";
import { fold, foldText, tidy } from "./fold";

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

describe("tidy", () => {
  it("gives NFC with single spaces, tone marks where the writer put them", () => {
    expect(tidy("  UBND huyện \n Gia Lộc ".normalize("NFD"))).toBe("UBND huyện Gia Lộc");
    expect(tidy("Thanh Hoá")).toBe("Thanh Hoá");
  });
});
