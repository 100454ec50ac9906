import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedLines, seedPhrase } from "../_testing/seedLines";
import { VIETNAMESE_FRAGMENTS } from "../_testing/vietnameseFragments";
import { PartialDate } from "../model/PartialDate";
import { DATE_FORMS } from "./_lib/matchDate";
import { comparable, moveToneMarks, wrapLine } from "./_lib/spellingVariants";
import { parseFailureMessages } from "./parseMessages";
import { type ParsedDate, parseVietnameseDate } from "./parseVietnameseDate";

const date = (year: number, month: number | undefined, day: number | undefined, raw: string): ParsedDate => ({
  kind: "date",
  date: {
    year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    raw,
  },
});

const failure = (
  code: keyof typeof parseFailureMessages,
  input: string,
  position: number,
  expected: string[],
) => ({
  ok: false,
  error: { code, message: parseFailureMessages[code].en, position, expected, input },
});

describe("parseVietnameseDate on the seeds", () => {
  it.each([
    ["000", 7, "21/02/2024", date(2024, 2, 21, "21/02/2024")],
    ["000", 31, "15/7/2021", date(2021, 7, 15, "15/7/2021")],
    ["000", 31, "02/9/2021", date(2021, 9, 2, "02/9/2021")],
    ["000", 31, "6/9/2023", date(2023, 9, 6, "6/9/2023")],
    ["001", 5, "TP. Bắc Giang, ngày tháng 01 năm 2024", date(2024, 1, undefined, "ngày tháng 01 năm 2024")],
    ["001", 151, "ngày /01/2024", date(2024, 1, undefined, "ngày /01/2024")],
    ["002", 87, "Chậm nhất ngày **20/04/2024**", date(2024, 4, 20, "20/04/2024")],
    ["002", 113, "10-10", { kind: "yearly", month: 10, day: 10, raw: "10-10" }],
    ["003", 4, "ngày 26/01/2024", date(2024, 1, 26, "26/01/2024")],
    ["003", 67, "25 tháng 11 năm 2021", date(2021, 11, 25, "25 tháng 11 năm 2021")],
    ["003", 69, "ngày 28 tháng 12 năm 2023", date(2023, 12, 28, "ngày 28 tháng 12 năm 2023")],
    ["003", 289, "ngày 05 tháng 02 năm 2024", date(2024, 2, 5, "ngày 05 tháng 02 năm 2024")],
    ["004", 5, "Trúc Lâm, ngày tháng 8 năm 2025", date(2025, 8, undefined, "ngày tháng 8 năm 2025")],
    ["004", 10, "02/8/2025", date(2025, 8, 2, "02/8/2025")],
    [
      "004",
      148,
      "nhân ngày Chuyển đổi số quốc gia 10-10.",
      { kind: "yearly", month: 10, day: 10, raw: "10-10" },
    ],
  ] as const)("%s:%i %j", (file, line, phrase, expected) => {
    expect(parseVietnameseDate(seedPhrase(file, line, phrase))).toEqual({ ok: true, value: expected });
  });

  it("003:4-7 finds the date in a citation that wraps over lines", () => {
    expect(parseVietnameseDate(seedLines("003", 4, 7))).toEqual({
      ok: true,
      value: date(2024, 1, 26, "26/01/2024"),
    });
  });

  it("003:267 'năm 202.' (a year cut short) is not a date", () => {
    const input = seedPhrase("003", 267, "Kế hoạch tuyên truyền cải cách hành chính xã Gia Tân năm 202.");
    expect(parseVietnameseDate(input)).toEqual(failure("date.not-a-date", input, 0, [...DATE_FORMS]));
  });
});

describe("parseVietnameseDate on other accepted forms", () => {
  it.each([
    ["tháng 8 năm 2025", date(2025, 8, undefined, "tháng 8 năm 2025")],
    ["tháng 3/2024", date(2024, 3, undefined, "tháng 3/2024")],
    ["10/10", { kind: "yearly", month: 10, day: 10, raw: "10/10" }],
    ["29/02/2024", date(2024, 2, 29, "29/02/2024")],
    ["21.02.2024", date(2024, 2, 21, "21.02.2024")],
    ["ngày 05 tháng 02, năm 2024", date(2024, 2, 5, "ngày 05 tháng 02, năm 2024")],
    ["ngày ... tháng ... năm 2024", date(2024, undefined, undefined, "ngày ... tháng ... năm 2024")],
    ["ngày 10 tháng 10", { kind: "yearly", month: 10, day: 10, raw: "ngày 10 tháng 10" }],
  ] as const)("%j", (input, expected) => {
    expect(parseVietnameseDate(input)).toEqual({ ok: true, value: expected });
  });
});

