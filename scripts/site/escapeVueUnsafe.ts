/**
 * A markdown-it plugin for the documentation site: VitePress compiles every
 * page into a Vue template, so a placeholder written in prose (`<unit>`,
 * `<file>`) would be read as an unclosed component and `{{ … }}` as an
 * interpolation. The guides are also read on GitHub and checked by remark, so
 * they stay plain Markdown; the site escapes what Vue would misread instead.
 */
import type { MarkdownRenderer } from "vitepress";

/** HTML elements a guide or the TypeDoc output may write on purpose; any other tag is shown as text. */
const HTML_ELEMENTS = new Set([
  "a",
  "abbr",
  "b",
  "br",
  "code",
  "dd",
  "del",
  "details",
  "div",
  "dl",
  "dt",
  "em",
  "figcaption",
  "figure",
  "hr",
  "i",
  "img",
  "kbd",
  "li",
  "ol",
  "p",
  "pre",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "summary",
  "sup",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "u",
  "ul",
]);

const TAG = /<\/?([A-Za-z][\w-]*)/g;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Mustaches that Vue would interpolate, written as character references (the browser shows the braces). */
function escapeMustaches(html: string): string {
  return html.replace(/\{\{/g, "&#123;&#123;").replace(/\}\}/g, "&#125;&#125;");
}

/** Whether raw HTML from a page is safe for Vue: every tag in it is a known HTML element. */
function isKnownHtml(html: string): boolean {
  for (const match of html.matchAll(TAG)) {
    if (!HTML_ELEMENTS.has((match[1] as string).toLowerCase())) return false;
  }
  return true;
}

/**
 * Installs the escaping on a markdown-it instance (VitePress: `markdown.config`).
 *
 * @param md - The markdown-it instance VitePress renders pages with.
 * @example
 * // docs/.vitepress/config.ts
 * export default defineConfig({ markdown: { config: (md) => md.use(escapeVueUnsafe) } });
 * // then
 * md.render("on <unit> {{ x }}"); // → "<p>on &lt;unit&gt; &#123;&#123; x &#125;&#125;</p>\n"
 */
export function escapeVueUnsafe(md: MarkdownRenderer): void {
  const rules = md.renderer.rules;
  for (const type of ["html_inline", "html_block"] as const) {
    const original = rules[type];
    rules[type] = (tokens, idx, options, env, self) => {
      const token = tokens[idx];
      const html = original ? original(tokens, idx, options, env, self) : (token?.content ?? "");
      return escapeMustaches(isKnownHtml(html) ? html : escapeHtml(html));
    };
  }
  for (const type of ["text", "code_inline"] as const) {
    const original = rules[type];
    rules[type] = (tokens, idx, options, env, self) =>
      escapeMustaches(
        original ? original(tokens, idx, options, env, self) : escapeHtml(tokens[idx]?.content ?? ""),
      );
  }
}
