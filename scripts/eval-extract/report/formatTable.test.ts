import { realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { type Extractor, evaluateExtraction } from "../evaluateExtraction";
import { emptyPlan } from "../score/_lib/emptyPlan";
import { MEASURES } from "../score/MEASURES";
import { formatTable } from "./formatTable";

// An extractor that reads nothing, on 000 alone (9 forms items, 000:75-123).
const empty: Extractor = () => ({ plan: emptyPlan("x") });
const evaluation = evaluateExtraction(empty, { plans: realPlans.slice(0, 1), seed: 1 });

describe("formatTable", () => {
  it("prints one row per measure with the goal and ✗ for missed goals", () => {
    const lines = formatTable(evaluation).split("\n");
    expect(lines[0]).toBe(
      "| Chỉ số (measure) | Mục tiêu (goal) | clean | crlf | nfd | hard-wrap | double-blank | page-furniture | all |",
    );
    expect(lines).toHaveLength(2 + MEASURES.length);
    expect(lines.find((l) => l.startsWith("| Kênh của công việc"))).toBe(
      "| Kênh của công việc (Task channels) | F1 ≥ 0.9 | 0.00 ✗ | 0.00 ✗ | 0.00 ✗ | 0.00 ✗ | 0.00 ✗ | 0.00 ✗ | 0.00 ✗ |",
    );
    expect(lines.find((l) => l.startsWith("| Bản nháp hợp lệ"))).toContain("1.00 ✓");
  });
});
