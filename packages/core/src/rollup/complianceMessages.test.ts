import { describe, expect, it } from "vitest";
import { complianceMessage } from "./complianceMessages";

const both = (
  code: Parameters<typeof complianceMessage>[0],
  params: Parameters<typeof complianceMessage>[1],
) => ({
  vi: complianceMessage(code, params, "vi"),
  en: complianceMessage(code, params, "en"),
});

describe("complianceMessage", () => {
  it("counts outputs in English, singular for one and plural otherwise", () => {
    const quota = { comparator: "atLeast", output: "article", per: "month" };
    expect(both("requirement.quota", { ...quota, count: 1 })).toEqual({
      vi: "ít nhất 1 tin/bài mỗi tháng",
      en: "at least 1 article per month",
    });
    expect(both("requirement.quota", { ...quota, count: 12, per: "year" })).toEqual({
      vi: "ít nhất 12 tin/bài mỗi năm",
      en: "at least 12 articles per year",
    });
    expect(both("quota.no-candidate", quota).en).toBe(
      "no activity of the child plan sets a quota or a frequency of articles",
    );
  });

  it("makes the verb agree with one activity or several", () => {
    const met = { output: "video", per: "quarter", best: 2 };
    expect(both("quota.met", { ...met, activities: "a3", activityCount: 1 })).toEqual({
      vi: "a3 đặt ít nhất 2 video mỗi quý",
      en: "a3 plans at least 2 videos per quarter",
    });
    expect(both("quota.met", { ...met, activities: "a3, a7", activityCount: 2 }).en).toBe(
      "a3, a7 plan at least 2 videos per quarter",
    );
  });

  it("says only the parts of a short quota that apply", () => {
    const short = { per: "month", count: 4 };
    expect(both("quota.short", { ...short, coarser: "a1", fewer: "a2, a5" })).toEqual({
      vi: "a1 tính theo kỳ dài hơn một tháng; a2, a5 đặt ít hơn 4 mỗi tháng",
      en: "a1 count per a longer period than a month; a2, a5 plan fewer than 4 per month",
    });
    expect(both("quota.short", { ...short, coarser: "", fewer: "a2" }).en).toBe(
      "a2 plan fewer than 4 per month",
    );
  });

  it("words a deadline with or without its date, and quotes the codes named", () => {
    expect(both("requirement.deadline", { by: "20/04/2024" }).vi).toBe("ban hành chậm nhất 20/04/2024");
    expect(both("requirement.deadline", {})).toEqual({
      vi: "ban hành đúng hạn",
      en: "issued by the deadline",
    });
    expect(both("code.named", { what: "channel", codes: "press, press.newspaper" })).toEqual({
      vi: 'kế hoạch cấp dưới có hình thức "press", "press.newspaper"',
      en: 'the child plan names the channel "press", "press.newspaper"',
    });
  });
});
