import { describe, expect, it } from "vitest";
import { corpusFixture } from "./_lib/corpusFixture";
import { formatCorpusMisses } from "./formatCorpusMisses";

const evaluation = await corpusFixture();

describe("formatCorpusMisses", () => {
  it("lists each clean miss with the document, field, expected and got; damaged variants only add new ones", () => {
    const text = formatCorpusMisses(evaluation);
    expect(text).toContain(
      "### e02-huyen-decision-sequential (5)\n  - [wrong, confident] documentKind: expected decision-with-plan | got plan",
    );
    expect(text).toContain(
      "  - [wrong, confident] title: expected tuyên truyền cải cách hành chính huyện hàm yên giai đoạn 2023 - 2025 | got về việc ban hành kế hoạch tuyên truyền cải cách hành chính huyện hàm yên giai đoạn 2023 - 2025",
    );
    expect(text).toContain("  - [spurious] period: expected — | got 2025–2025");
    expect(text).not.toContain("### e01-");
    expect(text.endsWith("## corpus: crlf (only misses not on the clean text)")).toBe(true);
  });
});
