import { expect } from "vitest";
import type { z } from "zod";
import type { ParseResult } from "../parse/ParseResult";
import { parseFailureMessages } from "../parse/parseMessages";

// Test support (not shipped): what the property suites ask of every phrase parser's result.

const CODES = new Set(Object.keys(parseFailureMessages));

/**
 * A result is well formed: a failure has a code of `parseFailureMessages` under the parser's prefix, the
 * catalogue's English message, a position inside the input and the input itself; a success parses with
 * `schema`.
 */
export function expectWellFormed<T>(
  result: ParseResult<T>,
  input: unknown,
  prefix: string,
  schema: z.ZodType,
): void {
  // Checked by hand and asserted once: ten thousand runs of five `expect`s cost more than the parsers.
  const problem = problemOf(result, input, prefix, schema);
  if (problem !== undefined) expect({ input, result, problem }).toBeUndefined();
}

function problemOf<T>(
  result: ParseResult<T>,
  input: unknown,
  prefix: string,
  schema: z.ZodType,
): string | undefined {
  if (result.ok) {
    const parsed = schema.safeParse(result.value);
    return parsed.success ? undefined : `not a valid value: ${JSON.stringify(parsed.error.issues)}`;
  }
  const { code, message, position, input: echoed } = result.error;
  if (!CODES.has(code) || !code.startsWith(`${prefix}.`)) return `code ${code} not in the catalogue`;
  // An internal error is a bug, whatever the input: the suite must never see one.
  if (code.endsWith(".internal-error")) return `internal error`;
  if (message !== parseFailureMessages[code as keyof typeof parseFailureMessages].en) return "message";
  if (echoed !== (typeof input === "string" ? input : "")) return "input not echoed";
  if (!Number.isInteger(position) || position < 0 || position > echoed.length) return `position ${position}`;
  return undefined;
}

/** Runs per parser target in the property suites: the 10,000 inputs. */
export const PROPERTY_RUNS = 10_000;

/** Time allowed to one property of {@link PROPERTY_RUNS} runs, on a busy two-core machine. */
export const PROPERTY_TIMEOUT_MS = 60_000;
