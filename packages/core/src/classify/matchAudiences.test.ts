import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSeedLines } from "../_testing/readSeedLines";
import { audiences } from "../codelists/audiences";
import { matchAudiences } from "./matchAudiences";

const S002 = "002_9c9d59d1a9d0f229.txt";
const S003 = "003_c2f82bd70c212939.txt";
const S004 = "004_f3b844502d811123.txt";

describe("matchAudiences", () => {
  it(`${S002}:35 (Đối tượng) officials, organisations and businesses, the people`, () => {
    expect(matchAudiences(readSeedLines(S002, 35))).toEqual(["officials", "businesses", "citizens"]);
  });

  it(`${S003}:58-60 (Đối tượng) officials and workers, businesses, the people`, () => {
    expect(matchAudiences(readSeedLines(S003, 58, 60))).toEqual(["officials", "businesses", "citizens"]);
  });

  it(`${S004}:16 officials, non-specialised staff and leaders`, () => {
    expect(matchAudiences(readSeedLines(S004, 16))).toEqual(["officials", "leaders"]);
  });

  it(`"cá nhân, tổ chức" names both individuals and organisations`, () => {
    expect(matchAudiences("phản ánh, kiến nghị của cá nhân, tổ chức")).toEqual(["businesses", "citizens"]);
  });

  it(`"nhân dân" in "Ủy ban nhân dân" is not an audience; "tổ chức" as a verb is not one either`, () => {
    expect(matchAudiences("Ủy ban nhân dân xã Gia Tân tổ chức thực hiện")).toEqual([]);
  });

  it(`${S002}:35 gives the same audiences in NFD`, () => {
    const line = readSeedLines(S002, 35);
    expect(matchAudiences(line.normalize("NFD"))).toEqual(matchAudiences(line));
  });

  it("returns distinct codes of the audiences codelist and never throws", () => {
    const codes = new Set(audiences.entries.map((e) => e.code));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const found = matchAudiences(text);
        expect(new Set(found).size).toBe(found.length);
        for (const code of found) expect(codes.has(code)).toBe(true);
      }),
      { seed: 20240303 },
    );
  });
});
