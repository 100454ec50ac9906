import { appendChildren } from "./_lib/appendChildren";
import type { Child } from "./h";

/**
 * Replaces an element's children with the given ones, as `replaceChildren`
 * does, but taking them as arrays rather than spread arguments: a list of
 * 10,000 options or problems would overflow the call stack as
 * `replaceChildren(...list)`. Strings become text nodes, never markup.
 *
 * @param parent - the element to fill
 * @param children - nodes, text, or arrays of them (empty ones skipped)
 * @returns the element
 * @example
 * setChildren(select, plans.map((p) => h("option", { value: p.id }, p.title)))
 */
export function setChildren<E extends Element>(parent: E, ...children: (Child | readonly Child[])[]): E {
  const fragment = document.createDocumentFragment();
  appendChildren(fragment, children);
  parent.replaceChildren(fragment);
  return parent;
}
