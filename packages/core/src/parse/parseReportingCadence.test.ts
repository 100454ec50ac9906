import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedLines, seedPhrase } from "../_testing/seedLines";
import { VIETNAMESE_FRAGMENTS } from "../_testing/vietnameseFragments";
import { ReportingCadence } from "../model/Reporting";
import { moveToneMarks, wrapLine } from "./_lib/spellingVariants";
import { parseFailureMessages } from "./parseMessages";
import { parseReportingCadence } from "./parseReportingCadence";

describe("parseReportingCadence on every reporting passage in the seeds", () => {
  it("003:249 'Định kỳ hàng quý, 6 tháng, một năm báo cáo …' is quarterly, half-yearly and yearly", () => {
    expect(parseReportingCadence(seedLines("003", 249))).toEqual({
      ok: true,
      value: ["quarterly", "half-yearly", "yearly"],
    });
  });

  it("003:249-253 with its parenthesis also folds into the reform report or answers requests", () => {
    expect(parseReportingCadence(seedLines("003", 249, 253))).toEqual({
      ok: true,
      value: ["quarterly", "half-yearly", "yearly", "integrated", "on-request"],
    });
  });

  it("000:135 'định kỳ tổng hợp, báo cáo UBND xã (lồng ghép vào báo cáo công tác CCHC định kỳ)' is integrated", () => {
    const input = seedPhrase(
      "000",
      135,
      "định kỳ tổng hợp, báo cáo UBND xã (lồng ghép vào báo cáo công tác CCHC định kỳ)",
    );
    expect(parseReportingCadence(input)).toEqual({ ok: true, value: ["integrated"] });
  });

  it("000:151 'Định kỳ báo cáo … (*lồng ghép vào báo cáo công tác CCHC định kỳ theo quy định*)' is integrated", () => {
    expect(parseReportingCadence(seedLines("000", 151))).toEqual({ ok: true, value: ["integrated"] });
  });

  it("002:93 'Lồng ghép báo cáo kết quả … vào báo cáo CCHC định kỳ' is integrated", () => {
    expect(parseReportingCadence(seedLines("002", 93))).toEqual({ ok: true, value: ["integrated"] });
  });

  it("003:189-190 'định kỳ tổng hợp, báo cáo UBND huyện' is periodic, the rate not stated", () => {
    expect(parseReportingCadence(seedLines("003", 189, 190))).toEqual({ ok: true, value: ["periodic"] });
  });

  it("004:126 'Định kỳ tổng hợp kết quả thực hiện …' is periodic", () => {
    expect(parseReportingCadence(seedLines("004", 126))).toEqual({ ok: true, value: ["periodic"] });
  });
});

describe("parseReportingCadence on other forms", () => {
  it.each([
    ["hàng tháng", ["monthly"]],
    ["hằng tháng", ["monthly"]],
    ["6 tháng và năm", ["half-yearly", "yearly"]],
    ["báo cáo quý, 6 tháng, năm", ["quarterly", "half-yearly", "yearly"]],
    ["định kỳ hằng quý và đột xuất khi có yêu cầu", ["quarterly", "on-request"]],
    ["báo cáo hàng quý; hàng quý gửi Sở Nội vụ", ["quarterly"]],
  ] as const)("%j", (input, expected) => {
    expect(parseReportingCadence(input)).toEqual({ ok: true, value: expected });
  });
});

describe("parseReportingCadence with spelling variants", () => {
  const passage = seedLines("003", 249, 253);
  const expected = { ok: true, value: ["quarterly", "half-yearly", "yearly", "integrated", "on-request"] };

  it("003:249-253 in NFD", () => {
    expect(parseReportingCadence(passage.normalize("NFD"))).toEqual(expected);
  });

  it("003:249-253 joined on one line, wrapped again elsewhere, with a trailing full stop", () => {
    expect(parseReportingCadence(`${wrapLine(passage.replace(/\s*\n\s*/g, " "))}.`)).toEqual(expected);
  });

  it("000:135 with tone marks moved ('hoá' for 'hóa')", () => {
    const input = moveToneMarks(seedLines("000", 135));
    expect(input).toContain("Văn hoá");
    expect(parseReportingCadence(input)).toEqual({ ok: true, value: ["integrated"] });
  });
});

describe("parseReportingCadence near-misses", () => {
  it.each([
    ["báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp)", "reporting-cadence.none-found"],
    ["Kế hoạch CCHC năm 2024", "reporting-cadence.none-found"],
    ["báo cáo kết quả Quý I", "reporting-cadence.none-found"],
    ["   ", "reporting-cadence.empty"],
  ] as const)("%j fails with %s", (input, code) => {
    expect(parseReportingCadence(input)).toEqual({
      ok: false,
      error: expect.objectContaining({ code, message: parseFailureMessages[code].en, position: 0, input }),
    });
  });
});

describe("parseReportingCadence properties", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.array(fc.constantFrom(...VIETNAMESE_FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(" ")),
  );

  it("returns a non-empty list of distinct cadences, or a failure, on any text", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseReportingCadence(input);
        if (!result.ok) return result.error.code in parseFailureMessages;
        return (
          result.value.length > 0 &&
          new Set(result.value).size === result.value.length &&
          result.value.every((cadence) => ReportingCadence.safeParse(cadence).success)
        );
      }),
      { seed: 31, numRuns: 500 },
    );
  });
});

describe("parseReportingCadence: theo quy định (as-regulated)", () => {
  it("001:105 '… báo cáo Chủ tịch UBND thành phố, cấp trên theo quy định' is as-regulated, kept apart from not stated", () => {
    expect(parseReportingCadence(seedLines("001", 105))).toEqual({ ok: true, value: ["as-regulated"] });
  });
  it("'Định kỳ báo cáo theo quy định': as-regulated stands in place of the rate-less định kỳ", () => {
    expect(parseReportingCadence("Định kỳ báo cáo kết quả theo quy định")).toEqual({
      ok: true,
      value: ["as-regulated"],
    });
  });
  it("'Định kỳ hàng quý báo cáo theo quy định': a stated rate wins, theo quy định only qualifies it", () => {
    expect(parseReportingCadence("Định kỳ hàng quý báo cáo theo quy định")).toEqual({
      ok: true,
      value: ["quarterly"],
    });
  });
});
