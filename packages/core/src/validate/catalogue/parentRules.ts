import type { RuleDescription } from "../RuleDescription";

/**
 * Catalogue entries of the checks of a plan against its parent plan (kế
 * hoạch cấp trên): level, date and reporting cadence.
 *
 * @example
 * parentRules.map((r) => r.code) // ["parent.level-not-higher", "parent.issued-after-child", "reporting.less-often-than-parent"]
 */
export const parentRules = [
  {
    code: "parent.level-not-higher",
    severity: "warning",
    title: { en: "Parent plan not at a higher level", vi: "Kế hoạch cấp trên không ở cấp cao hơn" },
    message: {
      en: "The parent plan is at {parentLevel} level, not above this plan's {level} level.",
      vi: "Kế hoạch cấp trên thuộc {parentLevel}, không cao hơn {level} của kế hoạch này.",
    },
    params: { level: "level", parentLevel: "level", source: "text" },
    description:
      'The plan a plan implements is issued by a higher tier (a commune follows its district\'s or, from July 2025, its province\'s plan). The parent is the plan given as options.parent (source "parent"), or else the plan\'s reference with role parent-plan (source "reference"), whose level is read from the unit-kind word of its issuer ("UBND huyện Sơn Tây" → district); an issuer without one is not checked.',
    example: {
      source: "000_34833a3694ee8a96.txt:7",
      text: 'xã Sơn Mầu implements "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây": a district above a commune, in order. The same reference marked parent-plan in a district\'s own plan would raise it.',
    },
    fix: "Check which reference is the parent plan: a document of the unit itself (its own decision adopting the plan) is a basis, not the parent plan.",
  },
  {
    code: "parent.issued-after-child",
    severity: "warning",
    title: { en: "Parent plan dated after this plan", vi: "Kế hoạch cấp trên ban hành sau kế hoạch này" },
    message: {
      en: "The parent plan is dated {parentDate}, after this plan's issue date {childDate}.",
      vi: "Kế hoạch cấp trên ban hành ngày {parentDate}, sau ngày ban hành của kế hoạch này ({childDate}).",
    },
    params: { parentDate: "date", childDate: "date", source: "text" },
    description:
      'A plan implements its parent, so the parent comes first. Dates are compared only at the precision both have (01/2024 and 21/01/2024 are compared by month, and are not in conflict). The parent\'s date comes from options.parent (source "parent") or the reference with role parent-plan (source "reference").',
    example: {
      source: "003_c2f82bd70c212939.txt:4",
      text: 'xã Gia Tân implements "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc" and was issued "ngày 05 tháng 02 năm 2024" (003:289): in order. Had it been issued in January 2024 before the 26th, it would raise this.',
    },
    fix: "Check both dates in the sources; a wrong year is the usual slip. If the documents say so, keep them and let the warning stand.",
  },
  {
    code: "reporting.less-often-than-parent",
    severity: "warning",
    title: {
      en: "Reports less often than the parent requires",
      vi: "Báo cáo thưa hơn yêu cầu của cấp trên",
    },
    message: {
      en: "This plan reports at most {cadence} ({perYear} a year), less often than the parent plan requires: {parentCadence} ({parentPerYear} a year).",
      vi: "Kế hoạch này báo cáo nhiều nhất theo kỳ {cadence} ({perYear} lần/năm), thưa hơn yêu cầu của kế hoạch cấp trên: {parentCadence} ({parentPerYear} lần/năm).",
    },
    params: { cadence: "cadence", perYear: "number", parentCadence: "cadence", parentPerYear: "number" },
    description:
      "Checked only with options.parent. The parent's requirement is its childPlanRequirements.reporting, or else the cadences of its own reporting. Cadences are compared by reports a year (perYear of the reportingCadences codelist), taking each side's most frequent; cadences without a rate (periodic, integrated, on-request, as-regulated) are not compared.",
    example: {
      text: 'No seed pair breaks it. xã Gia Tân reports "Định kỳ hàng quý, 6 tháng, một năm" (003:249), quarterly at most; a parent requiring monthly reports would raise it. xã Sơn Mầu folds its reports into the periodic reform report (000:151), which has no rate and is not compared.',
    },
    fix: "Check the reporting sections of both plans. If the child does report less often, keep it and let the warning show the gap.",
  },
] as const satisfies readonly RuleDescription[];
