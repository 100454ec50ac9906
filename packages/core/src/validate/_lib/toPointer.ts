/**
 * A JSON Pointer (RFC 6901) from path segments: "" for the root, "~" and
 * "/" in keys escaped as "~0" and "~1".
 */
export function toPointer(segments: readonly PropertyKey[]): string {
  return segments.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** The segments of a JSON Pointer, unescaped. */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
