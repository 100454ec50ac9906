import type { ValidationIssue } from "../ValidationIssue";
import { describeError } from "./describeError";
import { makeIssue } from "./makeIssue";
import { toPointer } from "./toPointer";

/** Deeper than any plan can be (a plan is about eight levels deep). */
export const MAX_DEPTH = 64;
/** Far more values than any plan holds (the largest seed plan has a few thousand). */
export const MAX_NODES = 1_000_000;

/** A plain copy of the input and what could not be copied. */
export interface InputSnapshot {
  /** The input as plain objects, arrays and primitives; unreadable parts are left out. */
  readonly value: unknown;
  /** structure.unreadable, structure.cycle and structure.too-deep issues. */
  readonly issues: ValidationIssue[];
  /** True when the input holds more than {@link MAX_NODES} values; `value` is then undefined. */
  readonly tooLarge: boolean;
}

const TOO_LARGE = Symbol("too large");

/** Sets a key of a copy; "__proto__" by defineProperty, so that it stays data and never sets a prototype. */
function setData(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  } else out[key] = value;
}
const BAIL = Symbol("bail");

/**
 * The copy of plain, well-formed data, the common case, with no path kept:
 * throws BAIL at the first cycle, nesting beyond MAX_DEPTH or property that
 * cannot be read, so that the careful copy runs and says where; throws
 * TOO_LARGE past the node budget, as the careful copy does.
 */
function quickCopy(input: unknown): unknown {
  const ancestors: object[] = [];
  let nodes = 0;
  const copy = (value: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES) throw TOO_LARGE;
    if (typeof value !== "object" || value === null) return value;
    if (depth >= MAX_DEPTH || ancestors.includes(value)) throw BAIL;
    ancestors.push(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) out.push(copy(value[i], depth + 1));
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        setData(out, key, copy((value as Record<string, unknown>)[key], depth + 1));
      }
      return out;
    } catch (error) {
      throw error === TOO_LARGE ? error : BAIL;
    } finally {
      ancestors.pop();
    }
  };
  return copy(input, 0);
}

/**
 * Copies arbitrary input into plain data that the schema can parse without
 * running any of the input's code again: getters are read once (twice when
 * some part of the input cannot be read, to say where), and a getter
 * or proxy that throws, a cycle, or nesting beyond {@link MAX_DEPTH} becomes
 * an issue and an absent value instead of an exception or a stack overflow.
 * Shared (acyclic) references are copied each time they are met, so the
 * node budget also bounds inputs that share structure exponentially. One
 * walk with a path stack: a pointer is made only for an issue.
 */
export function snapshotInput(input: unknown): InputSnapshot {
  const issues: ValidationIssue[] = [];
  // The path and the objects being copied, as stacks: a pointer is only made for an issue.
  const path: PropertyKey[] = [];
  const ancestors: object[] = [];
  let nodes = 0;

  const read = (container: object, key: string | number): unknown => {
    try {
      return (container as Record<string | number, unknown>)[key];
    } catch (error) {
      path.push(key);
      issues.push(makeIssue("structure.unreadable", toPointer(path), { reason: describeError(error) }));
      path.pop();
      return undefined;
    }
  };

  const copy = (value: unknown): unknown => {
    if (++nodes > MAX_NODES) throw TOO_LARGE;
    if (typeof value !== "object" || value === null) return value;
    if (path.length >= MAX_DEPTH) {
      issues.push(makeIssue("structure.too-deep", toPointer(path), { maxDepth: MAX_DEPTH }));
      return undefined;
    }
    if (ancestors.includes(value)) {
      issues.push(makeIssue("structure.cycle", toPointer(path), {}));
      return undefined;
    }
    const depth = path.length;
    ancestors.push(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        // Grown item by item, so that a proxy's huge length meets the node budget, not the allocator.
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) {
          const item = read(value, i);
          path.push(i);
          out.push(copy(item));
          path.pop();
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const item = read(value, key);
        path.push(key);
        const copied = copy(item);
        path.pop();
        setData(out, key, copied);
      }
      return out;
    } catch (error) {
      if (error === TOO_LARGE) throw error;
      path.length = depth;
      issues.push(makeIssue("structure.unreadable", toPointer(path), { reason: describeError(error) }));
      return undefined;
    } finally {
      ancestors.pop();
    }
  };

  try {
    // Plain data copies in one quick pass; anything else, or a reading that throws, is copied again
    // with the path kept, so that each issue says where (a getter may then run twice).
    try {
      return { value: quickCopy(input), issues, tooLarge: false };
    } catch (error) {
      if (error !== BAIL) throw error;
    }
    return { value: copy(input), issues, tooLarge: false };
  } catch (error) {
    if (error !== TOO_LARGE) throw error;
    return { value: undefined, issues: [], tooLarge: true };
  }
}
