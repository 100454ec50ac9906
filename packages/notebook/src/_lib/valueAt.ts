/**
 * The value at a JSON Pointer (RFC 6901) in a plain value, or undefined.
 *
 * @example
 * valueAt({ a: [{ b: 1 }] }, "/a/0/b") // 1
 */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
