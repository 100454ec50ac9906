import { foldVietnamese } from "@parcomms/core";
import type { Table } from "@parcomms/formats";
import { tableColumns } from "../_lib/tableColumns";

/** A plan's unit as the tidy `plans` table carries it. */
export interface UnitCells {
  readonly kind: string;
  readonly name: string;
  /** Parents, nearest first. */
  readonly parents: readonly { readonly kind: string; readonly name: string }[];
  /** The official code as "era:digits", or null. */
  readonly code: string | null;
}

const MARK = /[\u0300-\u036f]/;
/** Marks of each word kept, their order and case ignored (core's `nameKey` rule). */
const markKey = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .map((w) =>
      [...w.normalize("NFD")]
        .filter((c) => MARK.test(c) || /[đĐðÐ]/.test(c))
        .map((c) => (MARK.test(c) ? c : "đ"))
        .sort()
        .join(""),
    )
    .join(".");
const spelling = (name: string) => name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The path steps of every plan's unit as core's default ids (`rollupHierarchy`, `groupPlans`): its parents
 * reversed, then the unit itself, each `kind:folded name`, except where units with different official
 * codes fold to the same path: there the step is `kind:marked spelling` (the smallest spelling of the
 * code), with `#digits` when two codes share a spelling, and a unit without a code or a child naming such a
 * parent goes by its marks. The baselines compute these exceptions here, in JavaScript; they are a handful
 * (22 pairs of communes in the national dataset).
 *
 * @example
 * unitPaths([{ kind: "xa", name: "Hoàng Long", parents: [{ kind: "huyen", name: "Phú Xuyên" }, { kind: "thanh-pho-tw", name: "Hà Nội" }], code: null }])
 * // [["thanh-pho-tw:ha noi", "huyen:phu xuyen", "xa:hoang long"]]
 */
export function unitPaths(units: readonly UnitCells[]): string[][] {
  const folded = new Map<string, string>();
  const fold = (name: string) => {
    let f = folded.get(name);
    if (f === undefined) {
      f = foldVietnamese(name);
      folded.set(name, f);
    }
    return f;
  };
  const stepsOf = (u: UnitCells) => [...u.parents].reverse().concat({ kind: u.kind, name: u.name });
  const plain = units.map((u) => stepsOf(u).map((s) => `${s.kind}:${fold(s.name)}`));
  const codes = new Map<string, Set<string>>();
  units.forEach((u, i) => {
    if (u.code === null) return;
    const key = (plain[i] as string[]).join("/");
    codes.set(key, (codes.get(key) ?? new Set()).add(u.code));
  });
  const colliding = new Set([...codes].filter(([, c]) => c.size > 1).map(([key]) => key));
  if (colliding.size === 0) return plain;

  // Split paths (resolved parents + folded step) → how to name a unit there, by code and by marks.
  const splits = new Map<string, { byCode: Map<string, string>; byMarks: Map<string, string | null> }>();
  const resolve = (u: UnitCells, own: boolean): string[] => {
    const out: string[] = [];
    const steps = stepsOf(u);
    const last = own ? steps.length : steps.length - 1;
    for (let i = 0; i < last; i++) {
      const s = steps[i] as { kind: string; name: string };
      const id = `${s.kind}:${fold(s.name)}`;
      const split = splits.get([...out, id].join("/"));
      const named = split?.byMarks.get(markKey(s.name));
      out.push(
        !split
          ? id
          : ((own && i === last - 1 && u.code !== null ? split.byCode.get(u.code) : undefined) ??
              named ??
              `${s.kind}:${spelling(s.name)}`),
      );
    }
    return out;
  };
  const rows = units
    .map((u, i) => ({ u, depth: u.parents.length, key: (plain[i] as string[]).join("/") }))
    .filter((r) => colliding.has(r.key))
    .sort((a, b) => a.depth - b.depth);
  for (let at = 0; at < rows.length; ) {
    const depth = rows[at]?.depth;
    const level = new Map<string, UnitCells[]>();
    for (; at < rows.length && rows[at]?.depth === depth; at++) {
      const u = (rows[at] as { u: UnitCells }).u;
      const key = [...resolve(u, false), `${u.kind}:${fold(u.name)}`].join("/");
      level.set(key, [...(level.get(key) ?? []), u]);
    }
    for (const [key, group] of level) {
      const coded = new Map<string, { names: string[]; marks: Set<string> }>();
      for (const u of group) {
        if (u.code === null) continue;
        const c = coded.get(u.code) ?? { names: [], marks: new Set<string>() };
        c.names.push(u.name);
        c.marks.add(markKey(u.name));
        coded.set(u.code, c);
      }
      if (coded.size < 2) continue;
      const clusters = [...coded].map(([code, c]) => ({ code: code as string | null, ...c }));
      for (const u of group) {
        if (u.code !== null) continue;
        const owners = clusters.filter((c) => c.marks.has(markKey(u.name)));
        const home =
          owners.length === 1
            ? owners[0]
            : clusters.find((c) => c.code === null && c.marks.has(markKey(u.name)));
        if (home) home.names.push(u.name);
        else clusters.push({ code: null, names: [u.name], marks: new Set([markKey(u.name)]) });
      }
      const kind = (group[0] as UnitCells).kind;
      const text = (c: { names: string[] }) => c.names.map(spelling).sort()[0] as string;
      const split = { byCode: new Map<string, string>(), byMarks: new Map<string, string | null>() };
      for (const c of clusters) {
        const shared = clusters.filter((o) => text(o) === text(c)).length > 1;
        const id = `${kind}:${text(c)}${shared && c.code ? `#${c.code.split(":")[1]}` : ""}`;
        if (c.code) split.byCode.set(c.code, id);
        for (const m of c.marks)
          split.byMarks.set(m, split.byMarks.has(m) && split.byMarks.get(m) !== id ? null : id);
      }
      splits.set(key, split);
    }
  }
  return splits.size > 0 ? units.map((u) => resolve(u, true)) : plain;
}

/**
 * The unit paths of the tidy `plans` table (see {@link unitPaths}), one per row.
 *
 * @example
 * unitPathsOfTable(planTables([plan001]).plans) // [["tinh:bac giang", "thanh-pho:bac giang"]]
 */
export function unitPathsOfTable(plans: Table): string[][] {
  const c = tableColumns(plans, ["unit_kind", "unit_name", "unit_parents", "unit_code", "unit_code_era"]);
  return unitPaths(
    c.unit_kind.map((kind, i) => ({
      kind: kind as string,
      name: c.unit_name[i] as string,
      parents: JSON.parse(c.unit_parents[i] as string) as UnitCells["parents"],
      code: c.unit_code[i] == null ? null : `${c.unit_code_era[i] as string}:${c.unit_code[i] as string}`,
    })),
  );
}
