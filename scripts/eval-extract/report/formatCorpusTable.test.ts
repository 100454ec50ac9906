import { describe, expect, it } from "vitest";
import { CORPUS_FIELDS } from "../corpus/CORPUS_FIELDS";
import { corpusFixture } from "./_lib/corpusFixture";
import { formatCorpusTable } from "./formatCorpusTable";

const evaluation = await corpusFixture();

describe("formatCorpusTable", () => {
  it("prints each field per document kind with right/stated, the goal marked in all, spurious and confident-wrong", () => {
    const lines = formatCorpusTable(evaluation).split("\n");
    expect(lines[0]).toBe(
      "| Trường (field) | Mục tiêu (goal) | plan | decision-with-plan | about-plan | other | all | thừa (spurious) | sai, tin chắc (confident wrong) |",
    );
    expect(lines).toHaveLength(2 + CORPUS_FIELDS.length + 8);
    // e02's title taken from the decision's summary at 0.9; e04 (other) gives none.
    expect(lines.find((l) => l.startsWith("| Trích yếu"))).toBe(
      "| Trích yếu (Title) | acc. ≥ 0.9 | 1.00 (1/1) | 0.00 (0/1) | — | 0.00 (0/1) | 0.33 ✗ (1/3) | 0 | 1 |",
    );
    // e03's news read as a plan of 2025 (confidence 0.5: spurious, not confident).
    expect(lines.find((l) => l.startsWith("| Năm, giai đoạn"))).toBe(
      "| Năm, giai đoạn (Period (year)) | acc. ≥ 0.9 | 1.00 (1/1) | 1.00 (1/1) | — | — | 1.00 ✓ (2/2) | 1 | 0 |",
    );
    expect(lines.find((l) => l.startsWith("| Loại văn bản"))).toBe(
      "| Loại văn bản (Document kind) | acc. ≥ 0.95 | 1.00 (1/1) | 0.00 (0/1) | 0.00 (0/1) | 0.00 (0/1) | 0.25 ✗ (1/4) | 0 | 2 |",
    );
    expect(lines.find((l) => l.startsWith("| Văn bản viện dẫn, F1"))).toBe(
      "| Văn bản viện dẫn, F1 (References F1) | F1 ≥ 0.9 | 1.00 | 1.00 | 0.00 | — | 0.91 ✓ | | |",
    );
    expect(lines.find((l) => l.startsWith("| Số văn bản"))).toBe(
      "| Số văn bản, lỗi (Documents, errors) |  | 1, 0 | 1, 0 | 1, 0 | 1, 0 | 4, 0 | | |",
    );
  });

  it("prints nothing for a variant that was not run", () => {
    expect(formatCorpusTable(evaluation, "docx")).toBe("");
  });
});
