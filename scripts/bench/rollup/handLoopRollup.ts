import { type Plan, planTasks, unitKinds } from "@parcomms/core";
import { type CodeTops, codeTops, topCodeOf } from "./codeTops";
import { crosstabKey, type NationalRollup, type NodeTotals } from "./NationalRollup";
import { unitPaths } from "./unitSteps";

const NONE = "(none)";
const PROVINCE_KINDS = new Set<string>(
  unitKinds.entries.filter((k) => k.level === "province").map((k) => k.code),
);

interface UnitAcc {
  plans: number;
  activities: number;
  themes: Uint8Array;
  channels: Uint8Array;
  path: string[];
}

/**
 * The floor: the national rollup written by hand as one pass over the plans and one over the units, with
 * no intermediate objects beyond a counter per unit and per node. Units are identified as core identifies
 * them by default (`unitPaths`): the path of kinds and folded names, split where official codes differ.
 *
 * @example
 * handLoopRollup(plans).nodes.size // the units of the hierarchy, as rollupHierarchy(plans).nodes.length
 */
export function handLoopRollup(
  plans: readonly Plan[],
  tops: ReturnType<typeof codeTops> = codeTops(),
): NationalRollup {
  const themeIndex = new Map(tops.themes.top.map((c, i) => [c, i]));
  const channelIndex = new Map(tops.channels.top.map((c, i) => [c, i]));
  const mark = (bits: Uint8Array, list: CodeTops, index: Map<string, number>, code: string) => {
    const i = index.get(topCodeOf(list, code));
    if (i !== undefined) bits[i] = 1;
  };
  const crosstab = new Map<string, number>();
  const units = new Map<string, UnitAcc>();
  const unitIds = unitPaths(
    plans.map(({ unit }) => {
      // The synthetic national dataset gives every plan a unit.
      if (unit === undefined) throw new Error("a plan without a unit: the hand loop rolls up units only");
      return {
        kind: unit.kind,
        name: unit.name,
        parents: unit.parents,
        code: unit.code ? `${unit.code.era}:${unit.code.code}` : null,
      };
    }),
  );

  for (const [at, plan] of plans.entries()) {
    const path: string[] = [];
    let province = NONE;
    for (const id of unitIds[at] as string[]) {
      if (province === NONE && PROVINCE_KINDS.has(id.slice(0, id.indexOf(":")))) province = id;
      path.push(path.length > 0 ? `${path[path.length - 1]}/${id}` : id);
    }
    const unitId = path[path.length - 1] as string;
    let unit = units.get(unitId);
    if (!unit) {
      unit = {
        plans: 0,
        activities: 0,
        themes: new Uint8Array(tops.themes.top.length),
        channels: new Uint8Array(tops.channels.top.length),
        path,
      };
      units.set(unitId, unit);
    }
    unit.plans++;
    const tasks = planTasks(plan);
    unit.activities += tasks.length;
    for (const item of plan.contentItems) {
      for (const t of item.themes) mark(unit.themes, tops.themes, themeIndex, t);
      for (const c of item.channels ?? []) mark(unit.channels, tops.channels, channelIndex, c);
    }
    for (const item of plan.formsItems) {
      for (const t of item.themes) mark(unit.themes, tops.themes, themeIndex, t);
      for (const c of item.channels) mark(unit.channels, tops.channels, channelIndex, c);
    }
    // Coverage reads every code as coded: a block's own and its sub-tasks' own.
    for (const a of plan.activities) {
      for (const t of a.themes) mark(unit.themes, tops.themes, themeIndex, t);
      for (const c of a.channels) mark(unit.channels, tops.channels, channelIndex, c);
      for (const s of a.subtasks ?? []) {
        for (const t of s.themes ?? []) mark(unit.themes, tops.themes, themeIndex, t);
        for (const c of s.channels ?? []) mark(unit.channels, tops.channels, channelIndex, c);
      }
    }
    // The crosstab counts each piece of work once, with the codes it resolves to.
    for (const a of tasks) {
      const ts = a.themes.length > 0 ? new Set(a.themes.map((t) => topCodeOf(tops.themes, t))) : [NONE];
      const cs = a.channels.length > 0 ? new Set(a.channels.map((c) => topCodeOf(tops.channels, c))) : [NONE];
      for (const t of ts) {
        for (const c of cs) {
          const key = crosstabKey(province, t, c);
          crosstab.set(key, (crosstab.get(key) ?? 0) + 1);
        }
      }
    }
  }

  const nodes = new Map<
    string,
    { plans: number; units: number; activities: number; themes: number[]; channels: number[] }
  >();
  for (const unit of units.values()) {
    for (const id of unit.path) {
      let node = nodes.get(id);
      if (!node) {
        node = {
          plans: 0,
          units: 0,
          activities: 0,
          themes: new Array<number>(tops.themes.top.length).fill(0),
          channels: new Array<number>(tops.channels.top.length).fill(0),
        };
        nodes.set(id, node);
      }
      node.plans += unit.plans;
      node.units++;
      node.activities += unit.activities;
      for (let i = 0; i < unit.themes.length; i++)
        node.themes[i] = (node.themes[i] as number) + (unit.themes[i] as number);
      for (let i = 0; i < unit.channels.length; i++)
        node.channels[i] = (node.channels[i] as number) + (unit.channels[i] as number);
    }
  }
  return { crosstab, nodes: nodes as Map<string, NodeTotals> };
}
