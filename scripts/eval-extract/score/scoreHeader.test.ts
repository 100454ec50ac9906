import { plan001, plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { emptyPlan } from "./_lib/emptyPlan";
import { HEADER_FIELDS, scoreHeader } from "./scoreHeader";

describe("scoreHeader", () => {
  it("finds every field of the answer key right", () => {
    expect(scoreHeader(plan003, plan003)).toEqual({
      tally: { tp: HEADER_FIELDS.length, fp: 0, fn: 0 },
      misses: [],
    });
  });

  it("ignores NFD and white space in the title (003:2)", () => {
    const got = { ...plan003, title: ` ${plan003.title.normalize("NFD").replace(/ /g, "  ")}\n` };
    expect(scoreHeader(plan003, got).tally.fn).toBe(0);
  });

  it("catches a number read where 001 leaves the slot blank (001:3 'Số: /KH-UBND')", () => {
    const got = { ...plan001, number: "1" };
    expect(scoreHeader(plan001, got).misses).toEqual([
      { measure: "header", where: "number", expected: "(blank) / KH-UBND", got: "1 / KH-UBND" },
    ]);
  });

  it("catches a KT signature read as direct and a day added to 'ngày tháng 01 năm 2024' (001:5)", () => {
    const signatory = plan001.signatory && { ...plan001.signatory, form: "direct" as const };
    const got = { ...plan001, signatory, issueDate: { year: 2024, month: 1, day: 1 } };
    const misses = scoreHeader(plan001, got).misses;
    expect(misses.map((m) => [m.where, m.expected, m.got])).toEqual([
      ["issueDate", "2024-01-__", "2024-01-01"],
      ["signatory.form", "KT CHỦ TỊCH", "direct CHỦ TỊCH"],
    ]);
  });

  it("counts missing recipients as a wrong field", () => {
    const got = { ...plan003, recipients: plan003.recipients.slice(1) };
    expect(scoreHeader(plan003, got).misses.map((m) => m.where)).toEqual(["recipients"]);
  });

  it("finds most fields of an empty extraction wrong", () => {
    const { tally } = scoreHeader(plan003, emptyPlan(plan003.id));
    expect(tally.tp + tally.fn).toBe(HEADER_FIELDS.length);
    expect(tally.fn).toBeGreaterThanOrEqual(HEADER_FIELDS.length - 2);
  });
});
