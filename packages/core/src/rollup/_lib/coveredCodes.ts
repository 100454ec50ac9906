import { type CodeTree, selfAndAncestors } from "./codeTree";

/**
 * Every code that a set of used codes covers: each used code and its
 * ancestors, since a child code covers its parent ("indices.sipas" covers
 * "indices"), never the other way round.
 */
export function coveredCodes(tree: CodeTree, used: Iterable<string>): Set<string> {
  const covered = new Set<string>();
  for (const code of used) for (const c of selfAndAncestors(tree, code)) covered.add(c);
  return covered;
}
