import type { Codelist } from "../../model/CodelistEntry";

/** A two-level codelist read for roll-ups: order, parents, top-level and leaf codes. */
export interface CodeTree {
  /** Position of each code in the codelist, for stable ordering. */
  readonly order: ReadonlyMap<string, number>;
  readonly parent: ReadonlyMap<string, string>;
  /** Entries without a parent, in codelist order. */
  readonly top: readonly string[];
  /** Entries without children, in codelist order (a top entry with no children is a leaf too). */
  readonly leaves: readonly string[];
}

const cache = new WeakMap<Codelist, CodeTree>();

/** Indexes a codelist once; later calls with the same object reuse the index. */
export function codeTree(codelist: Codelist): CodeTree {
  const cached = cache.get(codelist);
  if (cached) return cached;
  const order = new Map<string, number>();
  const parent = new Map<string, string>();
  const hasChildren = new Set<string>();
  codelist.entries.forEach((e, i) => {
    order.set(e.code, i);
    if (e.parent !== undefined) {
      parent.set(e.code, e.parent);
      hasChildren.add(e.parent);
    }
  });
  const codes = codelist.entries.map((e) => e.code);
  const tree: CodeTree = {
    order,
    parent,
    top: codes.filter((c) => !parent.has(c)),
    leaves: codes.filter((c) => !hasChildren.has(c)),
  };
  cache.set(codelist, tree);
  return tree;
}

/**
 * The top-level code of a code: its farthest ancestor in the codelist. A code
 * the codelist does not know is cut at its first dot ("indices.xyz" → "indices"),
 * the codelists' naming convention, so unknown codes still roll up.
 */
export function topCode(tree: CodeTree, code: string): string {
  let tops = topCodes.get(tree);
  if (!tops) {
    tops = new Map();
    topCodes.set(tree, tops);
  }
  let top = tops.get(code);
  if (top === undefined) {
    top = findTopCode(tree, code);
    if (tops.size < 4096) tops.set(code, top);
  }
  return top;
}

const topCodes = new WeakMap<CodeTree, Map<string, string>>();

function findTopCode(tree: CodeTree, code: string): string {
  if (!tree.order.has(code)) return code.split(".")[0] ?? code;
  let current = code;
  const seen = new Set<string>();
  for (let up = tree.parent.get(current); up !== undefined && !seen.has(up); up = tree.parent.get(current)) {
    seen.add(current);
    current = up;
  }
  return current;
}

/** The code and its ancestors, nearest first. */
export function selfAndAncestors(tree: CodeTree, code: string): string[] {
  const chain = [code];
  for (let up = tree.parent.get(code); up !== undefined && !chain.includes(up); up = tree.parent.get(up)) {
    chain.push(up);
  }
  if (!tree.order.has(code) && code.includes(".")) chain.push(code.split(".")[0] as string);
  return chain;
}

/** Sorts codes in codelist order; codes the codelist does not know follow, alphabetically; `last` goes last. */
export function sortCodes(tree: CodeTree, codes: Iterable<string>, last?: string): string[] {
  const known: string[] = [];
  const unknown: string[] = [];
  let hasLast = false;
  for (const c of new Set(codes)) {
    if (c === last) hasLast = true;
    else if (tree.order.has(c)) known.push(c);
    else unknown.push(c);
  }
  known.sort((a, b) => (tree.order.get(a) as number) - (tree.order.get(b) as number));
  unknown.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (unknown.length > 0) for (const item of unknown) known.push(item);
  if (hasLast) known.push(last as string);
  return known;
}
