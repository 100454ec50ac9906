import { describe, expect, it } from "vitest";
import { AdministrativeLevel } from "../model/AdministrativeLevel";
import { Era } from "../model/Era";
import { unitKinds } from "./unitKinds";
import { vocabulary } from "./vocabulary";

describe("vocabulary", () => {
  it("names every level and every era of the model, in both forms and both languages", () => {
    expect(Object.keys(vocabulary.levels)).toEqual(AdministrativeLevel.options);
    expect(Object.keys(vocabulary.eras)).toEqual(Era.options);
    for (const term of [...Object.values(vocabulary.levels), ...Object.values(vocabulary.eras)]) {
      for (const form of [term.short, term.long]) {
        expect(form.vi.trim()).not.toBe("");
        expect(form.en.trim()).not.toBe("");
      }
    }
  });

  it("calls a level by the unit-kind word of its first kind (tỉnh, huyện, xã)", () => {
    for (const level of ["province", "district", "commune"] as const) {
      const kind = unitKinds.entries.find((k) => k.level === level);
      expect(vocabulary.levels[level].short.vi.toLowerCase()).toBe(kind?.label.vi);
      expect(vocabulary.levels[level].long.vi.toLowerCase()).toBe(`cấp ${kind?.label.vi}`);
    }
  });

  it("dates the eras at the start of the two-tier era, 1 July 2025", () => {
    expect(vocabulary.eras["three-tier"].long).toEqual({
      vi: "Chính quyền ba cấp (đến 30/6/2025)",
      en: "Three tiers (until 30 June 2025)",
    });
    expect(vocabulary.eras["two-tier"].long).toEqual({
      vi: "Chính quyền hai cấp (từ 01/7/2025)",
      en: "Two tiers (from 1 July 2025)",
    });
  });

  it("gives nouns in the singular and the plural, Vietnamese unchanged", () => {
    expect(vocabulary.words.channel).toEqual({
      one: { vi: "Hình thức", en: "Channel" },
      many: { vi: "Hình thức", en: "Channels" },
    });
    for (const word of Object.values(vocabulary.words)) expect(word.many.vi).toBe(word.one.vi);
  });
});
