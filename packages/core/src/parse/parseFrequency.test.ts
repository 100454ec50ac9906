import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedLines, seedPhrase } from "../_testing/seedLines";
import { VIETNAMESE_FRAGMENTS } from "../_testing/vietnameseFragments";
import { Frequency, Quota } from "../model/Frequency";
import { comparable, raws, wrapLine } from "./_lib/spellingVariants";
import { parseFrequency } from "./parseFrequency";
import { parseFailureMessages } from "./parseMessages";

const quarterlyArticle = (raw: string): Quota => ({
  kind: "quota",
  comparator: "atLeast",
  count: 1,
  output: "article",
  per: "quarter",
  raw,
});

describe("parseFrequency on every frequency and quota in the seeds", () => {
  it("001:156 'Mỗi tuần/1 lần' is once a week", () => {
    expect(parseFrequency(seedPhrase("001", 156, "Mỗi tuần/1 lần"))).toEqual({
      ok: true,
      value: {
        kind: "frequency",
        count: 1,
        per: "week",
        interval: 1,
        output: "occurrence",
        raw: "Mỗi tuần/1 lần",
      },
    });
  });

  it("003:374 'Mỗi tháng 01 kỳ' is one issue a month", () => {
    expect(parseFrequency(seedLines("003", 374))).toEqual({
      ok: true,
      value: {
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "issue",
        raw: "Mỗi tháng 01 kỳ",
      },
    });
  });

  it("002:131 'đảm bảo 01 lần/1 tháng' is once a month", () => {
    expect(parseFrequency(seedPhrase("002", 131, "đảm bảo 01 lần/1 tháng"))).toEqual({
      ok: true,
      value: {
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "occurrence",
        raw: "01 lần/1 tháng",
      },
    });
  });

  it("002:131 the whole line: the broadcast column 'đảm bảo 01 lần/1 tháng'", () => {
    expect(parseFrequency(seedLines("002", 131))).toEqual({
      ok: true,
      value: {
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "occurrence",
        raw: "01 lần/1 tháng",
      },
    });
  });

  it("002:89 'tối thiểu 12 tin/bài trong năm' is a quota of at least 12 articles a year", () => {
    expect(parseFrequency(seedLines("002", 89))).toEqual({
      ok: true,
      value: {
        kind: "quota",
        comparator: "atLeast",
        count: 12,
        output: "article",
        per: "year",
        raw: "tối thiểu 12 tin/bài trong năm",
      },
    });
  });

  it("002:91 'Hàng quý, các Sở … có ít nhất 01 tin/bài' is at least one article a quarter", () => {
    expect(parseFrequency(seedLines("002", 91))).toEqual({
      ok: true,
      value: quarterlyArticle(
        "Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài",
      ),
    });
  });

  it("002:123 'Hàng quý, có ít nhất 01 tin/bài về hoạt động hỗ trợ …' is at least one article a quarter", () => {
    expect(parseFrequency(seedLines("002", 123))).toEqual({
      ok: true,
      value: quarterlyArticle("Hàng quý, có ít nhất 01 tin/bài"),
    });
  });

  it("002:127 'Hàng quý, có ít nhất 01 tin/bài về nội dung … đất đai' is at least one article a quarter", () => {
    expect(parseFrequency(seedLines("002", 127))).toEqual({
      ok: true,
      value: quarterlyArticle("Hàng quý, có ít nhất 01 tin/bài"),
    });
  });
});

