import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedPhrase } from "../_testing/seedLines";
import { VIETNAMESE_FRAGMENTS } from "../_testing/vietnameseFragments";
import { AdministrativeLevel } from "../model/AdministrativeLevel";
import { UnitKind } from "../model/UnitKind";
import { moveToneMarks, wrapLine } from "./_lib/spellingVariants";
import { parseFailureMessages } from "./parseMessages";
import { type ParsedUnitName, parseUnitName } from "./parseUnitName";

const unit = (
  kind: ParsedUnitName["kind"],
  level: ParsedUnitName["level"],
  name: string,
  parents: ParsedUnitName["parents"] = [],
): ParsedUnitName => ({ kind, level, name, parents });

describe("parseUnitName on the units named in the seeds", () => {
  it.each([
    ["000", 5, "xã Sơn Mầu", unit("xa", "commune", "Sơn Mầu")],
    ["000", 7, "UBND huyện Sơn Tây", unit("huyen", "district", "Sơn Tây")],
    ["000", 9, "Ủy ban nhân dân xã Sơn Mầu", unit("xa", "commune", "Sơn Mầu")],
    ["000", 31, "tỉnh Quảng Ngãi", unit("tinh", "province", "Quảng Ngãi")],
    ["001", 5, "TP. Bắc Giang", unit("thanh-pho", "district", "Bắc Giang")],
    ["001", 9, "thành phố Bắc Giang", unit("thanh-pho", "district", "Bắc Giang")],
    ["002", 5, "tỉnh Tây Ninh**", unit("tinh", "province", "Tây Ninh")],
    ["003", 6, "Ủy ban nhân dân xã Gia Tân", unit("xa", "commune", "Gia Tân")],
    ["003", 289, "Ủy ban nhân dân xã Gia Tân)", unit("xa", "commune", "Gia Tân")],
    ["004", 10, "UBND phường Trúc Lâm", unit("phuong", "commune", "Trúc Lâm")],
    ["004", 10, "tỉnh Thanh Hóa", unit("tinh", "province", "Thanh Hóa")],
    ["004", 156, "phường Trúc Lâm.", unit("phuong", "commune", "Trúc Lâm")],
  ] as const)("%s:%i %j", (file, line, phrase, expected) => {
    expect(parseUnitName(seedPhrase(file, line, phrase))).toEqual({ ok: true, value: expected });
  });

  it("003:4-5 'UBND huyện \\nGia Lộc' wrapped over two lines", () => {
    const input = seedPhrase("003", 4, "UBND huyện \nGia Lộc", 5);
    expect(parseUnitName(input)).toEqual({ ok: true, value: unit("huyen", "district", "Gia Lộc") });
  });
});

