import { describe, expect, it } from "vitest";
import { readMentions } from "./readMentions";

const block = (text: string, n = 1) => ({ text, lines: { start: n, end: n } });

describe("readMentions", () => {
  it("reads a plan named by number with its date, issuer, tier, years and title", () => {
    const [mention, ...rest] = readMentions(
      [
        block(
          "Ngày 10/02/2025, UBND huyện Chợ Mới ban hành Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND huyện Chợ Mới về tuyên truyền cải cách hành chính năm 2025.",
        ),
      ],
      2025,
    );
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({
      number: "45",
      symbol: "KH-UBND",
      issueDate: { year: 2025, month: 2, day: 10 },
      issuerBody: "people-committee",
      level: "district",
      period: { start: "2025", end: "2025" },
    });
  });

  it("reads a plan by the decision that issues it, and a short name once", () => {
    const mentions = readMentions(
      [
        block(
          "Bộ trưởng ký Quyết định số 049/QĐ-BNV ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025.",
        ),
        block(
          "Căn cứ Kế hoạch số 22/KH-UBND ngày 15/02/2023 của UBND tỉnh (sau đây gọi là Kế hoạch số 22).",
          2,
        ),
        block("Các đơn vị không sao chép Kế hoạch số 22.", 3),
      ],
      2025,
    );
    expect(mentions.map((m) => [m.number, m.symbol])).toEqual([
      ["049", "QĐ-BNV"],
      ["22", "KH-UBND"],
    ]);
  });

  it("keeps a plan named without a number only when none is named by one", () => {
    const named = readMentions(
      [block("Xã đã xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2024 của UBND xã.")],
      2024,
    );
    expect(named).toHaveLength(1);
    expect(named[0]?.number).toBeUndefined();
    expect(named[0]?.period).toEqual({ start: "2024", end: "2024" });
  });

  it("dates a plan by the sentence's opening date when the citation gives none, only with its year", () => {
    const [dated] = readMentions(
      [
        block(
          "Ngày 12/3/2025, Ủy ban nhân dân huyện Định Quán ban hành Kế hoạch số 45/KH-UBND về tuyên truyền.",
        ),
      ],
      2025,
    );
    expect(dated).toMatchObject({
      number: "45",
      issueDate: { year: 2025, month: 3, day: 12 },
      level: "district",
    });
    const [undated] = readMentions(
      [block("Ngày 12/3, UBND huyện Định Quán ban hành Kế hoạch số 45/KH-UBND.")],
      2025,
    );
    expect(undated?.issueDate).toBeUndefined();
  });
});
