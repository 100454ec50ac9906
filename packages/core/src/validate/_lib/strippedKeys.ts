import type { ValidationIssue } from "../ValidationIssue";
import { makeIssue } from "./makeIssue";
import { toPointer } from "./toPointer";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Every key of `input` that a successful parse left out of `output`, as a
 * structure.unknown-key warning: the same keys `unknownKeys` finds by walking
 * the schema, found in one walk of the two values side by side. zod's plain
 * objects strip the keys they do not define and keep every key they define
 * (even one whose value is undefined), and a union's output is the branch that
 * parsed the value, so what is missing from the output is what no schema
 * defines at that place.
 *
 * @param input - plain data (see snapshotInput) that parsed
 * @param output - the parse's output
 */
export function strippedKeys(input: unknown, output: unknown): ValidationIssue[] {
  // Most plans have no unknown key: one quick walk with no path says so.
  if (!anyStripped(input, output)) return [];
  const out: ValidationIssue[] = [];
  const path: PropertyKey[] = [];
  const walk = (a: unknown, b: unknown): void => {
    if (a === b || typeof a !== "object" || a === null || typeof b !== "object" || b === null) return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      for (let i = 0; i < a.length && i < b.length; i++) {
        path.push(i);
        walk(a[i], b[i]);
        path.pop();
      }
      return;
    }
    if (!isRecord(b)) return;
    for (const key of Object.keys(a)) {
      path.push(key);
      if (Object.hasOwn(b, key)) walk((a as Record<string, unknown>)[key], b[key]);
      else out.push(makeIssue("structure.unknown-key", toPointer(path), { key }));
      path.pop();
    }
  };
  walk(input, output);
  return out;
}

/** Whether a successful parse left any key of `input` out of `output`: `strippedKeys` without the paths. */
function anyStripped(a: unknown, b: unknown): boolean {
  if (a === b || typeof a !== "object" || a === null || typeof b !== "object" || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (anyStripped(a[i], b[i])) return true;
    return false;
  }
  if (!isRecord(b)) return false;
  for (const key of Object.keys(a)) {
    if (!Object.hasOwn(b, key) || anyStripped((a as Record<string, unknown>)[key], b[key])) return true;
  }
  return false;
}
