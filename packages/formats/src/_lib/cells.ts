import type { Cell, ColumnSpec } from "../Table";
import { show } from "./readTable";

const LONE_SURROGATE = /\p{Cs}/u;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOLEAN = /^(?:true|false)$/i;

/**
 * Why `value` does not fit `column`, or undefined when it does. Text must be
 * well-formed Unicode: a lone surrogate cannot be written as UTF-8.
 */
export function cellProblem(value: Cell | undefined, column: ColumnSpec): string | undefined {
  if (value === undefined) return "the row has no cell for this column";
  if (value === null) return column.nullable ? undefined : "null in a column that is never null";
  switch (column.type) {
    case "string":
    case "json":
      if (typeof value !== "string")
        return `expected ${column.type === "json" ? "JSON text" : "a string"}, got ${show(value)}`;
      if (LONE_SURROGATE.test(value)) return "text with a lone surrogate, which UTF-8 cannot carry";
      if (column.type === "json" && !isJson(value)) return `expected JSON text, got ${show(value)}`;
      return undefined;
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value)
        ? undefined
        : `expected an integer, got ${show(value)}`;
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? undefined
        : `expected a finite number, got ${show(value)}`;
    case "boolean":
      return typeof value === "boolean" ? undefined : `expected a boolean, got ${show(value)}`;
  }
}

/** A number in JavaScript's shortest round-trip form, -0 kept as "-0". */
export function numberText(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/**
 * The cell of a CSV text under `column`, or a problem: `text` is null for an
 * unquoted empty cell (null) and "" for a quoted one (the empty string in a
 * string column, null in any other).
 */
export function cellFromText(text: string | null, column: ColumnSpec): { value: Cell } | { problem: string } {
  if (text === null || (text === "" && column.type !== "string")) {
    return column.nullable ? { value: null } : { problem: "empty cell in a column that is never null" };
  }
  // A lone surrogate cannot come from UTF-8 bytes, but text given in memory may carry one: refused as the writers refuse it.
  if (LONE_SURROGATE.test(text)) return { problem: "text with a lone surrogate, which UTF-8 cannot carry" };
  switch (column.type) {
    case "string":
      return { value: text };
    case "json":
      return isJson(text) ? { value: text } : { problem: `expected JSON text, got ${show(text)}` };
    case "integer": {
      const value = Number(text);
      return INTEGER.test(text) && Number.isSafeInteger(value)
        ? { value }
        : { problem: `expected an integer, got ${show(text)}` };
    }
    case "number": {
      const value = Number(text);
      return NUMBER.test(text) && Number.isFinite(value)
        ? { value }
        : { problem: `expected a number, got ${show(text)}` };
    }
    case "boolean":
      return BOOLEAN.test(text)
        ? { value: text.toLowerCase() === "true" }
        : { problem: `expected true or false, got ${show(text)}` };
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
