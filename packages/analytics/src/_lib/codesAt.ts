import type { Codelist, LocalizedText } from "@parcomms/core";

/** A code of one level of a codelist, with its parent when it has one. */
export interface LevelCode {
  readonly code: string;
  readonly parent: string | undefined;
  readonly label: LocalizedText;
}

const cache = new WeakMap<Codelist, { top: LevelCode[]; leaf: LevelCode[] }>();

/**
 * The codes of one level of a two-level codelist, in codelist order: "top"
 * (entries without a parent) or "leaf" (entries without children; a top entry
 * with no children is a leaf too), the same levels `codelistCoverage` reports.
 */
export function codesAt(codelist: Codelist, level: "top" | "leaf"): readonly LevelCode[] {
  let levels = cache.get(codelist);
  if (!levels) {
    const parents = new Set(codelist.entries.flatMap((e) => (e.parent === undefined ? [] : [e.parent])));
    const all = codelist.entries.map((e) => ({ code: e.code, parent: e.parent, label: e.label }));
    levels = {
      top: all.filter((e) => e.parent === undefined),
      leaf: all.filter((e) => !parents.has(e.code)),
    };
    cache.set(codelist, levels);
  }
  return levels[level];
}
