import type { CodelistMatch } from "../matchCodelist";

/** The part of a two-level codelist entry that `mostSpecificCodes` reads. */
export interface ParentedEntry {
  readonly code: string;
  readonly parent?: string | undefined;
}

/**
 * Reduces matches to the distinct codes they signal, most specific first.
 *
 * Within one family (a top-level entry and its children), a match that lies
 * inside a longer match of another code belongs to the longer phrase and is
 * dropped ("truyền thanh" inside "đài truyền thanh xã", "cuộc họp" inside
 * "cuộc họp thôn"), and so is a parent's match on the very same words as a
 * child's. A parent therefore survives only when it matched on words of its
 * own outside its children's matches. Matches of different families never
 * shadow each other; stop phrases (see `STOP_PHRASES`) handle those cases.
 *
 * @param matches - matches from `matchCodelist`
 * @param entries - the codelist's entries, for their parents
 * @returns distinct codes: second-level codes first, then top-level codes,
 *   each group in order of first occurrence
 * @example
 * mostSpecificCodes(matchCodelist("đài truyền thanh xã", channels), channels.entries)
 * // ["broadcast.commune-radio"]
 */
export function mostSpecificCodes(
  matches: readonly CodelistMatch[],
  entries: readonly ParentedEntry[],
): string[] {
  const { parentOf, familyOf } = families(entries);
  const firstAt = new Map<string, number>();
  for (const m of matches) {
    if (firstAt.has(m.code)) continue;
    let shadowed = false;
    for (const o of matches) {
      if (
        o.code !== m.code &&
        o.start <= m.start &&
        m.end <= o.end &&
        (familyOf.get(o.code) ?? o.code) === (familyOf.get(m.code) ?? m.code) &&
        (o.end - o.start > m.end - m.start || parentOf.get(o.code) === m.code)
      ) {
        shadowed = true;
        break;
      }
    }
    if (!shadowed) firstAt.set(m.code, m.start);
  }
  const codes = [...firstAt.keys()];
  if (codes.length < 2) return codes;
  return codes.sort(
    (a, b) =>
      (parentOf.get(b) === undefined ? 0 : 1) - (parentOf.get(a) === undefined ? 0 : 1) ||
      (firstAt.get(a) as number) - (firstAt.get(b) as number),
  );
}

interface Families {
  readonly parentOf: ReadonlyMap<string, string | undefined>;
  readonly familyOf: ReadonlyMap<string, string>;
}

// Codelists are constants: map each one's codes to their parents once.
const familyCache = new WeakMap<readonly ParentedEntry[], Families>();

function families(entries: readonly ParentedEntry[]): Families {
  let cached = familyCache.get(entries);
  if (cached === undefined) {
    const parentOf = new Map(entries.map((e) => [e.code, e.parent]));
    const familyOf = new Map(entries.map((e) => [e.code, parentOf.get(e.code) ?? e.code]));
    cached = { parentOf, familyOf };
    familyCache.set(entries, cached);
  }
  return cached;
}
