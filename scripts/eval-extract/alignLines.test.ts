import { describe, expect, it } from "vitest";
import { alignLines } from "./alignLines";

describe("alignLines", () => {
  it("maps unwrapped paragraphs, header rows and table rows to the clean line they start on", () => {
    const clean =
      "Số: 12/KH-UBND\nGia Tân, ngày 05 tháng 3 năm 2024\n\n**KẾ HOẠCH**\nThực hiện Kế hoạch số 13/KH-UBND của UBND\nhuyện Gia Lộc\n1\tTuyên truyền\tVăn phòng";
    const read =
      "Số: 12/KH-UBND\tGia Tân, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nThực hiện Kế hoạch số 13/KH-UBND của UBND huyện Gia Lộc\n1\tTuyên truyền\tVăn phòng\nTrang 1/1";
    expect(alignLines(clean, read)).toEqual([1, 4, 5, 7, 0]);
  });
});
