import { formatMessage } from "../../messages/formatMessage";
import type { ParseResult } from "../ParseResult";
import { type ParseFailureCode, parseFailureMessages } from "../parseMessages";

/** A successful parse. */
export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** A failed parse with the catalogue's English message; `position` is clamped into the input. */
export function fail<T>(
  code: ParseFailureCode,
  input: string,
  position: number,
  expected: readonly string[] = [],
): ParseResult<T> {
  const at = Number.isFinite(position) ? Math.max(0, Math.min(input.length, Math.trunc(position))) : 0;
  return {
    ok: false,
    error: {
      code,
      message: formatMessage(parseFailureMessages, code, {}, "en"),
      position: at,
      expected,
      input,
    },
  };
}

/** The two failures every parser can give whatever it reads. */
export interface GuardCodes {
  /** Returned when the input is not a string, or holds only white space and markup. */
  readonly empty: ParseFailureCode;
  /** Returned when the parser itself throws: a bug, never the input's fault. */
  readonly internal: ParseFailureCode;
}

/**
 * Runs a parser so that it never throws: a non-string input fails with the
 * `empty` code, an exception with the `internal` code.
 */
export function guard<T>(
  input: unknown,
  codes: GuardCodes,
  parse: (text: string) => ParseResult<T>,
): ParseResult<T> {
  if (typeof input !== "string") return fail(codes.empty, "", 0);
  try {
    return parse(input);
  } catch {
    return fail(codes.internal, input, 0);
  }
}
