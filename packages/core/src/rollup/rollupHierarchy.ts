import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { AdministrativeLevel } from "../model/AdministrativeLevel";
import type { Codelist } from "../model/CodelistEntry";
import type { Plan } from "../model/Plan";
import { type CodeTree, codeTree } from "./_lib/codeTree";
import { coveredCodes } from "./_lib/coveredCodes";
import { expectedPerYear } from "./_lib/expectedPerYear";
import { parentFromReference } from "./_lib/parentFromReference";
import { planCodes } from "./_lib/planCodes";
import { periodYears } from "./_lib/quarters";
import { kindLevel, type PathStep, pathId, stepLabel, unitSteps } from "./_lib/unitPath";

/** Options of {@link rollupHierarchy}. */
export interface RollupHierarchyOptions {
  /**
   * The node id of the unit that issued a plan. Default: the path of its named
   * parents and itself, kinds and folded names from the top
   * ("tinh:quang ngai/huyen:son tay/xa:son mau"), which needs no official code.
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
}

interface Entry {
  readonly unit: string;
  readonly plan: Plan;
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
 * year, pass that year's plans.
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
  const idOf = (path: readonly PathStep[]) => {
    path.forEach((s, i) => {
      steps.set(pathId(path.slice(0, i + 1)), s);
    });
    return pathId(path);
  };
  const unitOf = options.unitOf ?? ((plan: Plan) => idOf(unitSteps(plan.unit)));
  const parentOf =
    options.parentOf ??
    ((plan: Plan) => {
      const path = unitSteps(plan.unit).slice(0, -1);
      if (path.length > 0) return idOf(path);
      const step = parentFromReference(plan);
      return step ? idOf([step]) : undefined;
    });
  const parentOfUnit =
    options.parentOfUnit ??
    ((id: string) => (custom || !id.includes("/") ? undefined : id.slice(0, id.lastIndexOf("/"))));

  const parent = new Map<string, string | undefined>();
  const planIds = new Map<string, string[]>();
  const entries = new Map<string, Entry[]>();
  const info = new Map<string, { label: string; level: AdministrativeLevel | undefined }>();
  for (const plan of plans) {
    const id = unitOf(plan);
    if (!info.has(id)) info.set(id, { label: stepLabel(plan.unit), level: plan.unit.level });
    push(planIds, id, plan.id);
    push(entries, id, { unit: id, plan });
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

  const measure = measurer(plans, options);
  const nodes: RollupNode[] = [];
  // Returns the entries of the subtree, own ones included.
  const visit = (id: string): Entry[] => {
    const own = entries.get(id) ?? [];
    const index = nodes.length;
    const below = (childIds.get(id) ?? []).flatMap(visit);
    const { label, level } = info.get(id) ?? { label: id, level: undefined };
    nodes.splice(index, 0, {
      id,
      label,
      level,
      parent: parent.get(id),
      childIds: childIds.get(id) ?? [],
      planIds: planIds.get(id) ?? [],
      own: measure(own),
      children: measure(below),
      total: measure([...own, ...below]),
    });
    return [...own, ...below];
  };
  for (const root of roots) visit(root);
  return { roots, nodes };
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

/** Builds the aggregate function, with each plan's covered codes computed once. */
function measurer(
  plans: readonly Plan[],
  options: RollupHierarchyOptions,
): (entries: Entry[]) => RollupAggregate {
  const level = options.coverageLevel ?? "top";
  const themeTree = codeTree(options.themes ?? themeCodelist);
  const channelTree = codeTree(options.channels ?? channelCodelist);
  const covers = new Map<Plan, { themes: Set<string>; channels: Set<string> }>();
  const coverOf = (tree: CodeTree, used: ReadonlySet<string>) =>
    level === "top" ? coveredCodes(tree, used) : new Set(used);
  for (const plan of plans) {
    const used = planCodes(plan);
    covers.set(plan, {
      themes: coverOf(themeTree, used.themes),
      channels: coverOf(channelTree, used.channels),
    });
  }
  const codesOf = (tree: CodeTree) => (level === "top" ? tree.top : tree.leaves);

  return (entries) => {
    const units = new Set(entries.map((e) => e.unit));
    const shares = (tree: CodeTree, pick: "themes" | "channels"): CodeShare[] =>
      codesOf(tree).map((code) => {
        const covering = new Set(
          entries.filter((e) => covers.get(e.plan)?.[pick].has(code)).map((e) => e.unit),
        );
        return { code, units: covering.size, share: units.size > 0 ? covering.size / units.size : undefined };
      });
    return {
      plans: entries.length,
      units: units.size,
      activities: entries.reduce((sum, e) => sum + e.plan.activities.length, 0),
      expectedOutputs: entries.reduce(
        (sum, e) =>
          sum + e.plan.activities.reduce((s, a) => s + expectedPerYear(a), 0) * periodYears(e.plan.period),
        0,
      ),
      themeCoverage: shares(themeTree, "themes"),
      channelCoverage: shares(channelTree, "channels"),
    };
  };
}
