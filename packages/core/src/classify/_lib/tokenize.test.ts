import { describe, expect, it } from "vitest";
import { foldText } from "../../_lib/fold";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("splits words and keeps significant punctuation, with folded positions", () => {
    expect(tokenize("to chuc, ca nhan.")).toEqual([
      { text: "to", start: 0, end: 2, isWord: true },
      { text: "chuc", start: 3, end: 7, isWord: true },
      { text: ",", start: 7, end: 8, isWord: false },
      { text: "ca", start: 9, end: 11, isWord: true },
      { text: "nhan", start: 12, end: 16, isWord: true },
      { text: ".", start: 16, end: 17, isWord: false },
    ]);
  });

  it("001_ec564b67ad28c11a.txt:156 drops hyphens, dashes, '/' and '&' between words", () => {
    const words = (s: string) => tokenize(foldText(s)).map((t) => t.text);
    expect(words("Trung tâm VHTT&TT")).toEqual(["trung", "tam", "vhtt", "tt"]);
    expect(words("Văn hóa – Xã hội")).toEqual(["van", "hoa", "xa", "hoi"]);
    expect(words("Mỗi tuần/1 lần")).toEqual(["moi", "tuan", "1", "lan"]);
    expect(words("(PCI)")).toEqual(["(", "pci", ")"]);
  });

  it("is empty for empty or separator-only text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" - / & ")).toEqual([]);
  });
});
