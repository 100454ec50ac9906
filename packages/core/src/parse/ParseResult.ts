/**
 * Why a phrase could not be read (lỗi đọc cụm từ): a stable code, a short
 * English message, where in the input it went wrong, and what was expected
 * there.
 *
 * @example
 * const failure: ParseFailure = {
 *   code: "date.invalid-day",
 *   message: "The day does not exist in that month.",
 *   position: 0,
 *   expected: ["a day that exists in the month"],
 *   input: "31/02/2024",
 * };
 */
export interface ParseFailure {
  /** Stable kebab-case code prefixed by the parser ("date.invalid-day"); see `parseFailureMessages`. */
  code: string;
  /** Short English sentence; the Vietnamese one is in `parseFailureMessages[code].vi`. */
  message: string;
  /** Offset into the original input (before folding) where the problem starts. */
  position: number;
  /** What the parser would have accepted at `position`, in words or patterns. */
  expected: readonly string[];
  /** The input as given. */
  input: string;
}

/**
 * The outcome of a phrase parser: the typed value, or a structured failure.
 * Parsers never throw.
 *
 * @example
 * const result: ParseResult<number> = { ok: true, value: 2024 };
 * if (result.ok) result.value; // 2024
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseFailure };
