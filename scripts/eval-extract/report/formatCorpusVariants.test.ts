import { describe, expect, it } from "vitest";
import { corpusFixture } from "./_lib/corpusFixture";
import { formatCorpusVariants } from "./formatCorpusVariants";

const evaluation = await corpusFixture();

describe("formatCorpusVariants", () => {
  it("prints each corpus goal per variant with its mark", () => {
    const lines = formatCorpusVariants(evaluation).split("\n");
    expect(lines[0]).toBe("| Mục tiêu trên ngữ liệu (corpus goal) | Mục tiêu (goal) | clean | crlf |");
    expect(lines).toHaveLength(2 + 9);
    expect(lines.find((l) => l.startsWith("| Sai mà"))).toBe(
      "| Sai mà độ tin cậy ≥ 0,8 (Wrong with confidence ≥ 0.8) | = 0 | 3 ✗ | 3 ✗ |",
    );
    expect(lines.find((l) => l.startsWith("| Số (Number)"))).toBe(
      "| Số (Number) | acc. ≥ 0.9 | 0.67 ✗ | 0.67 ✗ |",
    );
  });
});
