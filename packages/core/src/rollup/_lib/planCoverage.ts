import type { Codelist } from "../../model/CodelistEntry";
import type { Plan } from "../../model/Plan";
import { type CodeTree, codeTree } from "./codeTree";
import { coveredCodes } from "./coveredCodes";

/** The codes a plan covers, as positions in the list of reported codes (top-level or leaf codes). */
export interface PlanCoverage {
  readonly themes: readonly number[];
  readonly channels: readonly number[];
}

/** The reported codes of one codelist, with each code's position. */
export interface ReportedCodes {
  readonly codes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

const reported = new WeakMap<CodeTree, { top?: ReportedCodes; leaf?: ReportedCodes }>();

/** The codes a rollup reports for a codelist: its top-level codes or its leaves, in codelist order. */
export function reportedCodes(tree: CodeTree, level: "top" | "leaf"): ReportedCodes {
  const entry = reported.get(tree) ?? {};
  reported.set(tree, entry);
  const cached = entry[level];
  if (cached) return cached;
  const codes = level === "top" ? tree.top : tree.leaves;
  const made = { codes, index: new Map(codes.map((c, i) => [c, i])) };
  entry[level] = made;
  return made;
}

const caches = new WeakMap<Codelist, WeakMap<Codelist, Map<string, WeakMap<Plan, PlanCoverage>>>>();
const positionsOf = new WeakMap<
  CodeTree,
  { top?: Map<string, readonly number[]>; leaf?: Map<string, readonly number[]> }
>();

/** The reported codes one used code covers, as positions; remembered per codelist and code. */
function coveredPositions(tree: CodeTree, level: "top" | "leaf"): (code: string) => readonly number[] {
  const entry = positionsOf.get(tree) ?? {};
  positionsOf.set(tree, entry);
  const memo = entry[level] ?? new Map<string, readonly number[]>();
  entry[level] = memo;
  const { index } = reportedCodes(tree, level);
  return (code) => {
    const known = memo.get(code);
    if (known) return known;
    const positions: number[] = [];
    for (const c of level === "top" ? coveredCodes(tree, [code]) : [code]) {
      const i = index.get(c);
      if (i !== undefined) positions.push(i);
    }
    if (memo.size < 4096) memo.set(code, positions);
    return positions;
  };
}

/**
 * The reported codes a plan covers, from its content items (themes, and the channels a content item ties
 * its message to), forms items, activities and their sub-tasks' own codes: at "top" level
 * each used code and its ancestors (a child code covers its parent), at "leaf" level the codes as used.
 * Remembered per plan and codelists (plans are immutable values), so that rolling the same plans up
 * again, or along several paths, reads each plan once.
 *
 * @param plan - the plan
 * @param themes - the themes codelist
 * @param channels - the channels codelist
 * @param level - which codes are reported
 * @returns positions in `reportedCodes(codeTree(themes), level).codes`, ascending, and the same for channels
 */
export function planCoverage(
  plan: Plan,
  themes: Codelist,
  channels: Codelist,
  level: "top" | "leaf",
): PlanCoverage {
  const byChannels = caches.get(themes) ?? new WeakMap();
  caches.set(themes, byChannels);
  const byLevel = byChannels.get(channels) ?? new Map();
  byChannels.set(channels, byLevel);
  const cache = byLevel.get(level) ?? new WeakMap<Plan, PlanCoverage>();
  byLevel.set(level, cache);
  const cached = cache.get(plan);
  if (cached) return cached;
  const themeTree = codeTree(themes);
  const channelTree = codeTree(channels);
  const themeMarks = new Uint8Array(reportedCodes(themeTree, level).codes.length);
  const channelMarks = new Uint8Array(reportedCodes(channelTree, level).codes.length);
  const themeAt = coveredPositions(themeTree, level);
  const channelAt = coveredPositions(channelTree, level);
  const mark = (marks: Uint8Array, at: (code: string) => readonly number[], codes: readonly string[]) => {
    for (const code of codes) for (const i of at(code)) marks[i] = 1;
  };
  for (const item of plan.contentItems) {
    mark(themeMarks, themeAt, item.themes);
    if (item.channels) mark(channelMarks, channelAt, item.channels);
  }
  for (const item of plan.formsItems) {
    mark(themeMarks, themeAt, item.themes);
    mark(channelMarks, channelAt, item.channels);
  }
  for (const activity of plan.activities) {
    mark(themeMarks, themeAt, activity.themes);
    mark(channelMarks, channelAt, activity.channels);
    for (const s of activity.subtasks ?? []) {
      if (s.themes) mark(themeMarks, themeAt, s.themes);
      if (s.channels) mark(channelMarks, channelAt, s.channels);
    }
  }
  const positions = (marks: Uint8Array) => {
    const out: number[] = [];
    for (let i = 0; i < marks.length; i++) if (marks[i] === 1) out.push(i);
    return out;
  };
  const coverage = { themes: positions(themeMarks), channels: positions(channelMarks) };
  cache.set(plan, coverage);
  return coverage;
}
