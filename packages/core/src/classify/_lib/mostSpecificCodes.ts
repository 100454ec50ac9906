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
  const parentOf = new Map(entries.map((e) => [e.code, e.parent]));
  const family = (code: string) => parentOf.get(code) ?? code;
  const kept = matches.filter(
    (m) =>
      !matches.some(
        (o) =>
          o.code !== m.code &&
          family(o.code) === family(m.code) &&
          o.start <= m.start &&
          m.end <= o.end &&
          (o.end - o.start > m.end - m.start || parentOf.get(o.code) === m.code),
      ),
  );
  const firstAt = new Map<string, number>();
  for (const m of kept) if (!firstAt.has(m.code)) firstAt.set(m.code, m.start);
  const depth = (code: string) => (parentOf.get(code) === undefined ? 0 : 1);
  return [...firstAt.keys()].sort(
    (a, b) => depth(b) - depth(a) || (firstAt.get(a) as number) - (firstAt.get(b) as number),
  );
}
