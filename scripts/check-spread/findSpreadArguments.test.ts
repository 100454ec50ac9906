import { describe, expect, it } from "vitest";
import { findSpreadArguments } from "./findSpreadArguments";

const found = (text: string) =>
  findSpreadArguments("a.ts", text).map((s) => `${s.line}:${s.column} ${s.call}`);

describe("findSpreadArguments", () => {
  it("reports a spread argument in a call or a new, with its place", () => {
    expect(found("issues.push(...read.issues);")).toEqual(["1:13 issues.push(...read.issues)"]);
    expect(
      found("const w = Math.max(\n  1,\n  ...rows.map((r) => r.length),\n);\nnew Set(...lists);"),
    ).toEqual(["3:3 Math.max( 1, ...rows.map((r) => r.length), )", "5:9 new Set(...lists)"]);
    expect(found("el.replaceChildren(...nodes);\nString.fromCharCode(...bytes);")).toHaveLength(2);
  });

  it("shows why it matters: a spread of 150,000 numbers overflows the stack", () => {
    const numbers = Array.from({ length: 150_000 }, (_, i) => i);
    expect(() => Math.max(...numbers)).toThrow(RangeError); // bounded-spread: the failure shown
    expect(found("Math.max(...numbers);")).toHaveLength(1);
  });

  it("leaves array literals, object spreads and parameters alone", () => {
    expect(
      found("const all = [...a, ...b];\nconst o = { ...x };\nfunction f(...xs: number[]) { return xs; }"),
    ).toEqual([]);
  });

  it("allows what is known to be bounded: literals, a literal constant, a rest parameter, fc.constantFrom, a marked line", () => {
    expect(found('f(...[1, 2]);\nf(..."abc");')).toEqual([]);
    expect(found('const PIECES = ["a", "b"] as const;\nfc.oneof(...PIECES);')).toEqual([]);
    expect(found("const at = (...parts: string[]) => join(tmp, ...parts);")).toEqual([]);
    expect(found("fc.constantFrom(...plans);")).toEqual([]);
    expect(found("// bounded-spread: four bytes\nString.fromCharCode(...png.slice(12, 16));")).toEqual([]);
    expect(found("g(...xs); // bounded-spread: a case's few arguments")).toEqual([]);
  });

  it("does not take a constant computed at run time, or a local array, as bounded", () => {
    expect(found("const ROWS = load();\nMath.max(...ROWS);")).toEqual(["2:10 Math.max(...ROWS)"]);
    expect(found("function g() { const xs = [1]; xs.push(...more); }")).toEqual(["1:40 xs.push(...more)"]);
  });
});
