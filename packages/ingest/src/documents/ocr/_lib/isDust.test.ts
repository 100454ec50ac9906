import { describe, expect, it } from "vitest";
import { isDust } from "./isDust";

describe("isDust", () => {
  it('is one or two marks alone (a 200 dpi scan\'s specks: "Giang : . . ngày", "2024 _", "`\\" TT")', () => {
    expect([":", ".", "_", "'", '`"', ";", "”", ".."].map(isDust)).toEqual(Array(8).fill(true));
  });

  it("is not a dash, an ellipsis, a word with its mark, or a run of three marks", () => {
    expect(["-", "…", "...", "2024.", "“Kế", "3.", "____"].map(isDust)).toEqual(Array(7).fill(false));
  });
});
