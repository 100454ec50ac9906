/** The OpenDocument namespaces the .odt reader looks at. */
export const ODF = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  draw: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
} as const;

/** A tag or attribute as saxes gives it with namespaces: its namespace URI and local name. */
export interface NamedNode {
  readonly uri: string;
  readonly local: string;
}

/** Whether a node is `local` in namespace `ns`. */
export function isNode(node: NamedNode, ns: keyof typeof ODF, local: string): boolean {
  return node.uri === ODF[ns] && node.local === local;
}

/** The value of attribute `local` of namespace `ns` on a tag, if present. */
export function attributeOf(
  attributes: Readonly<
    Record<string, { readonly uri: string; readonly local: string; readonly value: string }>
  >,
  ns: keyof typeof ODF,
  local: string,
): string | undefined {
  for (const attribute of Object.values(attributes)) {
    if (attribute.uri === ODF[ns] && attribute.local === local) return attribute.value;
  }
  return undefined;
}
