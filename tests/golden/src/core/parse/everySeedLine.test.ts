import {
  type ParseFailureCode,
  type ParseResult,
  parseFailureMessages,
  parseFrequency,
  parseLegalReferences,
  parseReportingCadence,
  parseTimeframe,
  parseUnitName,
  parseVietnameseDate,
} from "@parcomms/core";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

// Core's parser tests run these checks on the seed lines they quote; here they run on every line.
const seedFileLines = (file: string) => seedText(file).split(/\r?\n/);

const PARSERS: Readonly<Record<string, (text: string) => ParseResult<unknown>>> = {
  date: parseVietnameseDate,
  timeframe: (text) => parseTimeframe(text),
  "timeframe with a year": (text) => parseTimeframe(text, { year: 2024 }),
  frequency: parseFrequency,
  "reporting-cadence": parseReportingCadence,
  "legal-reference": (text) => parseLegalReferences(text),
  "unit-name": (text) => parseUnitName(text),
};
const codeOf = (result: ParseResult<unknown>) => (result.ok ? undefined : result.error.code);

describe("the parsers on every line of the five seeds", () => {
  it("parseFailureMessages covers every code a parser returns on every seed line and pair of lines", () => {
    const returned = new Set<string>();
    for (const file of SEED_FILES) {
      const lines = seedFileLines(file);
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
    for (const code of returned) expect(parseFailureMessages).toHaveProperty([code]);
    expect(parseFailureMessages[[...returned][0] as ParseFailureCode].vi).not.toBe("");
    expect(returned.size).toBeGreaterThan(6);
  }, 30_000);

  it("parseLegalReferences reads the same references whether or not text stands before a line", () => {
    for (const file of SEED_FILES) {
      for (const line of seedFileLines(file)) {
        for (const unnumbered of [false, true]) {
          const early = parseLegalReferences(line, { unnumbered });
          const full = parseLegalReferences(`*${line}`, { unnumbered });
          expect(early.ok ? early.value : early.error.code).toEqual(full.ok ? full.value : full.error.code);
        }
      }
    }
  });
});
