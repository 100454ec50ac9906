import { h } from "../dom/h";

/**
 * One notebook section: a heading, a short explanation, its controls and its
 * result, as a labelled region.
 *
 * @param id - the section's id (the anchor of the table of contents)
 * @param title - the heading
 * @param intro - the explanation
 * @param controls - inputs, or null
 * @param result - where the result goes
 * @example
 * section("compare", "3. So sánh", "…", null, h("div"))
 */
export function section(
  id: string,
  title: string,
  intro: string,
  controls: HTMLElement | null,
  result: HTMLElement,
): HTMLElement {
  return h(
    "section",
    { id, class: "nb-section", "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, title),
    h("p", { class: "intro" }, intro),
    controls ? h("div", { class: "controls" }, controls) : null,
    h("div", { class: "result" }, result),
  );
}
