/** A child: a node, text (always inserted as text, never parsed as HTML), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Appends children one by one (arrays flattened, empty ones skipped): no spread, so any number of them. */
export function appendChildren(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) appendChildren(parent, child);
    else if (child === null || child === undefined || child === false) continue;
    else
      parent.appendChild(
        typeof child === "object" ? (child as Node) : document.createTextNode(String(child)),
      );
  }
}
