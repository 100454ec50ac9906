/**
 * Compact JSON text of `value`, as `JSON.stringify` writes it except that -0
 * stays "-0" (which `JSON.parse` reads back as -0), so a round trip through
 * text is exact. Object keys whose value is undefined are left out, as
 * `JSON.stringify` does.
 */
export function stringifyJson(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : stringifyJson(v))).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const parts: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (v !== undefined) parts.push(`${JSON.stringify(key)}:${stringifyJson(v)}`);
    }
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value);
}
