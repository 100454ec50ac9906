import { describe, expect, it } from "vitest";
import { parseFailureMessages } from "../parseMessages";
import { fail, guard, succeed } from "./result";

const codes = { empty: "date.empty", internal: "date.internal-error" } as const;

describe("guard", () => {
  it("passes a string to the parser and returns its result", () => {
    expect(guard("21/02/2024", codes, (text) => succeed(text.length))).toEqual({ ok: true, value: 10 });
  });

  it("turns an exception into the internal-error failure instead of throwing", () => {
    expect(
      guard("x", codes, () => {
        throw new Error("bug");
      }),
    ).toEqual({
      ok: false,
      error: {
        code: "date.internal-error",
        message: parseFailureMessages["date.internal-error"].en,
        position: 0,
        expected: [],
        input: "x",
      },
    });
  });

  it("fails a value that is not a string with the empty code", () => {
    expect(guard(undefined, codes, () => succeed(1))).toEqual({
      ok: false,
      error: {
        code: "date.empty",
        message: parseFailureMessages["date.empty"].en,
        position: 0,
        expected: [],
        input: "",
      },
    });
  });
});

describe("fail", () => {
  it("clamps the position into the input", () => {
    expect(fail("date.not-a-date", "abc", 99)).toEqual({
      ok: false,
      error: {
        code: "date.not-a-date",
        message: parseFailureMessages["date.not-a-date"].en,
        position: 3,
        expected: [],
        input: "abc",
      },
    });
  });
});
