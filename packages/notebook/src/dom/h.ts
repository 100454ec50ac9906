import { appendChildren, type Child } from "./_lib/appendChildren";

export type { Child };

/** Attributes and properties {@link h} can set; `on*` keys add event listeners. */
export type Attributes = Record<string, string | number | boolean | undefined | null | EventListener>;

/**
 * Creates an HTML element with attributes and children. Strings become text
 * nodes, so text from files can never be read as markup.
 *
 * @param tag - the tag name
 * @param attributes - attributes (`false`/`null`/`undefined` skip one, `true` sets it empty), and `on<event>` listeners
 * @param children - nodes or text
 * @returns the element
 * @example
 * h("button", { type: "button", onclick: () => {} }, "<b>not bold</b>").textContent // "<b>not bold</b>"
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  appendChildren(element, children);
  return element;
}
