// Builds the documentation site as `pnpm docs:build` does (into a scratch
// folder) and checks the result: VitePress itself fails the build on a dead
// link between pages; checkBuiltSite then follows every link and anchor of
// the built HTML and looks for anything fetched from another host.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../generated/root";
import { checkBuiltSite, type SiteCheck } from "./checkBuiltSite";

const out = mkdtempSync(join(tmpdir(), "parcomms-site-"));
let check: SiteCheck;

beforeAll(() => {
  const build = spawnSync(join(ROOT, "node_modules/.bin/vitepress"), ["build", "docs", "--outDir", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (build.status !== 0)
    throw new Error(`vitepress build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  check = checkBuiltSite(out);
}, 900_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the documentation site (pnpm docs:build)", () => {
  it("has a page for each kind of user, the domain, the benchmarks and the generated references", () => {
    for (const page of [
      "index.html",
      "start-developer.html",
      "start-analyst.html",
      "start-researcher.html",
      "domain.html",
      "glossary.html",
      "benchmarks.html",
      "codelists.html",
      "rules.html",
      "messages.html",
      "data.html",
      "schema.html",
      "plan.schema.json",
      "api/README.html",
      "api/@parcomms/core/index/functions/validatePlan.html",
      "vi/index.html",
      "vi/start-analyst.html",
      "vi/domain.html",
    ]) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
    // Every Markdown page of docs/ is a page of the site (the API reference is 440-odd of them).
    expect(check.pages).toBeGreaterThan(400);
  });

  it("resolves every internal link and anchor of every page", () => {
    expect(check.links).toBeGreaterThan(2000);
    expect(check.brokenLinks).toEqual([]);
  });

  it("gives headings GitHub's anchors, so links written for GitHub lead to them", () => {
    // docs/ingest.md links to this heading of docs/cli.md: "parcomms ingest <folders|files…> --out plans.jsonl …".
    expect(readFileSync(join(out, "cli.html"), "utf8")).toContain(
      'id="parcomms-ingest-foldersfiles---out-plansjsonl---recursive---review-name---jobs-n---force---json"',
    );
  });

  it("loads nothing from another host, so it works offline", () => {
    expect(check.remoteReferences).toEqual([]);
  });

  it("searches locally, with the chrome in Vietnamese on the Vietnamese pages", () => {
    const chunks = readdirSync(join(out, "assets/chunks"));
    expect(chunks.some((f) => f.startsWith("@localSearchIndexroot"))).toBe(true);
    expect(chunks.some((f) => f.startsWith("@localSearchIndexvi"))).toBe(true);
    const vi = readFileSync(join(out, "vi/start-analyst.html"), "utf8");
    expect(vi).toContain('lang="vi"');
    expect(vi).toContain("Hàng chờ rà soát");
    expect(readFileSync(join(out, "start-developer.html"), "utf8")).toContain('lang="en"');
  });

  it("shows the placeholders of the guides as text, not as Vue components", () => {
    // docs/extraction.md: 'optionally "trên địa bàn <unit>"' in prose.
    expect(readFileSync(join(out, "extraction.html"), "utf8")).toContain("trên địa bàn &lt;unit&gt;");
  });
});
