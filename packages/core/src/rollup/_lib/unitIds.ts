import { nameKey } from "../../_lib/nameKey";
import type { GsoCode } from "../../model/GsoCode";
import type { Plan } from "../../model/Plan";
import type { UnitRef } from "../../model/UnitRef";
import { foldedName, type PathStep, unitSteps } from "./unitPath";

/** How the plans' units are told apart where their folded paths collide. */
interface Split {
  /** Step id of each official code ("era:code") met at the path. */
  readonly byCode: ReadonlyMap<string, string>;
  /** Step id of each name key met at the path; undefined when the key names several units. */
  readonly byName: ReadonlyMap<string, string | undefined>;
}

/** The step ids of a path from the top, for the plans one unit-id resolver was built on. */
export type UnitIds = (steps: readonly PathStep[], code?: GsoCode) => string[];

const codeKey = (code: GsoCode | undefined) => (code ? `${code.era}:${code.code}` : undefined);
/** The marked spelling a split step shows: NFC, lower case, single spaces; tone placement as written. */
const marked = (name: string) => name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

interface Cluster {
  readonly codes: Set<string>;
  readonly names: Set<string>;
  readonly keys: Set<string>;
}

/** A unit met at a path: its name as written and its code ("era:code"). */
interface Met {
  readonly name: string;
  readonly code: string | undefined;
}

/**
 * Builds the split of one path whose plans carry different official codes: one step per code, named by
 * its marked spelling (the smallest, for a result independent of input order), with the code appended
 * when two codes share a spelling. A plan without a code joins the unit whose spellings share its name
 * key, else stands apart under its own spelling.
 */
function buildSplit(kind: string, met: readonly Met[]): Split {
  const clusters = new Map<string, Cluster>();
  for (const { name, code } of met) {
    if (code === undefined) continue;
    const cluster = clusters.get(code) ?? { codes: new Set([code]), names: new Set(), keys: new Set() };
    cluster.names.add(name);
    cluster.keys.add(nameKey(name));
    clusters.set(code, cluster);
  }
  const coded = [...clusters.values()];
  for (const { name, code } of met) {
    if (code !== undefined) continue;
    const key = nameKey(name);
    const owners = coded.filter((c) => c.keys.has(key));
    const cluster = owners.length === 1 ? owners[0] : clusters.get(`name:${key}`);
    if (cluster) cluster.names.add(name);
    else clusters.set(`name:${key}`, { codes: new Set(), names: new Set([name]), keys: new Set([key]) });
  }
  const spelling = (c: Cluster) => [...c.names].map(marked).sort()[0] as string;
  const taken = new Map<string, number>();
  for (const c of clusters.values()) taken.set(spelling(c), (taken.get(spelling(c)) ?? 0) + 1);
  const byCode = new Map<string, string>();
  const byName = new Map<string, string | undefined>();
  for (const c of clusters.values()) {
    const text = spelling(c);
    const [code] = c.codes;
    // Two codes that share a spelling are told apart by the code's digits, the last resort.
    const id = `${kind}:${text}${(taken.get(text) ?? 0) > 1 && code ? `#${code.slice(code.indexOf(":") + 1)}` : ""}`;
    if (code) byCode.set(code, id);
    for (const key of c.keys) byName.set(key, byName.has(key) && byName.get(key) !== id ? undefined : id);
  }
  return { byCode, byName };
}

const FOLDED_PATH = new WeakMap<UnitRef, string>();

/** A unit's path of kinds and folded names, remembered per unit (plans are immutable values). */
function foldedPath(unit: UnitRef): string {
  let path = FOLDED_PATH.get(unit);
  if (path === undefined) {
    path = `${unit.kind}:${foldedName(unit.name)}`;
    for (const p of unit.parents) path = `${p.kind}:${foldedName(p.name)}/${path}`;
    FOLDED_PATH.set(unit, path);
  }
  return path;
}

/** The folded paths that plans with different official codes share; splitting only ever separates those. */
function collidingPaths(plans: readonly Plan[]): Set<string> {
  const codes = new Map<string, string>();
  const colliding = new Set<string>();
  for (const { unit } of plans) {
    const code = codeKey(unit?.code);
    if (unit === undefined || code === undefined) continue;
    const path = foldedPath(unit);
    const seen = codes.get(path);
    if (seen === undefined) codes.set(path, code);
    else if (seen !== code) colliding.add(path);
  }
  return colliding;
}

/**
 * The unit-id resolver for a set of plans. A step's id is its kind and folded name ("xa:minh quan"), so
 * misspellings that differ only in marks meet (000:5 "Sơn Mầu", the lists' "Sơn Màu"). Where plans of
 * the input with different official codes fold to the same path (xã Minh Quán 04516 and xã Minh Quân
 * 04567), that step is split by code and named by its marked spelling ("xa:minh quán", "xa:minh quân");
 * a plan without a code, or a child naming such a parent, goes by the name key of its spelling
 * (`nameKey`: case, spacing and tone placement ignored, marks kept). Paths are resolved from the top, so a
 * split parent carries its children with it.
 *
 * @param plans - the plans whose units are to be told apart (plans with no unit take no part)
 * @returns the step ids of any path (the code, when given, is the unit's own, for its last step)
 */
export function unitIds(plans: readonly Plan[]): UnitIds {
  const colliding = collidingPaths(plans);
  if (colliding.size === 0) return (steps) => steps.map((s) => `${s.kind}:${foldedName(s.name)}`);
  const splits = new Map<string, Split>();
  // The folded last steps of the split paths: only a step among them needs its path looked up.
  const splitSteps = new Set<string>();
  const resolve: UnitIds = (steps, code) => {
    const ids: string[] = [];
    for (const [i, step] of steps.entries()) {
      const folded = `${step.kind}:${foldedName(step.name)}`;
      const split = splitSteps.has(folded) ? splits.get(pathKey(ids, folded)) : undefined;
      const ownCode = i === steps.length - 1 ? codeKey(code) : undefined;
      ids.push(
        split === undefined
          ? folded
          : ((ownCode !== undefined ? split.byCode.get(ownCode) : undefined) ??
              split.byName.get(nameKey(step.name)) ??
              `${step.kind}:${marked(step.name)}`),
      );
    }
    return ids;
  };

  // The plans of the colliding paths by depth, so that each path is read with its parents already split.
  const byDepth: UnitRef[][] = [];
  for (const { unit } of plans) {
    if (unit === undefined || !colliding.has(foldedPath(unit))) continue;
    const level = byDepth[unit.parents.length];
    if (level) level.push(unit);
    else byDepth[unit.parents.length] = [unit];
  }
  for (const level of byDepth) {
    if (!level) continue;
    const met = new Map<string, { kind: string; codes: Set<string>; units: Met[] }>();
    for (const unit of level) {
      const folded = `${unit.kind}:${foldedName(unit.name)}`;
      const key = pathKey(resolve(unitSteps(unit).slice(0, -1)), folded);
      const entry = met.get(key) ?? { kind: unit.kind, codes: new Set(), units: [] };
      const code = codeKey(unit.code);
      if (code !== undefined) entry.codes.add(code);
      entry.units.push({ name: unit.name, code });
      met.set(key, entry);
    }
    for (const [key, entry] of met) {
      if (entry.codes.size < 2) continue;
      splits.set(key, buildSplit(entry.kind, entry.units));
      splitSteps.add(key.slice(key.lastIndexOf("\n") + 1));
    }
  }
  return resolve;
}

/** A split's key: the resolved ids above a step and the step's folded id. */
const pathKey = (above: readonly string[], folded: string) => [...above, folded].join("\n");
