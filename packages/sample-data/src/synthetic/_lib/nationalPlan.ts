import type { LegalReference } from "@parcomms/core";
import { dayNumber } from "./days";

/** A parent plan as its children need it: when it was issued and how they cite it. */
export interface ParentFacts {
  /** Day number of its issue (the true day, even when its text leaves the day blank). */
  readonly issueDay: number;
  /** How a child cites it, with role parent-plan. */
  readonly reference: LegalReference;
  /** The deadline it sets for its children's plans, as a day number, when it sets one. */
  readonly childDeadlineDay?: number;
  /** Who its children report to ("UBND huyện Sơn Tây"). */
  readonly body: string;
}

/**
 * The national plans of Bộ Nội vụ for communicating reform that provinces
 * implement: Quyết định 35/QĐ-BNV of 22/01/2024 and 049/QĐ-BNV of 01/3/2025
 * (DOMAIN.md, "Beyond the five plans"). For other years the ministry's plan
 * is cited without a number, in January.
 */
export function nationalPlan(year: number): ParentFacts {
  const known: Readonly<Record<number, { number: string; month: number; day: number }>> = {
    2024: { number: "35", month: 1, day: 22 },
    2025: { number: "049", month: 3, day: 1 },
  };
  const title = `về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm ${year}`;
  const plan = known[year];
  if (!plan) {
    return {
      issueDay: dayNumber(year, 1, 31),
      body: "Bộ Nội vụ",
      reference: {
        type: "ke-hoach",
        date: { year, month: 1, raw: `tháng 01/${year}` },
        issuer: "Bộ Nội vụ",
        title: `tuyên truyền cải cách hành chính năm ${year}`,
        role: "parent-plan",
        raw: `Kế hoạch tuyên truyền cải cách hành chính năm ${year} của Bộ Nội vụ`,
      },
    };
  }
  const date = `${String(plan.day).padStart(2, "0")}/${String(plan.month).padStart(2, "0")}/${year}`;
  return {
    issueDay: dayNumber(year, plan.month, plan.day),
    body: "Bộ Nội vụ",
    reference: {
      type: "quyet-dinh",
      number: plan.number,
      typeCode: "QĐ",
      issuerCode: "BNV",
      symbol: `${plan.number}/QĐ-BNV`,
      date: { year, month: plan.month, day: plan.day, raw: date },
      issuer: "Bộ Nội vụ",
      title,
      role: "parent-plan",
      raw: `Quyết định số ${plan.number}/QĐ-BNV ngày ${date} của Bộ Nội vụ ${title}`,
    },
  };
}
