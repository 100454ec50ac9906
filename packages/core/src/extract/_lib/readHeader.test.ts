import { describe, expect, it } from "vitest";
import { prepareLines } from "./prepareLines";
import { readHeader } from "./readHeader";

describe("readHeader", () => {
  it("reads a blank number, the place and a date without a day (001:3-9)", () => {
    const text =
      "\n\nSố: /KH-UBND\n\nTP. Bắc Giang, ngày tháng 01 năm 2024\n\nKẾ HOẠCH\n\nTuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024\n\nCăn cứ Kế hoạch số 213/KH-UBND";
    const header = readHeader(prepareLines(text));
    expect(header.number).toEqual({
      value: { notStated: true, raw: "Số: /KH-UBND" },
      symbol: "KH-UBND",
      lines: { start: 3, end: 3 },
    });
    expect(header.issueDate?.date).toEqual({ year: 2024, month: 1, raw: "ngày tháng 01 năm 2024" });
    expect(header.place?.text).toBe("TP. Bắc Giang");
    expect(header.title).toEqual({
      text: "Tuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024",
      lines: { start: 9, end: 9 },
    });
  });

  it("joins a title over several bold lines (000:3-5)", () => {
    const text =
      "\n\n**KẾ HOẠCH**  \n**Tuyên truyền cải cách hành chính năm 2024**  \n**trên địa bàn xã Sơn Mầu**\n\nThực hiện Kế hoạch số 31/KH-UBND";
    const header = readHeader(prepareLines(text));
    expect(header.title).toEqual({
      text: "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Sơn Mầu",
      lines: { start: 4, end: 5 },
    });
    expect(header.number).toBeUndefined();
  });
});
