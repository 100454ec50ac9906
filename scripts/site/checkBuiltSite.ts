/**
 * Checks the documentation site as VitePress built it (docs/.vitepress/dist):
 * every internal link and anchor resolves to a built page and an element of
 * it, and nothing is loaded from another host, so the site works offline.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A link of a built page that leads nowhere. */
export interface BrokenLink {
  /** The page, relative to the site's folder (`start-developer.html`). */
  readonly page: string;
  /** The link as written in the page. */
  readonly href: string;
  /** `page` when no built file answers the path, `anchor` when the page has no element with that id. */
  readonly reason: "page" | "anchor";
}

/** A reference to another host that the browser would follow on its own (not a link the reader clicks). */
export interface RemoteReference {
  /** The file, relative to the site's folder. */
  readonly file: string;
  /** The URL. */
  readonly url: string;
}

/** What `checkBuiltSite` found; a good site has both lists empty. */
export interface SiteCheck {
  /** The pages checked (every `.html` file). */
  readonly pages: number;
  /** The internal links checked, anchors included. */
  readonly links: number;
  readonly brokenLinks: BrokenLink[];
  readonly remoteReferences: RemoteReference[];
}

/**
 * URLs that VitePress's own scripts contain but never fetch for this site:
 * XML namespace names, the text of Vue's production error messages, and the
 * icon fallback of the social links (the site declares none).
 */
const INERT_URL_PREFIXES = [
  "http://www.w3.org/",
  "https://vuejs.org/error-reference/",
  "https://api.iconify.design/simple-icons/",
];

/** The base VitePress's router parses paths against (`new URL(path, "http://a.com")`); nothing is fetched from it. */
const INERT_URLS = new Set(["http://a.com"]);

const ORIGIN = "http://site.invalid";
const HTTP_URL = /https?:\/\/[^\s"'`)<>\\]+/g;

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** The tags of an HTML page outside its inline scripts, each with its name and attributes. */
function tags(html: string): { name: string; attributes: Map<string, string> }[] {
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (script) =>
    script.slice(0, script.indexOf(">") + 1),
  );
  const found: { name: string; attributes: Map<string, string> }[] = [];
  for (const tag of withoutScripts.matchAll(
    /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g,
  )) {
    const attributes = new Map<string, string>();
    for (const a of (tag[2] as string).matchAll(
      /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      attributes.set((a[1] as string).toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ""));
    }
    found.push({ name: (tag[1] as string).toLowerCase(), attributes });
  }
  return found;
}

function isRemote(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

/** The built file a site path answers with, as VitePress's static server would: `x.html`, `x/index.html`. */
function resolvePage(
  pages: Map<string, Set<string>>,
  others: Set<string>,
  pathname: string,
): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\//, "");
  const candidates =
    path === "" || path.endsWith("/") ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((c) => pages.has(c) || others.has(c));
}

/**
 * Checks every page of a built VitePress site: each internal link leads to a
 * built file and, with a fragment, to an element with that id; no tag loads
 * a resource from another host; no stylesheet imports one; and no script
 * holds a URL other than the few known to be inert.
 *
 * @param folder - The built site (`docs/.vitepress/dist`).
 * @returns The pages and links checked, and the problems found.
 * @example
 * const check = checkBuiltSite("docs/.vitepress/dist");
 * check.brokenLinks; // → [] when every link resolves
 * check.remoteReferences; // → [] when the site works offline
 */
export function checkBuiltSite(folder: string): SiteCheck {
  const all = files(folder).map((path) => relative(folder, path).split(sep).join("/"));
  const htmlFiles = all.filter((f) => f.endsWith(".html"));
  const others = new Set(all.filter((f) => !f.endsWith(".html")));
  const parsed = new Map(htmlFiles.map((f) => [f, tags(readFileSync(join(folder, f), "utf8"))] as const));
  const ids = new Map(
    [...parsed].map(([page, pageTags]) => [
      page,
      new Set(
        pageTags
          .flatMap((t) => [t.attributes.get("id"), t.attributes.get("name")])
          .filter((v) => v !== undefined),
      ),
    ]),
  );
  const brokenLinks: BrokenLink[] = [];
  const remoteReferences: RemoteReference[] = [];
  let links = 0;

  for (const [page, pageTags] of parsed) {
    for (const { name, attributes } of pageTags) {
      for (const key of ["src", "href", "srcset", "poster", "data", "action", "formaction"]) {
        const value = attributes.get(key);
        if (value === undefined) continue;
        if (name !== "a" && value.split(/[\s,]+/).some(isRemote))
          remoteReferences.push({ file: page, url: value });
      }
      const style = attributes.get("style");
      for (const url of style?.match(HTTP_URL) ?? []) remoteReferences.push({ file: page, url });
      const href = attributes.get("href");
      if (name !== "a" || href === undefined || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//"))
        continue;
      links++;
      const url = new URL(href, `${ORIGIN}/${page}`);
      const target =
        url.pathname === new URL(`${ORIGIN}/${page}`).pathname
          ? page
          : resolvePage(ids, others, url.pathname);
      if (target === undefined) {
        brokenLinks.push({ page, href, reason: "page" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== "" && !ids.get(target)?.has(fragment))
        brokenLinks.push({ page, href, reason: "anchor" });
    }
  }

  for (const file of [...others].filter((f) => f.endsWith(".css"))) {
    const css = readFileSync(join(folder, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const m of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)/g)) {
      if (isRemote(m[1] as string)) remoteReferences.push({ file, url: m[1] as string });
    }
  }
  // Page chunks (`*.md.*.js`) render the same HTML as the pages checked above; the rest is VitePress's code.
  for (const file of [...others].filter((f) => f.endsWith(".js") && !/\.md\.[\w-]+(\.lean)?\.js$/.test(f))) {
    const js = readFileSync(join(folder, file), "utf8").replace(/\/\*[!*][\s\S]*?\*\//g, "");
    for (const m of js.matchAll(HTTP_URL)) {
      const url = m[0];
      if (INERT_URLS.has(url) || INERT_URL_PREFIXES.some((p) => url.startsWith(p))) continue;
      remoteReferences.push({ file, url });
    }
  }
  return { pages: htmlFiles.length, links, brokenLinks, remoteReferences };
}
