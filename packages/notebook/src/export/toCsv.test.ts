import { describe, expect, it } from "vitest";
import { toCsv } from "./toCsv";

describe("toCsv", () => {
  it("neutralises cells a spreadsheet would run as formulas, keeps numbers", () => {
    const csv = toCsv({
      columns: [
        { key: "name", label: "Đơn vị" },
        { key: "n", label: "Số" },
      ],
      rows: [
        { name: '=HYPERLINK("http://x")', n: 3 },
        { name: "+84", n: -2 },
        { name: "@SUM(A1)", n: null },
        { name: "Sơn Mầu, Quảng Ngãi", n: 0 },
      ],
    });
    expect(csv).toBe(
      '\uFEFFĐơn vị,Số\r\n"\'=HYPERLINK(""http://x"")",3\r\n\'+84,-2\r\n\'@SUM(A1),\r\n"Sơn Mầu, Quảng Ngãi",0\r\n',
    );
  });
});
