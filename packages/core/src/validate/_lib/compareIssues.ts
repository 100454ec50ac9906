import type { ValidationIssue } from "../ValidationIssue";
import { fromPointer } from "./toPointer";

const INDEX = /^(?:0|[1-9]\d*)$/;

/** Orders JSON Pointers segment by segment, list indexes by number ("/a/2" before "/a/10"). */
function comparePointers(a: string, b: string): number {
  const x = fromPointer(a);
  const y = fromPointer(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const s = x[i] as string;
    const t = y[i] as string;
    if (s === t) continue;
    if (INDEX.test(s) && INDEX.test(t)) return Number(s) - Number(t);
    return s < t ? -1 : 1;
  }
  return x.length - y.length;
}

/** The order issues are reported in: by path, then code, then params, so that equal input gives equal output. */
export function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  const byPath = comparePointers(a.path, b.path);
  if (byPath !== 0) return byPath;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const p = JSON.stringify(a.params);
  const q = JSON.stringify(b.params);
  return p < q ? -1 : p > q ? 1 : 0;
}
