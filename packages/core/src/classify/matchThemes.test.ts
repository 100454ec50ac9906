import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSeedLines } from "../_testing/readSeedLines";
import { themes } from "../codelists/themes";
import { matchThemes } from "./matchThemes";

const S000 = "000_34833a3694ee8a96.txt";
const S001 = "001_ec564b67ad28c11a.txt";
const S002 = "002_9c9d59d1a9d0f229.txt";
const S003 = "003_c2f82bd70c212939.txt";
const S004 = "004_f3b844502d811123.txt";

describe("matchThemes", () => {
  it(`${S000}:33 names the indices PAR INDEX, SIPAS, PAPI, PCI, DDCI, DTI, not bare "chỉ số" nor the themes inside their names`, () => {
    expect(matchThemes(readSeedLines(S000, 33))).toEqual([
      "indices.par-index",
      "indices.sipas",
      "indices.papi",
      "indices.pci",
      "indices.ddci",
      "indices.dti",
      "results",
      "satisfaction",
      "procedures",
    ]);
  });

  it(`${S000}:41 one-stop shop, e-government (databases, electronic environment), online services and payment`, () => {
    expect(matchThemes(readSeedLines(S000, 41))).toEqual([
      "online-services.payment",
      "one-stop-shop",
      "digital-government",
      "online-services",
    ]);
  });

  it(`${S001}:49 procedures: on time, online payment, digitised data`, () => {
    expect(matchThemes(readSeedLines(S001, 49))).toEqual([
      "procedures.timeliness",
      "online-services.payment",
      "procedures.digitisation",
      "procedures",
      "models-initiatives",
      "online-services",
    ]);
  });

  it(`${S002}:49 the six reform areas of Nghị quyết 76/NQ-CP`, () => {
    expect(matchThemes(readSeedLines(S002, 49))).toEqual([
      "apparatus.unit-rearrangement",
      "results",
      "institutions",
      "procedures",
      "apparatus",
      "civil-service",
      "public-finance",
      "digital-government",
    ]);
  });

  it(`${S003}:232-233 ISO 9001 quality management`, () => {
    expect(matchThemes(readSeedLines(S003, 232, 233))).toEqual(["iso-9001"]);
  });

  it(`${S002}:123 the investment climate`, () => {
    expect(matchThemes(readSeedLines(S002, 123))).toEqual(["investment-climate"]);
  });

  it(`${S002}:57 the investment climate and PCI, where "năng lực cạnh tranh" is part of PCI's name`, () => {
    expect(matchThemes(readSeedLines(S002, 57))).toEqual(["indices.pci", "importance", "investment-climate"]);
  });

  it(`${S004}:92 grassroots democracy`, () => {
    expect(matchThemes(readSeedLines(S004, 92))).toEqual(["grassroots-democracy"]);
  });

  it(`${S000}:15 "văn bản chỉ đạo" (directives) is policy, not "ban chỉ đạo" (steering committee); officials are an audience, not a theme`, () => {
    expect(matchThemes(readSeedLines(S000, 15))).toEqual(["policy"]);
  });

  it(`${S004}:84 the former name "hiện đại hóa nền hành chính" is e-government, beside working methods and IT`, () => {
    expect(matchThemes(readSeedLines(S004, 84))).toEqual([
      "digital-government.modernisation",
      "digital-government.it-application",
      "digital-government",
    ]);
  });

  it("drops a parent matched only inside its child's words, keeps it when it has words of its own", () => {
    expect(matchThemes("thanh toán trực tuyến")).toEqual(["online-services.payment"]);
    expect(matchThemes("dịch vụ công trực tuyến, thanh toán trực tuyến")).toEqual([
      "online-services.payment",
      "online-services",
    ]);
  });

  it(`${S002}:49 gives the same themes in NFD, in upper case and with old-style tone marks`, () => {
    const line = readSeedLines(S002, 49);
    const expected = matchThemes(line);
    expect(matchThemes(line.normalize("NFD"))).toEqual(expected);
    expect(matchThemes(line.toUpperCase())).toEqual(expected);
    expect(matchThemes(line.replace(/hóa/g, "hoá").replace(/ủy/g, "uỷ"))).toEqual(expected);
  });

  it("returns distinct codes of the themes codelist and never throws", () => {
    const codes = new Set(themes.entries.map((e) => e.code));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const found = matchThemes(text);
        expect(new Set(found).size).toBe(found.length);
        for (const code of found) expect(codes.has(code)).toBe(true);
      }),
      { seed: 20240302 },
    );
  });
});