describe("parseVietnameseDate on ISO and numeric dates (issue 12)", () => {
  // Shapes of the place-and-date line, of citations and of web pages' metadata.
  it.each([
    ["2025-08-20", date(2025, 8, 20, "2025-08-20")],
    ["Ngày ban hành: 2025-08-20", date(2025, 8, 20, "2025-08-20")],
    ["ngày 2025-08-20", date(2025, 8, 20, "2025-08-20")],
    ["2025-08-20T09:15:00+07:00", date(2025, 8, 20, "2025-08-20")],
    ["20/8/2025", date(2025, 8, 20, "20/8/2025")],
    ["20/08/2025", date(2025, 8, 20, "20/08/2025")],
    ["20-8-2025", date(2025, 8, 20, "20-8-2025")],
    ["20.8.2025", date(2025, 8, 20, "20.8.2025")],
    ["ngày 20/8/2025", date(2025, 8, 20, "20/8/2025")],
    ["Đà Nẵng, ngày 20-8-2025", date(2025, 8, 20, "20-8-2025")],
    ["Hà Nội, ngày 22 / tháng 01 năm 2024", date(2024, 1, 22, "ngày 22 / tháng 01 năm 2024")],
    ["ngày 22/ tháng 01/ năm 2024", date(2024, 1, 22, "ngày 22/ tháng 01/ năm 2024")],
  ] as const)("%j", (input, expected) => {
    expect(parseVietnameseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["31/02/2025", "date.invalid-day", 0, ["a day that exists in the month"]],
    ["2025-13-01", "date.invalid-month", 5, ["a month from 1 to 12"]],
    ["2025-02-30", "date.invalid-day", 8, ["a day that exists in the month"]],
    ["ngày 2025-00-10", "date.invalid-month", 10, ["a month from 1 to 12"]],
  ] as const)("%j fails with %s at %i, never a wrong date", (input, code, position, expected) => {
    expect(parseVietnameseDate(input)).toEqual(failure(code, input, position, [...expected]));
  });

  it("a range of years is not an ISO date", () => {
    expect(parseVietnameseDate("2021-2025")).toEqual(
      failure("date.not-a-date", "2021-2025", 0, [...DATE_FORMS]),
    );
  });
});

describe("parseVietnameseDate with spelling variants", () => {
  const phrase = seedPhrase("003", 289, "ngày 05 tháng 02 năm 2024");
  const expected = date(2024, 2, 5, "ngày 05 tháng 02 năm 2024");

  it("003:289 in NFD keeps the NFD spelling in raw", () => {
    const input = phrase.normalize("NFD");
    expect(parseVietnameseDate(input)).toEqual({ ok: true, value: date(2024, 2, 5, input) });
  });

  it("003:289 with a line break inside and a trailing full stop", () => {
    expect(parseVietnameseDate(`${wrapLine(phrase)}.`)).toEqual({ ok: true, value: expected });
  });

  it("004:10 with the tone mark moved in the text around the date", () => {
    const input = moveToneMarks(seedPhrase("004", 10, "ngày 24/9/2021 của UBND tỉnh Thanh Hóa"));
    expect(input).toContain("Thanh Hoá");
    expect(parseVietnameseDate(input)).toEqual({ ok: true, value: date(2021, 9, 24, "24/9/2021") });
  });

  it("keeps the meaning of every seed date in NFD and wrapped", () => {
    for (const input of ["ngày tháng 01 năm 2024", "25 tháng 11 năm 2021", "ngày /01/2024", "10-10"]) {
      const nfc = parseVietnameseDate(input);
      expect(comparable(parseVietnameseDate(input.normalize("NFD")))).toEqual(comparable(nfc));
      expect(comparable(parseVietnameseDate(`${wrapLine(input)}.`))).toEqual(comparable(nfc));
    }
  });
});

describe("parseVietnameseDate near-misses", () => {
  it.each([
    ["32/01/2024", "date.invalid-day", 0, ["a day that exists in the month"]],
    ["31/02/2024", "date.invalid-day", 0, ["a day that exists in the month"]],
    ["29/02/2023", "date.invalid-day", 0, ["a day that exists in the month"]],
    ["00/01/2024", "date.invalid-day", 0, ["a day that exists in the month"]],
    ["15/13/2024", "date.invalid-month", 3, ["a month from 1 to 12"]],
    ["ngày 05 tháng 13 năm 2024", "date.invalid-month", 14, ["a month from 1 to 12"]],
    ["31-04", "date.invalid-day", 0, ["a day that exists in the month"]],
    ["01/01/1900", "date.invalid-year", 6, ["a year from 1945 to 2100"]],
    ["Quý I/2024", "date.not-a-date", 0, [...DATE_FORMS]],
    ["2021 - 2030", "date.not-a-date", 0, [...DATE_FORMS]],
    ["", "date.empty", 0, [...DATE_FORMS]],
    [" ** \n ", "date.empty", 0, [...DATE_FORMS]],
  ] as const)("%j fails with %s at %i", (input, code, position, expected) => {
    expect(parseVietnameseDate(input)).toEqual(failure(code, input, position, [...expected]));
  });

  it("a value that is not a string fails as empty", () => {
    expect(parseVietnameseDate(42 as unknown as string)).toEqual(failure("date.empty", "", 0, []));
  });
});

describe("parseVietnameseDate properties", () => {
  const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());

  it("returns a result, never throws, on any text; successes are valid, failures point into the input", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseVietnameseDate(input);
        if (result.ok) {
          if (result.value.kind === "date")
            expect(PartialDate.safeParse(result.value.date).success).toBe(true);
        } else {
          expect(Object.keys(parseFailureMessages)).toContain(result.error.code);
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(input.length);
        }
      }),
      { seed: 20240221, numRuns: 400 },
    );
  });

  it("the raw date of a success stands in the input, built from Vietnamese fragments", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VIETNAMESE_FRAGMENTS), { maxLength: 8 }), (parts) => {
        const input = parts.join(" ");
        const result = parseVietnameseDate(input);
        if (result.ok) {
          const raw = result.value.kind === "date" ? result.value.date.raw : result.value.raw;
          expect(input).toContain(raw);
        }
      }),
      { seed: 7, numRuns: 400 },
    );
  });
});
