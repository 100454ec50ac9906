import type { Language } from "@parcomms/core";
import { h } from "../dom/h";
import { t } from "../i18n/t";
import type { Section } from "../sections/Context";

/**
 * The page around the sections: a skip link, the masthead (title, language
 * switch, copy-link button), the table of contents and the footer.
 *
 * @param onLanguage - called with the language the reader picks
 * @returns the nodes of the page, the sections' elements in its main column
 * @example
 * root.replaceChildren(...pageChrome("vi", sections, (l) => notebook.set({ language: l })));
 */
export function pageChrome(
  language: Language,
  sections: readonly Section[],
  onLanguage: (language: Language) => void,
): Node[] {
  const languageButtons = (["vi", "en"] as const).map((l) =>
    h(
      "button",
      {
        type: "button",
        class: "lang",
        lang: l,
        "aria-pressed": String(l === language),
        onclick: () => onLanguage(l),
      },
      l === "vi" ? "Tiếng Việt" : "English",
    ),
  );
  const linkNote = h("span", { class: "hint", role: "status" });
  const copy = h(
    "button",
    {
      type: "button",
      class: "button",
      id: "copy-link",
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(location.href);
          linkNote.textContent = t(language, "app.linkCopied");
        } catch {
          linkNote.textContent = t(language, "app.linkShown");
        }
      },
    },
    t(language, "app.copyLink"),
  );
  const toc = h(
    "nav",
    { class: "toc", "aria-label": t(language, "app.contents") },
    h("h2", {}, t(language, "app.contents")),
    h(
      "ol",
      {},
      sections.map((s) => {
        const heading = s.element.querySelector("h2")?.textContent ?? s.element.id;
        return h(
          "li",
          {},
          h(
            "a",
            { href: `#${s.element.id}`, "data-section": s.element.id },
            heading.replace(/^\d+\.\s*/, ""),
          ),
        );
      }),
    ),
  );
  // Section links must not replace the state in the fragment: scroll instead.
  toc.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    if (!link) return;
    event.preventDefault();
    const target = document.getElementById(link.dataset.section ?? "");
    target?.scrollIntoView();
    target?.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
    target?.querySelector<HTMLElement>("h2")?.focus();
  });
  return [
    h(
      "a",
      {
        class: "skip",
        href: "#main",
        onclick: (e: Event) => {
          e.preventDefault();
          document.getElementById("main")?.focus();
        },
      },
      t(language, "app.skip"),
    ),
    h(
      "header",
      { class: "masthead" },
      h(
        "div",
        { class: "masthead-inner" },
        h(
          "div",
          {},
          h("p", { class: "brand" }, "ParComms"),
          h("h1", {}, t(language, "app.title")),
          h("p", { class: "tagline" }, t(language, "app.tagline")),
        ),
        h(
          "div",
          { class: "masthead-tools" },
          h(
            "div",
            { class: "lang-switch", role: "group", "aria-label": t(language, "app.language") },
            languageButtons,
          ),
          copy,
          linkNote,
        ),
      ),
    ),
    h(
      "div",
      { class: "layout" },
      toc,
      h(
        "main",
        { id: "main", tabindex: -1 },
        sections.map((s) => s.element),
      ),
    ),
    h("footer", { class: "footer" }, t(language, "app.footer")),
  ];
}
