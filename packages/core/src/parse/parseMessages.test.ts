import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotedSeedLines } from "../_testing/seedLines";
import type { ParseResult } from "./ParseResult";
import { parseFrequency } from "./parseFrequency";
import { parseLegalReferences } from "./parseLegalReferences";
import { type ParseFailureCode, parseFailureMessages } from "./parseMessages";
import { parseReportingCadence } from "./parseReportingCadence";
import { parseTimeframe } from "./parseTimeframe";
import { parseUnitName } from "./parseUnitName";
import { parseVietnameseDate } from "./parseVietnameseDate";

const PARSERS: Readonly<Record<string, (text: string) => ParseResult<unknown>>> = {
  date: parseVietnameseDate,
  timeframe: (text) => parseTimeframe(text),
  "timeframe with a year": (text) => parseTimeframe(text, { year: 2024 }),
  frequency: parseFrequency,
  "reporting-cadence": parseReportingCadence,
  "legal-reference": (text) => parseLegalReferences(text),
  "unit-name": (text) => parseUnitName(text),
};

/** One input per failure code that a parser returns it for: the catalogue's examples. */
const EXAMPLES: Readonly<
  Record<Exclude<ParseFailureCode, `${string}.internal-error`>, () => ParseResult<unknown>>
> = {
  "date.empty": () => parseVietnameseDate(""),
  "date.not-a-date": () => parseVietnameseDate("năm 202."),
  "date.invalid-day": () => parseVietnameseDate("32/01/2024"),
  "date.invalid-month": () => parseVietnameseDate("ngày 05 tháng 13 năm 2024"),
  "date.invalid-year": () => parseVietnameseDate("01/01/1900"),
  "timeframe.empty": () => parseTimeframe("**"),
  "timeframe.unrecognised": () => parseTimeframe("Phòng Nội vụ"),
  "timeframe.is-a-frequency": () => parseTimeframe("Mỗi tuần/1 lần"),
  "timeframe.invalid-quarter": () => parseTimeframe("Quý V/2024"),
  "timeframe.invalid-month": () => parseTimeframe("tháng 13/2024"),
  "timeframe.invalid-date": () => parseTimeframe("Chậm nhất ngày 31/02/2024"),
  "timeframe.invalid-year": () => parseTimeframe("Quý I/1900"),
  "timeframe.invalid-range": () => parseTimeframe("từ ngày 30/4/2024 đến ngày 01/3/2024"),
  "timeframe.missing-year": () => parseTimeframe("Quý I"),
  "frequency.empty": () => parseFrequency(""),
  "frequency.unrecognised": () => parseFrequency("Phòng Nội vụ"),
  "frequency.no-count": () => parseFrequency("có ít nhất tin bài mỗi quý"),
  "frequency.no-period": () => parseFrequency("01 lần"),
  "frequency.invalid-count": () => parseFrequency("0 lần/tháng"),
  "frequency.invalid-interval": () => parseFrequency("0 tuần 1 lần"),
  "frequency.is-a-timeframe": () => parseFrequency("Thường xuyên"),
  "reporting-cadence.empty": () => parseReportingCadence(" "),
  "reporting-cadence.none-found": () => parseReportingCadence("báo cáo UBND tỉnh"),
  "legal-reference.empty": () => parseLegalReferences(""),
  "legal-reference.none-found": () => parseLegalReferences("Kế hoạch tuyên truyền cải cách hành chính"),
  "legal-reference.no-type": () => parseLegalReferences("số 31"),
  "legal-reference.invalid-date": () => parseLegalReferences("Kế hoạch số 31/KH-UBND ngày 31/02/2024"),
  "unit-name.empty": () => parseUnitName(""),
  "unit-name.no-kind-word": () => parseUnitName("Sơn Mầu"),
  "unit-name.no-name": () => parseUnitName("xã"),
};

function codeOf(result: ParseResult<unknown>): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe("parseFailureMessages", () => {
  it("has an English and a Vietnamese sentence for every code, codes in the parser.kebab-case form", () => {
    for (const [code, { en, vi }] of Object.entries(parseFailureMessages)) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
      expect(en).toMatch(/^[A-Z].*\.$/);
      expect(vi).toMatch(/^\p{Lu}.*\.$/u);
      expect(vi).not.toBe(en);
    }
  });

  it("gives every parser an empty and an internal-error code", () => {
    const prefixes = new Set(Object.keys(parseFailureMessages).map((code) => code.split(".")[0]));
    expect([...prefixes].sort()).toEqual(
      ["date", "frequency", "legal-reference", "reporting-cadence", "timeframe", "unit-name"].sort(),
    );
    for (const prefix of prefixes) {
      expect(parseFailureMessages).toHaveProperty([`${prefix}.empty`]);
      expect(parseFailureMessages).toHaveProperty([`${prefix}.internal-error`]);
    }
  });

  it.each(Object.entries(EXAMPLES))(
    "%s is returned by its parser, with the catalogue's message",
    (code, run) => {
      const result = run();
      expect(codeOf(result)).toBe(code);
      if (!result.ok) expect(result.error.message).toBe(parseFailureMessages[code as ParseFailureCode].en);
    },
  );

  it("covers every code any parser returns on every quoted seed line, pair of lines, long repetitive text and non-string input", () => {
    const returned = new Set<string>();
    {
      const lines = quotedSeedLines();
      const pairs = lines.slice(1).map((line, i) => [lines[i] ?? "", line] as const);
      const inputs = [
        ...lines,
        ...pairs.filter(([a, b]) => a.trim() !== "" && b.trim() !== "").map(([a, b]) => `${a}\n${b}`),
      ];
      for (const input of inputs) {
        for (const parse of Object.values(PARSERS)) {
          const code = codeOf(parse(input));
          if (code) returned.add(code);
        }
      }
    }
    // Long, repetitive text of the kind that makes careless patterns backtrack for ever.
    const long = [
      `Kế hoạch số 1/KH-UBND về${" ,".repeat(2000)} x;`,
      `xã A${", xã B".repeat(1000)}`,
      `Quý I${", II".repeat(1000)}`,
      "(".repeat(2000) + ")".repeat(2000),
      `hoàn thành ${"a ".repeat(2000)}trước`,
      "ngày tháng ".repeat(1000),
    ];
    for (const parse of Object.values(PARSERS)) {
      for (const input of long) {
        const code = codeOf(parse(input));
        if (code) returned.add(code);
      }
      for (const input of [undefined, null, 42, {}] as unknown as string[]) {
        const code = codeOf(parse(input));
        if (code) returned.add(code);
      }
    }
    for (const code of returned) expect(parseFailureMessages).toHaveProperty([code]);
    expect(returned.size).toBeGreaterThan(6);
  }, 30_000);

  const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string());

  it("covers every code any parser returns on arbitrary text", () => {
    fc.assert(
      fc.property(anyText, (input) =>
        Object.values(PARSERS).every((parse) => {
          const code = codeOf(parse(input));
          return code === undefined || code in parseFailureMessages;
        }),
      ),
      { seed: 61, numRuns: 300 },
    );
  });
});