describe("parseFrequency on other forms", () => {
  const frequency = (
    count: number,
    per: Frequency["per"],
    interval: number,
    raw: string,
    output?: Frequency["output"],
  ) => ({
    kind: "frequency",
    count,
    per,
    interval,
    ...(output && { output }),
    raw,
  });

  it.each([
    ["hàng tuần", frequency(1, "week", 1, "hàng tuần")],
    ["hằng tháng", frequency(1, "month", 1, "hằng tháng")],
    ["định kỳ hàng quý", frequency(1, "quarter", 1, "định kỳ hàng quý")],
    ["2 lần/tuần", frequency(2, "week", 1, "2 lần/tuần", "occurrence")],
    ["mỗi quý 01 lần", frequency(1, "quarter", 1, "mỗi quý 01 lần", "occurrence")],
    ["2 tuần/1 lần", frequency(1, "week", 2, "2 tuần/1 lần", "occurrence")],
    ["6 tháng/lần", frequency(1, "half-year", 1, "6 tháng/lần", "occurrence")],
    ["một lần/tháng", frequency(1, "month", 1, "một lần/tháng", "occurrence")],
    ["02 tin/bài mỗi tháng", frequency(2, "month", 1, "02 tin/bài mỗi tháng", "article")],
    [
      "tối đa 04 video/năm",
      {
        kind: "quota",
        comparator: "atMost",
        count: 4,
        output: "video",
        per: "year",
        raw: "tối đa 04 video/năm",
      },
    ],
  ] as const)("%j", (input, expected) => {
    expect(parseFrequency(input)).toEqual({ ok: true, value: expected });
  });
});

describe("parseFrequency with spelling variants", () => {
  it.each([
    ["001", 156, "Mỗi tuần/1 lần"],
    ["003", 374, "Mỗi tháng 01 kỳ"],
    ["002", 123, "Hàng quý, có ít nhất 01 tin/bài"],
    ["002", 89, "tối thiểu 12 tin/bài trong năm"],
  ] as const)(
    "%s:%i %j means the same in NFD, wrapped, and with a trailing full stop",
    (file, line, phrase) => {
      const input = seedPhrase(file, line, phrase);
      const expected = parseFrequency(input);
      expect(expected).toEqual({ ok: true, value: expect.objectContaining({ raw: input }) });
      for (const variant of [input.normalize("NFD"), wrapLine(input), `${input}.`]) {
        const result = parseFrequency(variant);
        expect(comparable(result)).toEqual(comparable(expected));
        expect(raws(result).map((r) => r.normalize("NFC"))).toEqual([input]);
      }
    },
  );
});

describe("parseFrequency near-misses", () => {
  it.each([
    ["Thường xuyên", "frequency.is-a-timeframe", 0],
    ["Quý I/2024", "frequency.is-a-timeframe", 0],
    ["01 lần", "frequency.no-period", 6],
    ["có ít nhất tin bài mỗi quý", "frequency.no-count", 11],
    ["lần/tháng", "frequency.no-count", 0],
    ["0 lần/tháng", "frequency.invalid-count", 0],
    ["0 lần/tuần", "frequency.invalid-count", 0],
    ["1000000 lần mỗi ngày", "frequency.invalid-count", 0],
    ["có ít nhất 5000 tin/bài mỗi quý", "frequency.invalid-count", 11],
    ["0 tuần 1 lần", "frequency.invalid-interval", 0],
    ["00 tháng/1 lần", "frequency.invalid-interval", 0],
    ["mỗi 0 tháng 1 lần", "frequency.invalid-interval", 4],
    ["150 tuần/1 lần", "frequency.invalid-interval", 0],
    ["Phòng Văn hóa và Thông tin", "frequency.unrecognised", 0],
    ["", "frequency.empty", 0],
  ] as const)("%j fails with %s at %i", (input, code, position) => {
    expect(parseFrequency(input)).toEqual({
      ok: false,
      error: expect.objectContaining({ code, message: parseFailureMessages[code].en, position, input }),
    });
  });
});

describe("parseFrequency properties", () => {
  const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());
  const valid = (value: Frequency | Quota) =>
    value.kind === "quota" ? Quota.safeParse(value).success : Frequency.safeParse(value).success;

  it("returns a result, never throws, on any text; successes satisfy the schemas", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseFrequency(input);
        if (result.ok) expect(valid(result.value)).toBe(true);
        else expect(Object.keys(parseFailureMessages)).toContain(result.error.code);
      }),
      { seed: 21, numRuns: 400 },
    );
  });

  it("the raw of a success built from Vietnamese fragments stands in the input", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VIETNAMESE_FRAGMENTS), { maxLength: 7 }), (parts) => {
        const input = parts.join(" ");
        const result = parseFrequency(input);
        if (result.ok) {
          expect(valid(result.value)).toBe(true);
          expect(input).toContain(result.value.raw);
        }
      }),
      { seed: 22, numRuns: 600 },
    );
  });
});
