import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedLines, seedPhrase } from "../_testing/seedLines";
import { VIETNAMESE_FRAGMENTS } from "../_testing/vietnameseFragments";
import type { Timeframe as TimeframeType } from "../model/Timeframe";
import { Timeframe } from "../model/Timeframe";
import { comparable, moveToneMarks, raws, wrapLine } from "./_lib/spellingVariants";
import { parseFailureMessages } from "./parseMessages";
import { parseTimeframe } from "./parseTimeframe";

const continuous = (raw: string): TimeframeType => ({ kind: "continuous", raw });
const quarters = (year: number, q: number[], raw: string): TimeframeType => ({
  kind: "quarters",
  year,
  quarters: q,
  raw,
});
const year2024 = (raw: string): TimeframeType => ({ kind: "year", year: 2024, raw });
const trigger = (raw: string): TimeframeType => ({ kind: "trigger", condition: raw, raw });
const digitalDay: TimeframeType = {
  kind: "yearlyDate",
  month: 10,
  day: 10,
  occasion: "ngày Chuyển đổi số quốc gia",
  raw: "nhân ngày Chuyển đổi số quốc gia 10-10",
};

describe("parseTimeframe on every timeframe in the seeds", () => {
  it.each([
    ["000", 79, "Thường xuyên trong năm.", continuous("Thường xuyên trong năm")],
    ["000", 85, "Thường xuyên trong năm.", continuous("Thường xuyên trong năm")],
    ["000", 91, "Quý I/2024.", quarters(2024, [1], "Quý I/2024")],
    ["000", 95, "(khi có hướng dẫn của cấp trên).", trigger("khi có hướng dẫn của cấp trên")],
    ["000", 97, "Trong Quý II, III năm 2024.", quarters(2024, [2, 3], "Trong Quý II, III năm 2024")],
    ["000", 101, "(khi có hướng dẫn của cấp trên).", trigger("khi có hướng dẫn của cấp trên")],
    ["000", 103, "Trong năm 2024.", year2024("Trong năm 2024")],
    ["000", 107, "(Khi có hướng dẫn của cấp trên).", trigger("Khi có hướng dẫn của cấp trên")],
    ["000", 109, "Trong năm 2024.", year2024("Trong năm 2024")],
    ["000", 115, "Thường xuyên trong năm.", continuous("Thường xuyên trong năm")],
    ["000", 121, "Thường xuyên trong năm.", continuous("Thường xuyên trong năm")],
    ["000", 127, "Thường xuyên trong năm.", continuous("Thường xuyên trong năm")],
    ["001", 154, "Thường xuyên", continuous("Thường xuyên")],
    ["001", 155, "Thường xuyên", continuous("Thường xuyên")],
    ["001", 157, "Thường xuyên", continuous("Thường xuyên")],
    ["001", 158, "Thường xuyên", continuous("Thường xuyên")],
    ["001", 161, "Thường xuyên", continuous("Thường xuyên")],
    ["001", 163, "Thường xuyên", continuous("Thường xuyên")],
    ["001", 164, "Quý I/2024", quarters(2024, [1], "Quý I/2024")],
    ["001", 165, "Quý I/2024", quarters(2024, [1], "Quý I/2024")],
    ["003", 348, "Quý I/2024", quarters(2024, [1], "Quý I/2024")],
    ["003", 358, "Trong năm 2024", year2024("Trong năm 2024")],
    ["003", 393, "Trong năm 2024", year2024("Trong năm 2024")],
    ["003", 409, "Quý IV/2024", quarters(2024, [4], "Quý IV/2024")],
    ["003", 430, "Quý IV/2023 ", quarters(2023, [4], "Quý IV/2023")],
    ["002", 113, "nhân ngày Chuyển đổi số quốc gia 10-10;", digitalDay],
    ["004", 120, "nhân ngày Chuyển đổi số quốc gia 10-10.", digitalDay],
    ["004", 148, "nhân ngày Chuyển đổi số quốc gia 10-10.", digitalDay],
  ] as const)("%s:%i %j", (file, line, phrase, expected) => {
    expect(parseTimeframe(seedPhrase(file, line, phrase))).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["003", 310, 311],
    ["003", 334, 335],
  ])("%s:%i-%i 'Thường xuyên … trong năm' wrapped over two lines is continuous", (file, start, end) => {
    const input = seedLines(file, start, end);
    expect(input).toContain("\n");
    expect(parseTimeframe(input)).toEqual({ ok: true, value: continuous("Thường xuyên trong năm") });
  });

  it("002:81 'Trong năm 2024 và hoàn thành … trước tháng 11 năm 2024' is a year and an exclusive deadline", () => {
    expect(parseTimeframe(seedLines("002", 81))).toEqual({
      ok: true,
      value: {
        kind: "compound",
        parts: [
          { kind: "year", year: 2024, raw: "Trong năm 2024" },
          {
            kind: "deadline",
            by: { year: 2024, month: 11, raw: "tháng 11 năm 2024" },
            exclusive: true,
            raw: "hoàn thành các nội dung trước tháng 11 năm 2024",
          },
        ],
        raw: "Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024",
      },
    });
  });

  it("002:87 'Chậm nhất ngày **20/04/2024**' is an inclusive deadline, the label before it skipped", () => {
    const input = seedPhrase(
      "002",
      87,
      "Thời gian hoàn thành xây dựng kế hoạch: Chậm nhất ngày **20/04/2024**",
    );
    expect(parseTimeframe(input)).toEqual({
      ok: true,
      value: {
        kind: "deadline",
        by: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
        exclusive: false,
        raw: "Chậm nhất ngày 20/04/2024",
      },
    });
  });

  it("001:162 'Thường xuyên <i>(thực hiện khi có sự thay đổi về TTHC)</i>' is continuous and a trigger", () => {
    const input = seedPhrase("001", 162, "Thường xuyên <i>(thực hiện khi có sự thay đổi về TTHC)</i>");
    expect(parseTimeframe(input)).toEqual({
      ok: true,
      value: {
        kind: "compound",
        parts: [
          { kind: "continuous", raw: "Thường xuyên" },
          {
            kind: "trigger",
            condition: "thực hiện khi có sự thay đổi về TTHC",
            raw: "thực hiện khi có sự thay đổi về TTHC",
          },
        ],
        raw: "Thường xuyên (thực hiện khi có sự thay đổi về TTHC)",
      },
    });
  });

  it("001:117 'định kỳ và thường xuyên' is continuous, the periodic rate not being stated", () => {
    const input = seedPhrase("001", 117, "định kỳ và thường xuyên");
    expect(parseTimeframe(input)).toEqual({ ok: true, value: continuous("định kỳ và thường xuyên") });
  });

  it("000:79 with its label 'Thời gian thực hiện:' is still continuous", () => {
    const input = seedPhrase("000", 79, "- Thời gian thực hiện: Thường xuyên trong năm.");
    expect(parseTimeframe(input)).toEqual({ ok: true, value: continuous("Thường xuyên trong năm") });
  });

  it.each([
    ["001", 156, "Mỗi tuần/1 lần", 0],
    ["003", 374, "Mỗi tháng 01 kỳ", 0],
  ] as const)("%s:%i %j is a frequency, not a timeframe", (file, line, phrase, position) => {
    const input = seedPhrase(file, line, phrase);
    expect(parseTimeframe(input)).toEqual({
      ok: false,
      error: {
        code: "timeframe.is-a-frequency",
        message: parseFailureMessages["timeframe.is-a-frequency"].en,
        position,
        expected: ["a timeframe, not a frequency"],
        input,
      },
    });
  });
});