describe("parseUnitName on other forms", () => {
  it.each([
    [
      "xã Gia Tân, huyện Gia Lộc, tỉnh Hải Dương",
      unit("xa", "commune", "Gia Tân", [
        { kind: "huyen", name: "Gia Lộc" },
        { kind: "tinh", name: "Hải Dương" },
      ]),
    ],
    [
      "UBND xã Sơn Mầu huyện Sơn Tây tỉnh Quảng Ngãi",
      unit("xa", "commune", "Sơn Mầu", [
        { kind: "huyen", name: "Sơn Tây" },
        { kind: "tinh", name: "Quảng Ngãi" },
      ]),
    ],
    ["thị xã Trảng Bàng", unit("thi-xa", "district", "Trảng Bàng")],
    ["thị trấn Gia Lộc", unit("thi-tran", "commune", "Gia Lộc")],
    ["quận Hoàn Kiếm", unit("quan", "district", "Hoàn Kiếm")],
    ["đặc khu Phú Quốc", unit("dac-khu", "commune", "Phú Quốc")],
    ["TP Bắc Giang", unit("thanh-pho", "district", "Bắc Giang")],
    ["thành phố thuộc tỉnh Bắc Giang", unit("thanh-pho", "district", "Bắc Giang")],
    ["thành phố Hà Nội", unit("thanh-pho-tw", "province", "Hà Nội")],
    ["TP. Hồ Chí Minh", unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    ["thành phố Đà Nẵng", unit("thanh-pho-tw", "province", "Đà Nẵng")],
    ["thành phố Huế", unit("thanh-pho-tw", "province", "Huế")],
    ["xã Quan Sơn", unit("xa", "commune", "Quan Sơn")],
    ["phường 12, quận 10", unit("phuong", "commune", "12", [{ kind: "quan", name: "10" }])],
  ] as const)("%j", (input, expected) => {
    expect(parseUnitName(input)).toEqual({ ok: true, value: expected });
  });

  it("Huế before 2025 was a provincial city", () => {
    expect(parseUnitName("thành phố Huế", { year: 2024 })).toEqual({
      ok: true,
      value: unit("thanh-pho", "district", "Huế"),
    });
  });
});

describe("parseUnitName on names in capitals, with dashes, and short forms (issue 12)", () => {
  // The issuing body's second line in the standard header (NĐ 30/2020, Phụ lục I) is in capitals.
  it.each([
    ["TỈNH BÀ RỊA - VŨNG TÀU", unit("tinh", "province", "BÀ RỊA - VŨNG TÀU")],
    ["UBND TỈNH BÀ RỊA - VŨNG TÀU", unit("tinh", "province", "BÀ RỊA - VŨNG TÀU")],
    ["tỉnh Bà Rịa – Vũng Tàu", unit("tinh", "province", "Bà Rịa - Vũng Tàu")],
    ["THÀNH PHỐ PHAN RANG - THÁP CHÀM", unit("thanh-pho", "district", "PHAN RANG - THÁP CHÀM")],
    ["TỈNH THỪA THIÊN HUẾ", unit("tinh", "province", "THỪA THIÊN HUẾ")],
    ["ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ", unit("tinh", "province", "THỪA THIÊN HUẾ")],
    ["THÀNH PHỐ HỒ CHÍ MINH", unit("thanh-pho-tw", "province", "HỒ CHÍ MINH")],
    ["HUYỆN SƠN TÂY", unit("huyen", "district", "SƠN TÂY")],
    ["THỊ XÃ TRẢNG BÀNG", unit("thi-xa", "district", "TRẢNG BÀNG")],
    [
      "UBND XÃ SƠN MẦU HUYỆN SƠN TÂY TỈNH QUẢNG NGÃI",
      unit("xa", "commune", "SƠN MẦU", [
        { kind: "huyen", name: "SƠN TÂY" },
        { kind: "tinh", name: "QUẢNG NGÃI" },
      ]),
    ],
    [
      "xã Long Hải - huyện Long Điền",
      unit("xa", "commune", "Long Hải", [{ kind: "huyen", name: "Long Điền" }]),
    ],
    ["TPHCM", unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    ["TP.HCM", unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    ["TP HCM", unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    ["Tp. HCM", unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    ["UBND TP.HCM", unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    [
      "phường Bến Nghé, Quận 1, TP.HCM",
      unit("phuong", "commune", "Bến Nghé", [
        { kind: "quan", name: "1" },
        { kind: "thanh-pho-tw", name: "Hồ Chí Minh" },
      ]),
    ],
    ["HN", unit("thanh-pho-tw", "province", "Hà Nội")],
    ["quận Ba Đình, HN", unit("quan", "district", "Ba Đình", [{ kind: "thanh-pho-tw", name: "Hà Nội" }])],
    ["TP. Hà Nội", unit("thanh-pho-tw", "province", "Hà Nội")],
    ["Tp. Đà Nẵng", unit("thanh-pho-tw", "province", "Đà Nẵng")],
    ["TP Cần Thơ", unit("thanh-pho-tw", "province", "Cần Thơ")],
  ] as const)("%j", (input, expected) => {
    expect(parseUnitName(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    // Before 1 July 2025 (three tiers) and after (two tiers): the kind of a city follows the year.
    ["THÀNH PHỐ HUẾ", 2024, unit("thanh-pho", "district", "HUẾ")],
    ["THÀNH PHỐ HUẾ", 2025, unit("thanh-pho-tw", "province", "HUẾ")],
    ["TP HCM", 2019, unit("thanh-pho-tw", "province", "Hồ Chí Minh")],
    [
      "phường Sài Gòn, TPHCM",
      2025,
      unit("phuong", "commune", "Sài Gòn", [{ kind: "thanh-pho-tw", name: "Hồ Chí Minh" }]),
    ],
    [
      "XÃ GIA TÂN HUYỆN GIA LỘC",
      2024,
      unit("xa", "commune", "GIA TÂN", [{ kind: "huyen", name: "GIA LỘC" }]),
    ],
  ] as const)("%j in %i", (input, year, expected) => {
    expect(parseUnitName(input, { year })).toEqual({ ok: true, value: expected });
  });

  it.each([
    // A name without its kind word is not guessed at, even a province's.
    ["THỪA THIÊN HUẾ", "unit-name.no-kind-word", 0],
    ["HN Mới", "unit-name.no-kind-word", 2],
    ["HCMC", "unit-name.no-kind-word", 0],
    ["tỉnh Bà Rịa - ", "unit-name.no-name", 12],
  ] as const)("%j fails with %s at %i", (input, code, position) => {
    expect(parseUnitName(input)).toEqual({
      ok: false,
      error: expect.objectContaining({ code, position, input }),
    });
  });

  it("a capitalised kind word inside a name in lower case does not split it", () => {
    expect(parseUnitName("xã Sơn Mầu HUYỆN Sơn Tây")).toEqual({
      ok: true,
      value: unit("xa", "commune", "Sơn Mầu HUYỆN Sơn Tây"),
    });
  });
});

describe("parseUnitName with spelling variants", () => {
  it("004:10 'tỉnh Thanh Hóa' in NFD gives the name in NFC", () => {
    const input = seedPhrase("004", 10, "tỉnh Thanh Hóa").normalize("NFD");
    expect(parseUnitName(input)).toEqual({ ok: true, value: unit("tinh", "province", "Thanh Hóa") });
  });

  it("004:10 'tỉnh Thanh Hoá' keeps the tone mark where the text puts it", () => {
    const input = moveToneMarks(seedPhrase("004", 10, "tỉnh Thanh Hóa"));
    expect(parseUnitName(input)).toEqual({ ok: true, value: unit("tinh", "province", "Thanh Hoá") });
  });

  it("003:6 'Ủy ban nhân dân xã Gia Tân' wrapped, with a trailing full stop", () => {
    const input = `${wrapLine(seedPhrase("003", 6, "Ủy ban nhân dân xã Gia Tân"))}.`;
    expect(input).toContain("\n");
    expect(parseUnitName(input)).toEqual({ ok: true, value: unit("xa", "commune", "Gia Tân") });
  });

  it("001:5 'TP. Bắc Giang' in NFD, wrapped", () => {
    const input = wrapLine(seedPhrase("001", 5, "TP. Bắc Giang").normalize("NFD"));
    expect(parseUnitName(input)).toEqual({ ok: true, value: unit("thanh-pho", "district", "Bắc Giang") });
  });
});

describe("parseUnitName near-misses", () => {
  it.each([
    ["Sơn Mầu", "unit-name.no-kind-word", 0],
    ["trên địa bàn xã Sơn Mầu", "unit-name.no-kind-word", 0],
    ["xã Gia Tân, Gia Lộc", "unit-name.no-kind-word", 12],
    ["xã", "unit-name.no-name", 2],
    ["xã Gia Tân, huyện", "unit-name.no-name", 17],
    ["  .", "unit-name.empty", 0],
  ] as const)("%j fails with %s at %i", (input, code, position) => {
    expect(parseUnitName(input)).toEqual({
      ok: false,
      error: expect.objectContaining({ code, message: parseFailureMessages[code].en, position, input }),
    });
  });
});

describe("parseUnitName properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.array(fc.constantFrom(...VIETNAMESE_FRAGMENTS), { maxLength: 6 }).map((parts) => parts.join(" ")),
  );

  it("returns a result, never throws, on any text; successes have a kind, its level and non-empty names", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseUnitName(input);
        if (!result.ok) return result.error.code in parseFailureMessages;
        const names = [result.value, ...result.value.parents].map((u) => u.name);
        return (
          UnitKind.safeParse(result.value.kind).success &&
          AdministrativeLevel.safeParse(result.value.level).success &&
          names.every((name) => name.length > 0 && name.trim() === name && name.normalize("NFC") === name)
        );
      }),
      { seed: 41, numRuns: 500 },
    );
  });
});
