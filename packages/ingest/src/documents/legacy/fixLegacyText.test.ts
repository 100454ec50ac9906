import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { encodeLegacy } from "../../testing/encodeLegacy";
import { fixLegacyText } from "./fixLegacyText";

const note = (encoding: string) => ({ code: "ingest.encoding-converted", params: { encoding } });

/** A seeded generator (mulberry32): the same "random" bytes every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("fixLegacyText", () => {
  it("converts TCVN3 (ABC) as windows-1252 shows it", () => {
    expect(fixLegacyText("KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh")).toEqual({
      text: "Kế hoạch tuyên truyền cải cách hành chính",
      notes: [note("TCVN3")],
    });
  });

  it("gives TCVN3 capitals back: its own seven, words in capitals, a line's first word", () => {
    // Ă Â Đ Ê Ô Ơ Ư have bytes of their own (¡ ¢ § £ ¤ ¥ ¦); other capitals are the small letters' bytes (.VnTimeH)
    expect(fixLegacyText("§¡NG ¢M £M ¤NG ¥N ¦NG").text).toBe("ĐĂNG ÂM ÊM ÔNG ƠN ƯNG");
    // 000:3 "KẾ HOẠCH"; "CỘNG HÒA XÃ HỘI": one capital beside capitals is a capital
    expect(fixLegacyText("KÕ HO¹CH\nCéNG HßA X· HéI CHñ NGHÜA VIÖT NAM").text).toBe(
      "KẾ HOẠCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
    // 000:9 "Ủy ban nhân dân xã Sơn Mầu ban hành …": a sentence's first word; "của Ủy ban nhân dân"
    expect(
      fixLegacyText("ñy ban nh©n d©n x· S¬n MÇu.\nC¨n cø KÕ ho¹ch cña ñy ban nh©n d©n huyÖn.").text,
    ).toBe("Ủy ban nhân dân xã Sơn Mầu.\nCăn cứ Kế hoạch của Ủy ban nhân dân huyện.");
    // an acronym says nothing of the case, "đ)" is a list letter
    expect(fixLegacyText("Vô CCHC phèi hîp víi Së Néi vô.\n®) Tæ chøc héi nghÞ").text).toBe(
      "Vụ CCHC phối hợp với Sở Nội vụ.\nđ) Tổ chức hội nghị",
    );
  });

  it("converts VNI (a letter and its mark bytes), capitals included", () => {
    expect(fixLegacyText("KEÁ HOAÏCH\nKeá hoaïch tuyeân truyeàn caûi caùch haønh chính")).toEqual({
      text: "KẾ HOẠCH\nKế hoạch tuyên truyền cải cách hành chính",
      notes: [note("VNI")],
    });
  });

  it("converts a paragraph that is clearly VIQR, escapes kept as the character", () => {
    const viqr =
      "Ke^' hoa.ch tuye^n truye^`n ca?i ca'ch ha`nh chi'nh na(m 2024 tre^n ddi.a ba`n xa~ So+n Ma^`u\\. " +
      "U?y ban nha^n da^n xa~ ban ha`nh Ke^' hoa.ch nhu+ sau:";
    expect(fixLegacyText(viqr)).toEqual({
      text:
        "Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Sơn Mầu. " +
        "Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
      notes: [note("VIQR")],
    });
  });

  for (const encoding of ["TCVN3", "VNI", "VIQR"] as const) {
    it(`round-trips every seed exactly through ${encoding}`, () => {
      for (const file of SEED_FILES) {
        const text = seedText(file).normalize("NFC");
        const legacy = encodeLegacy(text, encoding).text;
        expect(legacy).not.toBe(text);
        expect(fixLegacyText(legacy), file).toEqual({ text, notes: [note(encoding)] });
      }
    });
  }

  it("never touches Unicode Vietnamese: the seeds come back as they are, with no note", () => {
    for (const file of SEED_FILES) {
      const text = seedText(file);
      expect(fixLegacyText(text)).toEqual({ text, notes: [] });
    }
  });

  it("leaves English, Latin-1 words, VIQR-like punctuation and random characters alone", () => {
    const english =
      "The café's résumé: naïve piñata © 2024 ½ off. Do you go? So do I. Me too, e.g. at 5 p.m. (see a) and b).";
    expect(fixLegacyText(english)).toEqual({ text: english, notes: [] });
    const random = seeded(13);
    for (let run = 0; run < 20; run += 1) {
      const text = Array.from({ length: 3000 }, () =>
        String.fromCharCode(0x20 + Math.floor(random() * 0xe0)),
      ).join("");
      expect(fixLegacyText(text).notes, `run ${run}`).toEqual([]);
    }
  });

  it("converts only the TCVN3 runs of a Unicode text, and says so", () => {
    const text = [
      "Kế hoạch tuyên truyền cải cách hành chính năm 2024 của xã Sơn Mầu.",
      "Tuyªn truyÒn c¸c chñ tr­¬ng, chÝnh s¸ch vÒ c¶i c¸ch hµnh chÝnh.",
      "Các cơ quan, đơn vị có trách nhiệm thực hiện kế hoạch này.",
    ].join("\n");
    expect(fixLegacyText(text)).toEqual({
      text: [
        "Kế hoạch tuyên truyền cải cách hành chính năm 2024 của xã Sơn Mầu.",
        "Tuyên truyền các chủ trương, chính sách về cải cách hành chính.",
        "Các cơ quan, đơn vị có trách nhiệm thực hiện kế hoạch này.",
      ].join("\n"),
      notes: [
        note("TCVN3"),
        { code: "ingest.encoding-partly-converted", params: { encoding: "TCVN3", words: 12 } },
      ],
    });
  });
});