describe("parseTimeframe on other forms", () => {
  it.each([
    ["Thường xuyên (trong năm)", continuous("Thường xuyên (trong năm)")],
    [
      "Thường xuyên trong năm 2024",
      { kind: "continuous", period: "2024", raw: "Thường xuyên trong năm 2024" },
    ],
    [
      "trước tháng 11 năm 2024",
      {
        kind: "deadline",
        by: { year: 2024, month: 11, raw: "tháng 11 năm 2024" },
        exclusive: true,
        raw: "trước tháng 11 năm 2024",
      },
    ],
    ["tháng 3/2024", { kind: "months", year: 2024, months: [3], raw: "tháng 3/2024" }],
    ["tháng 3, 4 năm 2024", { kind: "months", year: 2024, months: [3, 4], raw: "tháng 3, 4 năm 2024" }],
    [
      "từ tháng 3 đến tháng 5 năm 2024",
      { kind: "months", year: 2024, months: [3, 4, 5], raw: "từ tháng 3 đến tháng 5 năm 2024" },
    ],
    ["6 tháng đầu năm 2024", { kind: "halves", year: 2024, halves: [1], raw: "6 tháng đầu năm 2024" }],
    ["Quý I - IV/2024", quarters(2024, [1, 2, 3, 4], "Quý I - IV/2024")],
    ["Quý 2 năm 2024", quarters(2024, [2], "Quý 2 năm 2024")],
    [
      "từ ngày 01/3/2024 đến ngày 30/4/2024",
      {
        kind: "dateRange",
        start: { year: 2024, month: 3, day: 1, raw: "01/3/2024" },
        end: { year: 2024, month: 4, day: 30, raw: "30/4/2024" },
        raw: "từ ngày 01/3/2024 đến ngày 30/4/2024",
      },
    ],
    [
      "từ ngày 01/3 đến ngày 30/4/2024",
      {
        kind: "dateRange",
        start: { year: 2024, month: 3, day: 1, raw: "01/3" },
        end: { year: 2024, month: 4, day: 30, raw: "30/4/2024" },
        raw: "từ ngày 01/3 đến ngày 30/4/2024",
      },
    ],
    ["ngày 10/10 hằng năm", { kind: "yearlyDate", month: 10, day: 10, raw: "ngày 10/10 hằng năm" }],
  ] as const)("%j", (input, expected) => {
    expect(parseTimeframe(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["Quý I", quarters(2024, [1], "Quý I")],
    ["6 tháng cuối năm", { kind: "halves", year: 2024, halves: [2], raw: "6 tháng cuối năm" }],
    ["Trong năm", { kind: "year", year: 2024, raw: "Trong năm" }],
    [
      "trước ngày 15/3",
      {
        kind: "deadline",
        by: { year: 2024, month: 3, day: 15, raw: "15/3" },
        exclusive: true,
        raw: "trước ngày 15/3",
      },
    ],
  ] as const)("%j takes its year from options.year", (input, expected) => {
    expect(parseTimeframe(input, { year: 2024 })).toEqual({ ok: true, value: expected });
  });
});

describe("parseTimeframe with spelling variants", () => {
  const cases = [
    ["000", 97, "Trong Quý II, III năm 2024."],
    ["002", 81, "Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024."],
    ["002", 113, "nhân ngày Chuyển đổi số quốc gia 10-10"],
    ["000", 107, "(Khi có hướng dẫn của cấp trên)"],
    ["001", 162, "Thường xuyên <i>(thực hiện khi có sự thay đổi về TTHC)</i>"],
  ] as const;

  it.each(cases)(
    "%s:%i %j means the same in NFD, wrapped, and with a trailing full stop",
    (file, line, phrase) => {
      const input = seedPhrase(file, line, phrase);
      const expected = parseTimeframe(input);
      expect(expected.ok).toBe(true);
      for (const variant of [input.normalize("NFD"), wrapLine(input), `${input}.`]) {
        const result = parseTimeframe(variant);
        expect(comparable(result)).toEqual(comparable(expected));
        expect(raws(result).map((r) => r.normalize("NFC"))).toEqual(raws(expected));
      }
    },
  );

  it("000:91 'Qúy I/2024' with the tone mark on u is still the first quarter", () => {
    const input = moveToneMarks(seedPhrase("000", 91, "Quý I/2024"));
    expect(input).toBe("Qúy I/2024");
    expect(parseTimeframe(input)).toEqual({ ok: true, value: quarters(2024, [1], "Qúy I/2024") });
  });
});

describe("parseTimeframe near-misses", () => {
  const failure = (code: keyof typeof parseFailureMessages, input: string, position: number) => ({
    ok: false,
    error: expect.objectContaining({ code, message: parseFailureMessages[code].en, position, input }),
  });

  it.each([
    ["Quý V/2024", "timeframe.invalid-quarter", 4],
    ["Trong Quý II, V năm 2024", "timeframe.invalid-quarter", 14],
    ["Quý I", "timeframe.missing-year", 0],
    ["6 tháng cuối năm", "timeframe.missing-year", 0],
    ["tháng 13/2024", "timeframe.invalid-month", 6],
    ["Chậm nhất ngày 31/02/2024", "timeframe.invalid-date", 15],
    ["Quý I/1900", "timeframe.invalid-year", 6],
    ["từ ngày 30/4/2024 đến ngày 01/3/2024", "timeframe.invalid-range", 27],
    ["Mỗi tuần/1 lần", "timeframe.is-a-frequency", 0],
    ["hàng quý", "timeframe.is-a-frequency", 0],
    ["Phòng Văn hóa và Thông tin", "timeframe.unrecognised", 0],
    ["  - ", "timeframe.empty", 0],
  ] as const)("%j fails with %s at %i", (input, code, position) => {
    expect(parseTimeframe(input)).toEqual(failure(code, input, position));
  });
});

describe("parseTimeframe properties", () => {
  const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());

  it("returns a result, never throws, on any text; successes satisfy the Timeframe schema", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.integer({ min: 1945, max: 2100 }), { nil: undefined }),
        (input, year) => {
          const result = parseTimeframe(input, year === undefined ? {} : { year });
          if (result.ok) expect(Timeframe.safeParse(result.value).success).toBe(true);
          else expect(Object.keys(parseFailureMessages)).toContain(result.error.code);
        },
      ),
      { seed: 11, numRuns: 400 },
    );
  });

  it("every raw of a success built from Vietnamese fragments stands in the input", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VIETNAMESE_FRAGMENTS), { maxLength: 7 }), (parts) => {
        const input = parts.join(" ");
        const result = parseTimeframe(input, { year: 2024 });
        if (result.ok) {
          expect(Timeframe.safeParse(result.value).success).toBe(true);
          for (const raw of raws(result.value)) expect(input).toContain(raw);
        }
      }),
      { seed: 12, numRuns: 600 },
    );
  });
});

