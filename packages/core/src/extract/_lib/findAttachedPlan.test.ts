import { describe, expect, it } from "vitest";
import { findAttachedPlan } from "./findAttachedPlan";
import { prepareLines } from "./prepareLines";

describe("findAttachedPlan", () => {
  it("finds the plan after a decision's signature, with its own number and date above its type line", () => {
    const text = [
      "QUYẾT ĐỊNH", // 0
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền.", // 1
      "Nơi nhận:", // 2
      "- Lưu: VT.", // 3
      "CHỦ TỊCH", // 4
      "Lê Văn Bình", // 5
      "ỦY BAN NHÂN DÂN", // 6
      "HUYỆN CHỢ MỚI", // 7
      "Số: 8/KH-UBND", // 8
      "Chợ Mới, ngày 2 tháng 3 năm 2024", // 9
      "KẾ HOẠCH", // 10
      "Tuyên truyền cải cách hành chính năm 2024", // 11
    ].join("\n");
    expect(findAttachedPlan(prepareLines(text), 1)).toEqual({ start: 6 });
  });

  it("finds a plan with no type line by its title in capitals above '(Ban hành kèm theo Quyết định …)'", () => {
    const text = [
      "QUYẾT ĐỊNH", // 0
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin, tuyên truyền.", // 1
      "KT. BỘ TRƯỞNG", // 2
      "THỨ TRƯỞNG", // 3
      "Trần Văn Nam", // 4
      "", // 5
      "THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2023", // 6
      "(Ban hành kèm theo Quyết định số 88/QĐ-BTP ngày 4/4/2023 của Bộ trưởng Bộ Tư pháp)", // 7
      "I. MỤC ĐÍCH, YÊU CẦU", // 8
    ].join("\n");
    const lines = prepareLines(text);
    expect(findAttachedPlan(lines, 1)).toBeUndefined();
    expect(findAttachedPlan(lines, 1, { untyped: true })).toEqual({
      start: 6,
      untyped: {
        title: { text: "THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2023", lines: { start: 7, end: 7 } },
        bodyStart: 7,
      },
    });
  });

  it("gives undefined for a decision with no plan's text, and skips a plan cited by number", () => {
    const text =
      "QUYẾT ĐỊNH\nĐiều 1. Thực hiện Kế hoạch số 12/KH-UBND.\nKế hoạch số 12/KH-UBND ngày 1/2/2024";
    expect(findAttachedPlan(prepareLines(text), 1)).toBeUndefined();
  });

  it("takes a plan without a type line over a running header on a later page that starts with one", () => {
    const text = [
      "QUYẾT ĐỊNH", // 0
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin, tuyên truyền.", // 1
      "BỘ TRƯỞNG", // 2
      "Trần Văn Hùng", // 3
      "", // 4
      "THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024", // 5
      "(Ban hành kèm theo Quyết định số 88/QĐ-BXD ngày 02/02/2024 của Bộ trưởng Bộ Xây dựng)", // 6
      "I. MỤC ĐÍCH, YÊU CẦU", // 7
      "- 2 -", // 8
      "KẾ HOẠCH THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH", // 9
      "II. NỘI DUNG", // 10
    ].join("\n");
    const lines = prepareLines(text);
    expect(findAttachedPlan(lines, 1, { untyped: true })?.start).toBe(5);
    // Without the untyped search (a decision that issues no plan), only the typed line is seen.
    expect(findAttachedPlan(lines, 1)?.start).toBe(9);
  });
});
