import type { AdminUnit } from "../model/AdminUnit";
import type { GsoCode } from "../model/GsoCode";
import type { PeriodId, PlanPeriod } from "../model/PeriodId";
import type { Plan } from "../model/Plan";
import type { UnitKind } from "../model/UnitKind";
import { periodInterval } from "../time/periodInterval";

/** has-plan, missing, or not-expected (the unit did not exist in the period: blank, not zero). */
export type PlanCompletenessStatus = "has-plan" | "missing" | "not-expected";

/** One expected child unit. */
export interface PlanCompletenessUnit {
  readonly code: GsoCode;
  readonly name: string;
  readonly kind: UnitKind;
  readonly status: PlanCompletenessStatus;
  /** Ids of the unit's plans that overlap the period, in input order (kept for a not-expected unit too, as a sign of bad data). */
  readonly plans: string[];
}

/** The result of {@link planCompleteness}. */
export interface PlanCompleteness {
  readonly parent: GsoCode;
  readonly period: PlanPeriod;
  /** The units directly under the parent, in the order given. */
  readonly units: PlanCompletenessUnit[];
  /** Units that existed in the period: has-plan + missing. */
  readonly expected: number;
  readonly hasPlan: number;
  readonly missing: number;
  readonly notExpected: number;
  /** hasPlan / expected; `undefined` when no unit was expected (blank, not 0). */
  readonly rate: number | undefined;
  /**
   * Ids of plans of the child units that have no period (plan.period-missing),
   * in input order: they cannot be said to cover the period and count for no unit.
   */
  readonly withoutPeriod: string[];
}

/**
 * The reporting rate of a parent unit's children, as DHIS2 computes one:
 * for each unit directly under the parent, whether it has a plan for the
 * period ("has-plan"), has none ("missing"), or did not exist in the period
 * ("not-expected": a two-tier commune for 2024, or a district after June
 * 2025), and the rate has-plan / expected.
 *
 * A unit is expected when its validity (validFrom … validTo) overlaps the
 * period. A plan belongs to a unit when its UnitRef.code equals the unit's
 * code in the same era, and counts when its period overlaps the period.
 * Plans whose unit has no code, and plans with no unit (a central body's),
 * cannot be matched and count for no unit. A plan of a child unit without a
 * period (a draft whose text states none) counts for no unit either, and is
 * listed in `withoutPeriod`.
 *
 * @param parentUnitCode - the parent unit (huyện Sơn Tây: `{ era: "three-tier", code: "530" }`)
 * @param childUnits - candidate units, e.g. `childrenOf(parent)` or `adminUnits(era)` from @parcomms/sample-data; only those whose parent is `parentUnitCode` count
 * @param plans - the plans to look in
 * @param period - the period: a period id ("2024") or `{ start, end }`
 * @returns each child unit's status, the counts and the rate
 * @example
 * // 000 is the plan of Sơn Màu (21338), one of huyện Sơn Tây's 9 communes:
 * planCompleteness({ era: "three-tier", code: "530" }, childrenOf({ era: "three-tier", code: "530" }), [plan000], "2024").rate
 * // 1 / 9
 */
export function planCompleteness(
  parentUnitCode: GsoCode,
  childUnits: readonly AdminUnit[],
  plans: readonly Plan[],
  period: PeriodId | PlanPeriod,
): PlanCompleteness {
  const span = periodInterval(period);
  const overlaps = (start: Date, end: Date) => start <= span.end && end >= span.start;
  const children = childUnits.filter((u) => u.parent !== undefined && sameCode(u.parent, parentUnitCode));
  const withoutPeriod = plans
    .filter((p) => {
      const code = p.unit?.code;
      return p.period === undefined && code !== undefined && children.some((u) => sameCode(u.code, code));
    })
    .map((p) => p.id);
  const units = children.map((unit): PlanCompletenessUnit => {
    const from = unit.validFrom ? localDay(unit.validFrom) : new Date(-8.64e15);
    const to = unit.validTo ? localDayEnd(unit.validTo) : new Date(8.64e15);
    const matching = plans.filter((p) => {
      if (!p.unit?.code || !sameCode(p.unit.code, unit.code)) return false;
      if (!p.period) return false;
      const own = periodInterval(p.period);
      return overlaps(own.start, own.end);
    });
    const status = !overlaps(from, to) ? "not-expected" : matching.length > 0 ? "has-plan" : "missing";
    return {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      status,
      plans: matching.map((p) => p.id),
    };
  });
  const count = (s: PlanCompletenessStatus) => units.filter((u) => u.status === s).length;
  const hasPlan = count("has-plan");
  const missing = count("missing");
  const expected = hasPlan + missing;
  return {
    parent: parentUnitCode,
    period: typeof period === "string" ? { start: period, end: period } : period,
    units,
    expected,
    hasPlan,
    missing,
    notExpected: count("not-expected"),
    rate: expected > 0 ? hasPlan / expected : undefined,
    withoutPeriod,
  };
}

function sameCode(a: GsoCode, b: GsoCode): boolean {
  return a.era === b.era && a.code === b.code;
}

/** The first millisecond of an ISO date, local time (the plans' calendar). */
function localDay(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function localDayEnd(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1, 0, 0, 0, -1);
}
