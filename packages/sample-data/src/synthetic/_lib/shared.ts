/** Freezes a value and everything in it, so that parts shared between generated plans cannot be changed through one of them. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface Node<T> {
  value?: T;
  next?: Map<unknown, Node<T>>;
}

/**
 * A cache of values shared between generated plans, keyed by a path of
 * strings and numbers: a national dataset repeats the same offices, groups,
 * timeframes and wordings thousands of times, and sharing them keeps the
 * dataset small in memory and quick to make. Shared values are frozen.
 */
export function sharedCache<T>(): (path: readonly unknown[], make: () => T) => T {
  const root: Node<T> = {};
  return (path, make) => {
    let node = root;
    for (const key of path) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = deepFreeze(make());
    return node.value;
  };
}

const EMPTY: readonly never[] = Object.freeze([]);

/** A frozen empty list shared by every generated plan, where a list the model requires is empty. */
export function emptyList<T>(): T[] {
  return EMPTY as unknown as T[];
}

const labels = new Map<string, string[]>();

/** `${prefix}${n}` ("a-3", "row 2", "5"), made once and shared. */
export function numbered(prefix: string, n: number): string {
  let list = labels.get(prefix);
  if (!list) {
    list = [];
    labels.set(prefix, list);
  }
  let label = list[n];
  if (label === undefined) {
    label = `${prefix}${n}`;
    list[n] = label;
  }
  return label;
}
