import { describe, expect, it } from "vitest";
import { phraseTokens } from "./phraseTokens";

describe("phraseTokens", () => {
  it("folds and tokenizes a phrasing, keeping inner commas", () => {
    expect(phraseTokens("Phòng, chống tham nhũng")).toEqual(["phong", ",", "chong", "tham", "nhung"]);
  });

  it("trims punctuation at either end", () => {
    expect(phraseTokens("TX.")).toEqual(["tx"]);
    expect(phraseTokens("(PAR INDEX),")).toEqual(["par", "index"]);
  });

  it("is empty when the phrase has no word", () => {
    expect(phraseTokens("...")).toEqual([]);
    expect(phraseTokens("")).toEqual([]);
  });

  it("gives one result for NFC, NFD and either tone-mark placement", () => {
    const expected = ["van", "hoa", "xa", "hoi"];
    expect(phraseTokens("Văn hóa - Xã hội")).toEqual(expected);
    expect(phraseTokens("Văn hoá – Xã hội".normalize("NFD"))).toEqual(expected);
  });
});
