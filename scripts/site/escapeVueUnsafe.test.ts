import { createMarkdownRenderer } from "vitepress";
import { describe, expect, it } from "vitest";
import { ROOT } from "../generated/root";
import { escapeVueUnsafe } from "./escapeVueUnsafe";

// The renderer VitePress builds pages with, as docs/.vitepress/config.ts sets it up.
const md = await createMarkdownRenderer(`${ROOT}/docs`, { config: (it) => void it.use(escapeVueUnsafe) });
const render = (markdown: string) => md.render(markdown, {});

describe("escapeVueUnsafe", () => {
  it("shows a placeholder written in prose as text (docs/extraction.md: 'trên địa bàn <unit>')", () => {
    expect(render('optionally "trên địa bàn <unit>")')).toBe(
      "<p>optionally &quot;trên địa bàn &lt;unit&gt;&quot;)</p>\n",
    );
    expect(render("<file.jsonl>\n")).toContain("&lt;file.jsonl&gt;");
  });

  it("keeps the HTML the guides and the API reference write on purpose", () => {
    expect(render('| a | b |\n| - | - |\n| <a id="property-era"></a> `era` | x |')).toContain(
      '<td><a id="property-era"></a> <code>era</code></td>',
    );
    expect(render("H<sub>2</sub>O<br>")).toBe("<p>H<sub>2</sub>O<br></p>\n");
    expect(render("<details><summary>More</summary>\n\ntext\n\n</details>")).toContain(
      "<details><summary>More</summary>",
    );
  });

  it("writes mustaches so that Vue shows them instead of interpolating them", () => {
    expect(render("a {{ plan.id }} b `{{ x }}`")).toBe(
      "<p>a &#123;&#123; plan.id &#125;&#125; b <code>&#123;&#123; x &#125;&#125;</code></p>\n",
    );
  });
});
