import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../generated/root";
import { guideReferences } from "./guideReferences";

/** pnpm's own commands the guides use, and the binaries of the root's dependencies they run. */
const PNPM_COMMANDS = new Set(["install", "exec", "vitest", "add", "pack", "--filter"]);

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts,
);

describe("guideReferences", () => {
  it("finds the paths and pnpm commands of a guide, with their lines", () => {
    const text = [
      "Run `pnpm run docs`; see `packages/core/src/codelists` and `docs/charts.md#adding-a-chart`.",
      "```sh",
      "pnpm vitest run tests/golden   # the real plans",
      "```",
      "Not a path: `channels.test.ts`, `packages/ingest/src/documents/<format>/<format>Text.ts`.",
    ].join("\n");
    expect(guideReferences(text)).toEqual([
      { kind: "command", text: "pnpm run docs", line: 1 },
      { kind: "path", text: "packages/core/src/codelists", line: 1 },
      { kind: "path", text: "docs/charts.md", line: 1 },
      { kind: "command", text: "pnpm vitest", line: 3 },
    ]);
  });
});

describe.each(["CONTRIBUTING.md", "CHANGELOG.md"])("%s", (guide) => {
  const references = guideReferences(readFileSync(join(ROOT, guide), "utf8"));

  it("names only paths that exist", () => {
    const paths = references.filter((r) => r.kind === "path");
    expect(
      paths.filter((r) => !existsSync(join(ROOT, r.text))).map((r) => `${guide}:${r.line} ${r.text}`),
    ).toEqual([]);
  });

  it("names only pnpm commands that exist: a root script, or pnpm's own", () => {
    const unknown = references
      .filter((r) => r.kind === "command")
      .filter((r) => {
        const [, first, second] = r.text.split(" ");
        if (first === "run") return !scripts.includes(second ?? "");
        return !scripts.includes(first ?? "") && !PNPM_COMMANDS.has(first ?? "");
      });
    expect(unknown.map((r) => `${guide}:${r.line} ${r.text}`)).toEqual([]);
  });
});

it("README links to CONTRIBUTING.md and CHANGELOG.md", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  expect(readme).toContain("(CONTRIBUTING.md)");
  expect(readme).toContain("(CHANGELOG.md)");
});