describe("parseTimeframe: several years", () => {
  const years = (start: number, end: number, raw: string, horizon?: number) => ({
    ok: true,
    value: { kind: "years", start, end, ...(horizon ? { horizon } : {}), raw },
  });
  it.each([
    ["giai đoạn 2021–2025", 2021, 2025],
    ["giai đoạn 2021 - 2025", 2021, 2025],
    ["giai đoạn 2011 – 2015", 2011, 2015],
    ["năm 2019 - 2020", 2019, 2020],
    ["2022-2025", 2022, 2025],
    ["giai đoạn 2021-2030", 2021, 2030],
    ["Giai đoạn 2021 —2025", 2021, 2025],
  ])("reads %s", (text, start, end) => {
    expect(parseTimeframe(text)).toEqual(years(start, end, text));
  });
  it("000:31 '… giai đoạn 2022 - 2025 trên địa bàn tỉnh' names the shape the tỉnh's plan uses", () => {
    const phrase = seedPhrase("000", 31, "giai đoạn 2022 - 2025");
    expect(parseTimeframe(phrase)).toEqual(years(2022, 2025, phrase));
  });
  it("reads 'định hướng đến năm 2030' as the horizon (000:31 '… đến năm 2025, định hướng đến năm 2030')", () => {
    seedPhrase("000", 31, "định hướng đến năm 2030");
    const text = "giai đoạn 2021–2025, định hướng đến năm 2030";
    expect(parseTimeframe(text)).toEqual(years(2021, 2025, text, 2030));
  });
  it.each([
    // Issue 12 §4: the shapes plans' titles and periods take beyond the dash.
    ["giai đoạn 2021–2025, định hướng đến năm 2030", 2021, 2025, 2030],
    ["giai đoạn 2021-2025 và định hướng đến năm 2030", 2021, 2025, 2030],
    ["giai đoạn 2021 - 2025, tầm nhìn đến năm 2030", 2021, 2025, 2030],
    ["giai đoạn 2021-2025 và tầm nhìn đến 2030", 2021, 2025, 2030],
    ["từ năm 2021 đến năm 2025", 2021, 2025, undefined],
    ["giai đoạn từ năm 2021 đến năm 2025", 2021, 2025, undefined],
    ["giai đoạn 2016 đến 2020", 2016, 2020, undefined],
    ["các năm 2024 - 2025", 2024, 2025, undefined],
  ])("reads %s", (text, start, end, horizon) => {
    expect(parseTimeframe(text)).toEqual(years(start, end, text, horizon));
  });
  it("does not read a range whose end is before its start: an issue, not a guess", () => {
    expect(parseTimeframe("từ năm 2025 đến năm 2021")).toMatchObject({
      ok: false,
      error: { code: "timeframe.invalid-range" },
    });
    expect(parseTimeframe("giai đoạn 2025 - 2021")).toMatchObject({
      ok: false,
      error: { code: "timeframe.invalid-range" },
    });
  });
});

describe("parseTimeframe with a year in the options", () => {
  it.each([1900, 2101, 2024.5, Number.NaN])(
    "fails with timeframe.invalid-year for a phrase that needs the year %d",
    (year) => {
      const result = parseTimeframe("trong năm", { year });
      expect(result.ok ? result.value : result.error.code).toBe("timeframe.invalid-year");
    },
  );

  it("ignores an unusable year when the phrase names its own", () => {
    expect(parseTimeframe("Quý I/2024", { year: 1900 })).toMatchObject({ ok: true, value: { year: 2024 } });
  });
});
