import { describe, expect, it } from "vitest";
import { tableToCsv } from "./tableToCsv";

// 003:3 xã Gia Tân (Hải Dương), 000 xã Sơn Mầu (Quảng Ngãi): names with commas must be quoted.
describe("tableToCsv", () => {
  it("writes RFC 4180 CSV and neutralises cells a spreadsheet would run, numbers kept as numbers", () => {
    const csv = tableToCsv({
      columns: [
        { key: "a", label: "Đơn vị" },
        { key: "b", label: "n" },
      ],
      rows: [
        { a: '=HYPERLINK("http://x")', b: -3 },
        { a: "+1", b: 2 },
        { a: "-1", b: null },
        { a: "@SUM(A1)", b: 0 },
        { a: "Gia Tân, Hải Dương", b: 17 },
      ],
    });
    expect(csv).toBe(
      [
        "Đơn vị,n",
        `"'=HYPERLINK(""http://x"")",-3`,
        "'+1,2",
        "'-1,",
        "'@SUM(A1),0",
        '"Gia Tân, Hải Dương",17',
        "",
      ].join("\n"),
    );
  });

  it("writes a byte-order mark and CRLF for spreadsheets when asked", () => {
    const csv = tableToCsv(
      {
        columns: [{ key: "name", label: "Đơn vị" }],
        rows: [{ name: "Sơn Mầu, Quảng Ngãi" }, { name: undefined }],
      },
      { bom: true, lineEnd: "\r\n" },
    );
    expect(csv).toBe('\uFEFFĐơn vị\r\n"Sơn Mầu, Quảng Ngãi"\r\n\r\n');
  });
});
