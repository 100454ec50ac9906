/** The JSON-ish type of a value, as messages name it: "null", "array", "NaN" … */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

/** A short rendering of a value for a message: primitives as JSON, anything else by its type. */
export function previewValue(value: unknown): string {
  switch (typeof value) {
    case "string": {
      const json = JSON.stringify(value);
      return json.length > 60 ? `${json.slice(0, 58)}…"` : json;
    }
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    default:
      return typeName(value);
  }
}
