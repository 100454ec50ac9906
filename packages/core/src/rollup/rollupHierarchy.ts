import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { AdministrativeLevel } from "../model/AdministrativeLevel";
import type { Codelist } from "../model/CodelistEntry";
import type { GsoCode } from "../model/GsoCode";
import type { Plan } from "../model/Plan";
import { planTasks } from "../model/planTasks";
import { expectedPerYear } from "../time/expectedPerYear";
import { codeTree } from "./_lib/codeTree";
import { parentFromReference } from "./_lib/parentFromReference";
import { planCoverage, reportedCodes } from "./_lib/planCoverage";
import { periodYears } from "./_lib/quarters";
import { unitIds } from "./_lib/unitIds";
import { unitlessNode } from "./_lib/unitlessNode";
import { kindLevel, type PathStep, stepLabel, unitSteps } from "./_lib/unitPath";

/** Options of {@link rollupHierarchy}. */
export interface RollupHierarchyOptions {
  /**
   * The node id of the unit that issued a plan. Default: the path of its named
   * parents and itself, kinds and folded names from the top
   * ("tinh:quang ngai/huyen:son tay/xa:son mau"), which needs no official code.
   * Units of the input with different official codes are never merged: where
   * their names fold alike (xã Minh Quán 04516, xã Minh Quân 04567), their
   * steps keep the marks ("xa:minh quán", "xa:minh quân"), and the code's
   * digits too if the spelling is the same; children that name such a parent
   * follow it by its marked name (as `groupPlans` keys units).
   */
  readonly unitOf?: (plan: Plan) => string;
  /**
   * The node id of the unit above a plan's unit, `undefined` at the top.
   * Default: the path of its named parents (UnitRef.parents); when the plan
   * names none, the unit that issued its parent plan (the parent-plan
   * reference's issuer, "UBND huyện Sơn Tây" → "huyen:son tay"); else none.
   * Supply it (with `unitOf`) to link by official codes from the unit tables
   * of @parcomms/sample-data.
   */
  readonly parentOf?: (plan: Plan) => string | undefined;
  /**
   * The node id above a node that has no plan of its own, to carry the chain
   * upwards. Default: with default ids, the path without its last step; with
   * a custom `unitOf` or `parentOf`, none.
   */
  readonly parentOfUnit?: (unitId: string) => string | undefined;
  /** Codes reported in the coverage measures: "top" (default) or "leaf" codes of the codelists. */
  readonly coverageLevel?: "top" | "leaf";
  /** The themes codelist; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/** The share of units that cover one code. */
export interface CodeShare {
  readonly code: string;
  /** Units with plans that cover the code. */
  readonly units: number;
  /** units / the aggregate's units; `undefined` when no unit has a plan (blank, not 0). */
  readonly share: number | undefined;
}

/** The measures over a set of plans; see `AGGREGATION_SEMANTICS` for how each aggregates. */
export interface RollupAggregate {
  readonly plans: number;
  readonly units: number;
  readonly activities: number;
  readonly expectedOutputs: number;
  /** Every theme code of the chosen level, in codelist order. */
  readonly themeCoverage: CodeShare[];
  /** Every channel code of the chosen level, in codelist order. */
  readonly channelCoverage: CodeShare[];
}

/** One unit of the hierarchy with its own plans and the plans below it, aggregated apart. */
export interface RollupNode {
  readonly id: string;
  /** "xã Sơn Mầu"; the id for a node known only by a custom id. */
  readonly label: string;
  readonly level: AdministrativeLevel | undefined;
  readonly parent: string | undefined;
  /** Ids of the nodes directly below, sorted. */
  readonly childIds: string[];
  /** Ids of the unit's own plans, in input order. */
  readonly planIds: string[];
  /** The unit's own plans only. */
  readonly own: RollupAggregate;
  /** The plans of every unit below the node, the node's own plans excluded. */
  readonly children: RollupAggregate;
  /** Own and children together, each plan once. */
  readonly total: RollupAggregate;
}

/** The result of {@link rollupHierarchy}. */
export interface RollupHierarchy {
  /** Ids of the nodes with no parent, sorted. */
  readonly roots: string[];
  /** Every node, depth first from the roots, children in id order. */
  readonly nodes: RollupNode[];
  /**
   * Ids of the plans without a period (plan.period-missing), in input order:
   * they count in plans, activities and coverage, but add nothing to
   * expectedOutputs, which needs the plan's length in years.
   */
  readonly withoutPeriod: string[];
}

/**
 * Rolls plans up the administrative hierarchy (province → district →
 * commune), with the aggregation semantics of `AGGREGATION_SEMANTICS`: counts
 * (plans, activities, expected outputs) add up over units and over time;
 * "covers theme X" becomes the share of units that cover it; a unit counts
 * once however many plans it has.
 *
 * A unit that has its own plan and units with plans below it is not double
 * counted: its own plans are aggregated in `own`, the plans below it in
 * `children`, and `total` holds both, each plan once. Units above the plans
 * that have none of their own (huyện Sơn Tây above 000) appear as nodes with
 * an empty `own`. All plans given are aggregated together: to roll up one
 * year, pass that year's plans. Each plan is read once (its covered codes are
 * remembered per plan), and every aggregate is computed in one pass up the tree.
 * A plan with no unit is never dropped: a central body's plan (Bộ Nội vụ,
 * issuer level "central") stands at a root node "central" ("trung ương",
 * level central), which the provinces do not hang under (a ministry's plan
 * is not the parent plan of a province's); any other plan without a unit
 * stands at a root node "(none)" with no level, as does a draft whose
 * issuer or tier the text does not state. A plan without a period counts in
 * plans, activities and coverage but not in expectedOutputs (it has no length
 * in years); its id is listed in `withoutPeriod`.
 * The result shares values (a leaf's `total` is its `own`, every empty
 * aggregate is one frozen value): treat it as read-only.
 *
 * @param plans - the plans
 * @param options - see {@link RollupHierarchyOptions}
 * @returns the roots and every node with its aggregates
 * @example
 * // 000 (xã Sơn Mầu) under huyện Sơn Tây under tỉnh Quảng Ngãi (000:7):
 * const { nodes } = rollupHierarchy([plan000]);
 * nodes.map((n) => [n.id, n.own.plans, n.children.plans])
 * // [["tinh:quang ngai", 0, 1], ["tinh:quang ngai/huyen:son tay", 0, 1], ["tinh:quang ngai/huyen:son tay/xa:son mau", 1, 0]]
 */
export function rollupHierarchy(
  plans: readonly Plan[],
  options: RollupHierarchyOptions = {},
): RollupHierarchy {
  const custom = options.unitOf !== undefined || options.parentOf !== undefined;
  // Steps met in default path ids, to label and level the nodes that have no plan.
  const steps = new Map<string, PathStep>();
  const ids = custom && options.unitOf && options.parentOf ? undefined : unitIds(plans);
  const idsOf = (path: readonly PathStep[], code?: GsoCode) => {
    const stepIds = (ids as NonNullable<typeof ids>)(path, code);
    const out: string[] = [];
    path.forEach((s, i) => {
      const id = i === 0 ? (stepIds[0] as string) : `${out[i - 1]}/${stepIds[i]}`;
      steps.set(id, s);
      out.push(id);
    });
    return out;
  };
  // Each plan's path, read once for its unit and its parent.
  const paths = new Map<Plan, string[]>();
  const pathOf = (plan: Plan) => {
    let path = paths.get(plan);
    if (!path) {
      path = plan.unit ? idsOf(unitSteps(plan.unit), plan.unit.code) : [unitlessNode(plan).id];
      paths.set(plan, path);
    }
    return path;
  };
  const unitOf = options.unitOf ?? ((plan: Plan) => pathOf(plan).at(-1) as string);
  const parentOf =
    options.parentOf ??
    ((plan: Plan) => {
      const path = pathOf(plan);
      if (path.length > 1) return path[path.length - 2];
      if (!plan.unit) return undefined;
      const step = parentFromReference(plan);
      return step ? idsOf([step]).at(-1) : undefined;
    });
  const parentOfUnit =
    options.parentOfUnit ??
    ((id: string) => (custom || !id.includes("/") ? undefined : id.slice(0, id.lastIndexOf("/"))));

  const parent = new Map<string, string | undefined>();
  const planIds = new Map<string, string[]>();
  const ownPlans = new Map<string, Plan[]>();
  const info = new Map<string, { label: string; level: AdministrativeLevel | undefined }>();
  for (const plan of plans) {
    const id = unitOf(plan);
    if (!info.has(id)) {
      const { label, level } = plan.unit
        ? { label: stepLabel(plan.unit), level: plan.unit.level }
        : unitlessNode(plan);
      info.set(id, { label, level });
    }
    push(planIds, id, plan.id);
    push(ownPlans, id, plan);
    if (!parent.has(id)) parent.set(id, parentOf(plan));
  }
  // Carry each chain upwards through nodes without plans; a link that would close a cycle is dropped.
  for (const start of [...parent.keys()]) {
    let id = start;
    for (let up = parent.get(id); up !== undefined; up = parent.get(id)) {
      if (ancestorsOf(up, parent).has(id) || up === id) {
        parent.set(id, undefined);
        break;
      }
      if (!parent.has(up)) parent.set(up, parentOfUnit(up));
      id = up;
    }
  }
  for (const id of parent.keys()) {
    if (info.has(id)) continue;
    const step = steps.get(id);
    info.set(
      id,
      step ? { label: stepLabel(step), level: kindLevel(step.kind) } : { label: id, level: undefined },
    );
  }

  const childIds = new Map<string, string[]>();
  for (const [id, up] of parent) if (up !== undefined) push(childIds, up, id);
  for (const list of childIds.values()) list.sort(compare);
  const roots = [...parent.keys()].filter((id) => parent.get(id) === undefined).sort(compare);

  const tally = tallier(options);
  const nodes: (RollupNode | undefined)[] = [];
  // Plans in depth-first order, own plans before the subtrees: every subtree is one run of it.
  const ordered: Plan[] = [];
  const values: { activities: number; expected: number }[] = [];
  // Returns the subtree's units and, per reported code, the units covering it.
  const visit = (id: string): Subtree => {
    const own = ownPlans.get(id) ?? [];
    const from = ordered.length;
    for (const plan of own) {
      ordered.push(plan);
      values.push(tally.values(plan));
    }
    // The node goes before its subtree: its place is kept, and filled once the subtree is done.
    const index = nodes.length;
    nodes.push(undefined);
    const ownCover = tally.cover(own);
    const children = childIds.get(id) ?? [];
    // A leaf reads the shared zeros, which are never written to.
    const below: Subtree =
      children.length === 0
        ? { units: 0, ...tally.zeros }
        : { units: 0, themes: tally.zeros.themes.slice(), channels: tally.zeros.channels.slice() };
    for (const child of children) {
      const sub = visit(child);
      below.units += sub.units;
      addInto(below.themes, sub.themes);
      addInto(below.channels, sub.channels);
    }
    const mid = from + own.length;
    const to = ordered.length;
    const ownUnits = own.length > 0 ? 1 : 0;
    const ownAggregate =
      ownUnits === 0 ? tally.empty : tally.aggregate(values, from, mid, { units: ownUnits, ...ownCover });
    const belowAggregate =
      below.units === 0 && to === mid ? tally.empty : tally.aggregate(values, mid, to, below);
    let total: Subtree;
    let totalAggregate: RollupAggregate;
    // With nothing on one side, the total is the other side's aggregate itself.
    if (belowAggregate === tally.empty) {
      total = { units: ownUnits, ...ownCover };
      totalAggregate = ownAggregate;
    } else if (ownAggregate === tally.empty) {
      total = below;
      totalAggregate = belowAggregate;
    } else {
      addInto(ownCover.themes, below.themes);
      addInto(ownCover.channels, below.channels);
      total = { units: ownUnits + below.units, ...ownCover };
      totalAggregate = tally.aggregate(values, from, to, total);
    }
    const { label, level } = info.get(id) ?? { label: id, level: undefined };
    nodes[index] = {
      id,
      label,
      level,
      parent: parent.get(id),
      childIds: children,
      planIds: planIds.get(id) ?? [],
      own: ownAggregate,
      children: belowAggregate,
      total: totalAggregate,
    };
    return total;
  };
  for (const root of roots) visit(root);
  const withoutPeriod = plans.filter((plan) => plan.period === undefined).map((plan) => plan.id);
  return { roots, nodes: nodes as RollupNode[], withoutPeriod };
}

/** Units, and per reported code the units covering it, over a set of units. */
interface Subtree {
  units: number;
  readonly themes: Int32Array;
  readonly channels: Int32Array;
}

function addInto(into: Int32Array, from: Int32Array): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) + (from[i] as number);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function ancestorsOf(id: string, parent: ReadonlyMap<string, string | undefined>): Set<string> {
  const seen = new Set<string>();
  for (let up = parent.get(id); up !== undefined && !seen.has(up); up = parent.get(up)) seen.add(up);
  return seen;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const VALUES = new WeakMap<Plan, { activities: number; expected: number }>();

/** A plan's tasks (`planTasks`: sub-tasks in place of their block) and expected outputs over its period, remembered per plan (plans are immutable values). */
function planValues(plan: Plan): { activities: number; expected: number } {
  let values = VALUES.get(plan);
  if (!values) {
    const tasks = planTasks(plan);
    values = {
      activities: tasks.length,
      // No period, no length in years: the plan is listed in withoutPeriod instead.
      expected: plan.period
        ? tasks.reduce((s, a) => s + expectedPerYear(a), 0) * periodYears(plan.period)
        : 0,
    };
    VALUES.set(plan, values);
  }
  return values;
}

/** The per-plan values and the aggregate of a run of plans, with each plan's covered codes read once. */
function tallier(options: RollupHierarchyOptions) {
  const level = options.coverageLevel ?? "top";
  const themes = options.themes ?? themeCodelist;
  const channels = options.channels ?? channelCodelist;
  const themeCodes = reportedCodes(codeTree(themes), level).codes;
  const channelCodes = reportedCodes(codeTree(channels), level).codes;
  const shares = (codes: readonly string[], counts: Int32Array, units: number): CodeShare[] =>
    codes.map((code, i) => {
      const n = counts[i] as number;
      return { code, units: n, share: units > 0 ? n / units : undefined };
    });
  const none = new Int32Array(Math.max(themeCodes.length, channelCodes.length));
  const freezeShares = (codes: readonly string[]) =>
    Object.freeze(shares(codes, none, 0).map((share) => Object.freeze(share))) as CodeShare[];
  /** The aggregate of no plans, one frozen value for every empty aggregate. */
  const empty: RollupAggregate = Object.freeze({
    plans: 0,
    units: 0,
    activities: 0,
    expectedOutputs: 0,
    themeCoverage: freezeShares(themeCodes),
    channelCoverage: freezeShares(channelCodes),
  });
  const zeros = { themes: new Int32Array(themeCodes.length), channels: new Int32Array(channelCodes.length) };
  return {
    empty,
    /** Zero units per code, shared: copied before any write. */
    zeros,
    values: planValues,
    /** A unit's plans together: 1 for each code any of them covers; the shared zeros for none. */
    cover: (own: readonly Plan[]) => {
      if (own.length === 0) return zeros;
      const cover = {
        themes: new Int32Array(themeCodes.length),
        channels: new Int32Array(channelCodes.length),
      };
      for (const plan of own) {
        const covered = planCoverage(plan, themes, channels, level);
        for (const i of covered.themes) cover.themes[i] = 1;
        for (const i of covered.channels) cover.channels[i] = 1;
      }
      return cover;
    },
    /** Sums in plan order, as the plans would be added one by one, so totals do not depend on the tree. */
    aggregate: (
      values: readonly { activities: number; expected: number }[],
      from: number,
      to: number,
      units: Subtree,
    ): RollupAggregate => {
      let activities = 0;
      let expectedOutputs = 0;
      for (let i = from; i < to; i++) {
        const v = values[i] as { activities: number; expected: number };
        activities += v.activities;
        expectedOutputs += v.expected;
      }
      return {
        plans: to - from,
        units: units.units,
        activities,
        expectedOutputs,
        themeCoverage: shares(themeCodes, units.themes, units.units),
        channelCoverage: shares(channelCodes, units.channels, units.units),
      };
    },
  };
}
