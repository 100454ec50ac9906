import { type Codelist, channels, themes } from "@parcomms/core";

/** A two-level codelist as the baselines read it: each code's top-level code, and the top-level codes in order. */
export interface CodeTops {
  /** Code → its top-level code (itself for a top-level code). */
  readonly topOf: ReadonlyMap<string, string>;
  /** Top-level codes in codelist order. */
  readonly top: readonly string[];
}

function tops(codelist: Codelist): CodeTops {
  const parent = new Map(codelist.entries.map((e) => [e.code, e.parent]));
  const topOf = new Map<string, string>();
  for (const { code } of codelist.entries) {
    let top = code;
    for (let up = parent.get(top); up !== undefined; up = parent.get(top)) top = up;
    topOf.set(code, top);
  }
  return { topOf, top: codelist.entries.filter((e) => e.parent === undefined).map((e) => e.code) };
}

/**
 * The top-level codes of the built-in themes and channels codelists, the reference data every baseline
 * is given (the codelists are data, so a SQL or dataframe user would load them as a lookup table too).
 * A code the codelist does not know rolls up to its part before the first dot, as in core.
 *
 * @example
 * codeTops().themes.topOf.get("indices.sipas") // "indices"
 */
export function codeTops(): { readonly themes: CodeTops; readonly channels: CodeTops } {
  return { themes: tops(themes), channels: tops(channels) };
}

/**
 * The top-level code of a code, the part before the first dot when the codelist does not know it.
 *
 * @example
 * topCodeOf(codeTops().channels, "broadcast.commune-radio") // "broadcast"
 */
export function topCodeOf(list: CodeTops, code: string): string {
  return list.topOf.get(code) ?? (code.split(".")[0] as string);
}
