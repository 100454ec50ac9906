import {
  type Codelist,
  channels as channelCodelist,
  type GsoCode,
  type Language,
  type Plan,
  planEra,
  planLevel,
  themes as themeCodelist,
  type UnitSuccessor,
} from "@parcomms/core";
import { codesAt, type LevelCode } from "../_lib/codesAt";
import { COMPARISON_MEASURES } from "../_lib/comparisonMeasures";
import { type CoveredSets, coveredSets } from "../_lib/coveredSets";
import { periodLabel } from "../_lib/periodLabel";
import { unitLabels } from "../labels/unitLabels";
import type { CodePresence, ComparisonColumn, SuccessorPair, UnitComparison } from "./UnitComparison";

/** Options of {@link compareUnits}. */
export interface CompareUnitsOptions {
  /** Language of the labels; default "vi". */
  readonly language?: Language;
  /** Codelist level of the theme and channel measures: "top" (default) or "leaf". */
  readonly level?: "top" | "leaf";
  /**
   * The units that took over a three-tier unit in 2025: pass `successorsOf`
   * from `@parcomms/sample-data` to pair each compared plan with the compared
   * plans of its successors (`pairs`). Default: no pairing.
   */
  readonly successors?: (code: GsoCode) => readonly UnitSuccessor[];
  /** The themes codelist; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/**
 * Puts plans side by side (so sánh các đơn vị): one column per plan, one row
 * per measure (unit, province, level, era, period, activities, themes and
 * channels covered of the codelist, offices named and leading, expected
 * outputs a year, quotas, targets, reporting cadence, focal point), each row
 * with its kind, raw values, labels in the chosen language, and whether the
 * plans differ; then every theme and channel code with the plans that cover it.
 *
 * Any set of plans compares: a province and its peers, the communes of a
 * district, one unit in 2024 and its successor in 2025. With
 * `options.successors`, `pairs` lists which compared plan took over which.
 *
 * @param plans - the plans, one column each, in this order
 * @param options - see {@link CompareUnitsOptions}
 * @returns the comparison
 * @example
 * // xã Gia Tân 2024 (003) beside phường Trúc Lâm 2025 (004):
 * compareUnits([plan003, plan004]).rows.find((r) => r.key === "themes")?.cells.map((c) => c.label)
 * // ["22/28", "22/28"]
 */
export function compareUnits(plans: readonly Plan[], options: CompareUnitsOptions = {}): UnitComparison {
  const language = options.language ?? "vi";
  const level = options.level ?? "top";
  const codelists = {
    themes: options.themes ?? themeCodelist,
    channels: options.channels ?? channelCodelist,
  };
  const themeCodes = codesAt(codelists.themes, level);
  const channelCodes = codesAt(codelists.channels, level);

  const contexts = plans.map((plan) => {
    const { unit, province } = unitLabels(plan, language);
    return {
      language,
      unitName: unit,
      province,
      covered: coveredSets(plan, level, codelists),
      themeTotal: themeCodes.length,
      channelTotal: channelCodes.length,
    };
  });
  const columns: ComparisonColumn[] = plans.map((plan, i) => {
    const unitName = contexts[i]?.unitName ?? unitLabels(plan, language).unit;
    const period = periodLabel(plan, language);
    return {
      planId: plan.id,
      unitName,
      label: plan.period ? `${unitName} ${period}` : `${unitName} (${period})`,
      level: planLevel(plan),
      era: planEra(plan),
      period,
    };
  });

  const rows = COMPARISON_MEASURES.map((measure) => {
    const cells = plans.map((plan, i) => ({
      planId: plan.id,
      ...measure.read(plan, contexts[i] as (typeof contexts)[number]),
    }));
    const first = JSON.stringify(cells[0]?.value ?? null);
    return {
      key: measure.key,
      kind: measure.kind,
      label: measure.labels[language],
      labels: measure.labels,
      cells,
      differs: cells.some((c) => JSON.stringify(c.value) !== first),
    };
  });

  const presence = (
    codes: readonly LevelCode[],
    pick: (s: CoveredSets) => ReadonlySet<string>,
  ): CodePresence[] =>
    codes.map((c) => ({
      code: c.code,
      label: c.label,
      covered: contexts.map((x) => pick(x.covered).has(c.code)),
    }));

  return {
    language,
    level,
    columns,
    rows,
    codes: {
      themes: presence(themeCodes, (s) => s.themes),
      channels: presence(channelCodes, (s) => s.channels),
    },
    pairs: options.successors ? successorPairs(plans, options.successors) : [],
  };
}

function successorPairs(
  plans: readonly Plan[],
  successors: (code: GsoCode) => readonly UnitSuccessor[],
): SuccessorPair[] {
  const byCode = new Map<string, Plan[]>();
  for (const plan of plans) {
    const code = plan.unit?.code;
    if (!code) continue;
    const k = `${code.era}:${code.code}`;
    byCode.set(k, [...(byCode.get(k) ?? []), plan]);
  }
  const pairs: SuccessorPair[] = [];
  for (const plan of plans) {
    const code = plan.unit?.code;
    if (!code) continue;
    for (const s of successors(code)) {
      for (const next of byCode.get(`${s.code.era}:${s.code.code}`) ?? []) {
        if (next.id !== plan.id) pairs.push({ from: plan.id, to: next.id, share: s.share });
      }
    }
  }
  return pairs;
}
