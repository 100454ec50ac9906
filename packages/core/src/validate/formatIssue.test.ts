import { describe, expect, it } from "vitest";
import { formatIssue } from "./formatIssue";
import type { ValidationIssue } from "./ValidationIssue";

const both = (issue: ValidationIssue) => ({ en: formatIssue(issue, "en"), vi: formatIssue(issue, "vi") });

describe("formatIssue", () => {
  it("003:430 'Quý IV/2023' in a 2024 plan: dates ISO in English, day/month/year in Vietnamese", () => {
    const issue: ValidationIssue = {
      code: "activity.timeframe-outside-period",
      severity: "warning",
      path: "/activities/7/timeframe",
      params: {
        activityId: "t8",
        start: "2023-10-01",
        end: "2023-12-31",
        periodStart: "2024-01-01",
        periodEnd: "2024-12-31",
      },
    };
    expect(both(issue)).toEqual({
      en: "Activity t8 is scheduled 2023-10-01 – 2023-12-31, not within the plan's period 2024-01-01 – 2024-12-31.",
      vi: "Nhiệm vụ t8 có thời gian thực hiện 01/10/2023 – 31/12/2023, không nằm trong kỳ kế hoạch 01/01/2024 – 31/12/2024.",
    });
  });

  it("001:5 'ngày tháng 01 năm 2024': a date without a day", () => {
    const issue: ValidationIssue = {
      code: "header.issue-day-not-stated",
      severity: "warning",
      path: "/issueDate",
      params: { date: "2024-01" },
    };
    expect(both(issue)).toEqual({
      en: "The issue date has no day: 2024-01.",
      vi: "Ngày ban hành không ghi ngày: 01/2024.",
    });
  });

  it("renders codes of model vocabularies by their labels and numbers in each language's notation", () => {
    const quota: ValidationIssue = {
      code: "quota.unreachable",
      severity: "warning",
      path: "/activities/1/quotas/0",
      params: { activityId: "t5", quotaCount: 3, output: "article", quotaPer: "month", expected: 2.17 },
    };
    expect(both(quota)).toEqual({
      en: "Activity t5 has a quota of 3 (articles) per month, but its own frequency gives at most 2.17 per month.",
      vi: "Nhiệm vụ t5 có chỉ tiêu 3 tin/bài mỗi tháng, nhưng theo tần suất của nhiệm vụ chỉ đạt tối đa 2,17 tin/bài mỗi tháng.",
    });
    const reporting: ValidationIssue = {
      code: "reporting.less-often-than-parent",
      severity: "warning",
      path: "/reporting/0/cadences/0",
      params: { cadence: "quarterly", perYear: 4, parentCadence: "monthly", parentPerYear: 12 },
    };
    expect(both(reporting)).toEqual({
      en: "This plan reports at most quarterly (4 a year), less often than the parent plan requires: monthly (12 a year).",
      vi: "Kế hoạch này báo cáo nhiều nhất theo kỳ hằng quý (4 lần/năm), thưa hơn yêu cầu của kế hoạch cấp trên: hằng tháng (12 lần/năm).",
    });
    const level: ValidationIssue = {
      code: "parent.level-not-higher",
      severity: "warning",
      path: "/references/0/issuer",
      params: { level: "district", parentLevel: "district", source: "reference" },
    };
    expect(both(level)).toEqual({
      en: "The parent plan is at district level, not above this plan's district level.",
      vi: "Kế hoạch cấp trên thuộc cấp huyện, không cao hơn cấp huyện của kế hoạch này.",
    });
    const unit: ValidationIssue = {
      code: "reference.unknown-unit",
      severity: "warning",
      path: "/unit/code",
      params: { code: "99999", era: "two-tier" },
    };
    expect(both(unit)).toEqual({
      en: "Unit code 99999 (two-tier era) is not in the official list of units.",
      vi: "Mã đơn vị hành chính 99999 (giai đoạn chính quyền hai cấp) không có trong danh mục đơn vị hành chính.",
    });
  });

  it("shows years without grouping and null as a dash", () => {
    const tooSmall: ValidationIssue = {
      code: "structure.too-small",
      severity: "error",
      path: "/issueDate/year",
      params: { minimum: 1945, received: 1900 },
    };
    expect(formatIssue(tooSmall, "vi")).toBe("Số quá nhỏ: 1900, giá trị tối thiểu là 1945.");
    const missing: ValidationIssue = {
      code: "structure.missing",
      severity: "error",
      path: "",
      params: { expected: null },
    };
    expect(formatIssue(missing, "en")).toBe("A required value is missing (expected —).");
  });

  it("leaves a placeholder without its param as it is, and gives the code of an issue the catalogue does not know", () => {
    expect(
      formatIssue(
        { code: "id.duplicate", severity: "error", path: "/activities/1/id", params: { id: "t3" } },
        "en",
      ),
    ).toBe("Id t3 is used more than once; it was first used at {firstPath}.");
    expect(formatIssue({ code: "custom.check", severity: "info", path: "", params: {} }, "vi")).toBe(
      "custom.check",
    );
    expect(formatIssue({ code: "toString", severity: "info", path: "", params: {} }, "en")).toBe("toString");
  });
});
