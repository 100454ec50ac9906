/**
 * Drops a family code when one of its children is in the list too
 * ("official-posting" beside "official-posting.one-stop"): the specific
 * code says all the family code says.
 *
 * @param codes - codes as matched, in order
 * @returns the codes without covered family codes, order kept
 * @example
 * dropCoveredParents(["official-posting.one-stop", "official-posting", "press"]);
 * // ["official-posting.one-stop", "press"]
 */
export function dropCoveredParents<C extends string>(codes: readonly C[]): C[] {
  const parents = new Set(codes.filter((c) => c.includes(".")).map((c) => c.slice(0, c.indexOf("."))));
  return codes.filter((c) => !parents.has(c));
}
