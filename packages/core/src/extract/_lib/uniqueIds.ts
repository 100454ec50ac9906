/**
 * Hands out ids that are unique within one list, in time linear in the
 * number of ids: the first holder of an id keeps it, the second gets
 * `…-bis` (as a plan that letters two items "e)" reads), later ones
 * `…-bis3`, `…-bis4` … A counter per id means a text that repeats one item
 * letter thousands of times costs one look-up per item, not a search over
 * all the ids before it, and no id grows with the number of repeats.
 *
 * The suffixes never end in "-<digits>", so they cannot meet a child's id
 * ("c-a-2" is the second bullet under "c-a").
 *
 * @example
 * const unique = uniqueIds();
 * [unique("c-a"), unique("c-a"), unique("c-a")] // ["c-a", "c-a-bis", "c-a-bis3"]
 */
export function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  const repeats = new Map<string, number>();
  return (id) => {
    let candidate = id;
    if (used.has(candidate)) {
      let n = repeats.get(id) ?? 2;
      do {
        candidate = n === 2 ? `${id}-bis` : `${id}-bis${n}`;
        n++;
      } while (used.has(candidate));
      repeats.set(id, n);
    }
    used.add(candidate);
    return candidate;
  };
}
