import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkBuiltSite } from "./checkBuiltSite";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A small built site, written from the given files. */
function site(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "parcomms-site-check-"));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const page = (body: string, head = "") =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe("checkBuiltSite", () => {
  it("accepts links to built pages, their anchors, folders and files, and links the reader clicks to other hosts", () => {
    const folder = site({
      "index.html": page(
        '<h1 id="top">ParComms</h1><a href="/domain.html#words-of-a-plan">words</a> <a href="domain">clean</a> ' +
          '<a href="./api/">api</a> <a href="#top">top</a> <a href="/plan.schema.json">schema</a> ' +
          '<a href="https://github.com/naptha/tesseract.js">tesseract.js</a> <a href="mailto:a@b.vn">mail</a>',
        '<link rel="stylesheet" href="/assets/style.css"><script type="module" src="/assets/app.js"></script>',
      ),
      "domain.html": page('<h2 id="words-of-a-plan">Words</h2><a href="index.html#top">home</a>'),
      "api/index.html": page(
        '<table><tr><td><a id="property-era"></a>era</td></tr></table><a href="../domain.html">up</a>',
      ),
      "plan.schema.json": "{}",
      "assets/style.css": "/*! lib | https://example.com */ body { background: url(/assets/x.svg) }",
      "assets/app.js":
        'const ns = "http://www.w3.org/2000/svg"; const e = "https://vuejs.org/error-reference/#runtime-1";',
      "assets/domain.md.abc123.js": 'const a = { href: "https://v8.dev/docs" };',
    });
    expect(checkBuiltSite(folder)).toEqual({ pages: 3, links: 7, brokenLinks: [], remoteReferences: [] });
  });

  it("reports a link to a missing page and a missing anchor", () => {
    const folder = site({
      "index.html": page(
        '<a href="/gone.html">gone</a> <a href="domain.html#no-such-heading">x</a> <a href="#top">top</a>',
      ),
      "domain.html": page('<h2 id="words">Words</h2>'),
    });
    expect(checkBuiltSite(folder).brokenLinks).toEqual([
      { page: "index.html", href: "/gone.html", reason: "page" },
      { page: "index.html", href: "domain.html#no-such-heading", reason: "anchor" },
      { page: "index.html", href: "#top", reason: "anchor" },
    ]);
  });

  it("reports fonts, images, stylesheets and scripts fetched from another host", () => {
    const folder = site({
      "index.html": page(
        '<img src="https://cdn.example.com/logo.png"><div style="background: url(https://cdn.example.com/bg.png)"></div>',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><script src="//cdn.example.com/a.js"></script>',
      ),
      "assets/style.css":
        '@import "https://fonts.example.com/inter.css"; a { background: url("//cdn.example.com/x.png") }',
      "assets/app.js": 'fetch("https://analytics.example.com/collect");',
    });
    expect(checkBuiltSite(folder).remoteReferences).toEqual([
      { file: "index.html", url: "https://fonts.googleapis.com/css2?family=Inter" },
      { file: "index.html", url: "//cdn.example.com/a.js" },
      { file: "index.html", url: "https://cdn.example.com/logo.png" },
      { file: "index.html", url: "https://cdn.example.com/bg.png" },
      { file: "assets/style.css", url: "https://fonts.example.com/inter.css" },
      { file: "assets/style.css", url: "//cdn.example.com/x.png" },
      { file: "assets/app.js", url: "https://analytics.example.com/collect" },
    ]);
  });
});
