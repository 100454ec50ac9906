import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..");
/** Test-only files: tests, and the Node-only testing entry (`@parcomms/ingest/testing`, never loaded by the main entry). */
const TEST_ONLY = /(\.test\.ts|\.test-d\.ts|^testing[\\/].*)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !TEST_ONLY.test(relative(SRC, path)) ? [path] : [];
  });
}

/** A static or dynamic import of a Node-only module; `typeof import("node:…")` is a type, erased from the build. */
const NODE_ONLY = /(?:from\s+|(?<!typeof\s+)import\(\s*)"(node:[^"]+|jsdom|@resvg\/resvg-js)"/g;

describe("@parcomms/ingest reads from bytes, in Node and in browsers", () => {
  it("no source file imports node:*, jsdom or resvg (tests may); mammoth is loaded on demand", () => {
    const files = sourceFiles(SRC);
    const found = files.flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(NODE_ONLY)].map((m) => `${relative(SRC, path)}: ${m[1]}`),
    );
    expect(found).toEqual([]);
    const mammoth = files.filter((path) => /from\s+"mammoth"/.test(readFileSync(path, "utf8")));
    expect(mammoth).toEqual([]);
    expect(files.map((path) => relative(SRC, path))).toContain(join("_lib", "docxText.ts"));
  });
});
