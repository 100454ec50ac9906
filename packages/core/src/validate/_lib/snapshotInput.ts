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

/**
 * Copies arbitrary input into plain data that the schema can parse without
 * running any of the input's code again: getters are read once, and a getter
 * or proxy that throws, a cycle, or nesting beyond {@link MAX_DEPTH} becomes
 * an issue and an absent value instead of an exception or a stack overflow.
 * Shared (acyclic) references are copied each time they are met, so the
 * node budget also bounds inputs that share structure exponentially.
 */
export function snapshotInput(input: unknown): InputSnapshot {
  const issues: ValidationIssue[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;

  const read = (container: object, key: string | number, path: PropertyKey[]): unknown => {
    try {
      return (container as Record<string | number, unknown>)[key];
    } catch (error) {
      issues.push(
        makeIssue("structure.unreadable", toPointer([...path, key]), { reason: describeError(error) }),
      );
      return undefined;
    }
  };

  const copy = (value: unknown, path: PropertyKey[]): unknown => {
    if (++nodes > MAX_NODES) throw TOO_LARGE;
    if (typeof value !== "object" || value === null) return value;
    if (path.length >= MAX_DEPTH) {
      issues.push(makeIssue("structure.too-deep", toPointer(path), { maxDepth: MAX_DEPTH }));
      return undefined;
    }
    if (ancestors.has(value)) {
      issues.push(makeIssue("structure.cycle", toPointer(path), {}));
      return undefined;
    }
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) out.push(copy(read(value, i, path), [...path, i]));
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        // defineProperty, so that a "__proto__" key stays data and never sets a prototype.
        Object.defineProperty(out, key, {
          value: copy(read(value, key, path), [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    } catch (error) {
      if (error === TOO_LARGE) throw error;
      issues.push(makeIssue("structure.unreadable", toPointer(path), { reason: describeError(error) }));
      return undefined;
    } finally {
      ancestors.delete(value);
    }
  };

  try {
    return { value: copy(input, []), issues, tooLarge: false };
  } catch (error) {
    if (error !== TOO_LARGE) throw error;
    return { value: undefined, issues: [], tooLarge: true };
  }
}
