import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };

const SRC = join(import.meta.dirname, "..");
/** Test-only files: tests, and the jsdom document the chart tests draw in. */
const TEST_ONLY = /(\.test\.ts|\.test-d\.ts|_lib[\\/]testDocument\.ts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !TEST_ONLY.test(relative(SRC, path)) ? [path] : [];
  });
}

const NODE_ONLY = /(?:from\s+|import\(\s*)"(node:[^"]+|jsdom|@resvg\/resvg-js|mammoth)"/g;

describe("@parcomms/analytics runs in browsers", () => {
  it("no source file imports node:*, jsdom, resvg or mammoth (tests may)", () => {
    const found = sourceFiles(SRC).flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(NODE_ONLY)].map((m) => `${relative(SRC, path)}: ${m[1]}`),
    );
    expect(found).toEqual([]);
  });

  it("has no Node-only run-time dependency; jsdom only for the tests", () => {
    expect(Object.keys(packageJson.dependencies).filter((name) => /jsdom|resvg|mammoth/.test(name))).toEqual(
      [],
    );
    expect(packageJson.devDependencies.jsdom).toBe("catalog:");
    expect("bin" in packageJson).toBe(false);
  });
});
