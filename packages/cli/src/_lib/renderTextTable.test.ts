import { describe, expect, it } from "vitest";
import { displayWidth, truncateToWidth } from "./displayWidth";
import { renderTextTable } from "./renderTextTable";
import { splitPeers } from "./splitPeers";

// 003:3 xã Gia Tân, 004:10 phường Trúc Lâm, 001:9 thành phố Bắc Giang
const table = {
  columns: [
    { key: "unit", label: "Đơn vị" },
    { key: "activities", label: "Hoạt động" },
  ],
  rows: [
    { unit: "xã Gia Tân", activities: 17 },
    { unit: "phường Trúc Lâm".normalize("NFD"), activities: 5 },
    { unit: "thành phố Bắc Giang", activities: 17 },
  ],
};

describe("renderTextTable", () => {
  it("renders a table of 150,000 rows, as `gaps --level leaf` prints for the national dataset (was: the stack overflowed)", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ({ unit: `xã ${i}`, activities: i }));
    const lines = renderTextTable({ columns: table.columns, rows }).split("\n");
    expect(lines).toHaveLength(150_003);
    expect(lines[0]).toBe("Đơn vị     Hoạt động");
    expect(lines[150_001]).toBe("xã 149999     149999");
  });

  it("aligns Vietnamese text by graphemes, composed or not, and right-aligns numbers", () => {
    expect(displayWidth("phường Trúc Lâm".normalize("NFD"))).toBe(15);
    expect(displayWidth("phường Trúc Lâm")).toBe(15);
    expect(renderTextTable(table)).toBe(
      [
        "Đơn vị               Hoạt động",
        "───────────────────  ─────────",
        "xã Gia Tân                  17",
        `${"phường Trúc Lâm".normalize("NFD")}              5`,
        "thành phố Bắc Giang         17",
        "",
      ].join("\n"),
    );
  });

  it("narrows the widest column with … to fit the terminal", () => {
    const lines = renderTextTable(table, { maxWidth: 22 }).split("\n");
    expect(lines[4]).toBe("thành phố …         17");
    expect(lines.every((line) => displayWidth(line) <= 22)).toBe(true);
    expect(truncateToWidth("Sơn Mầu", 4)).toBe("Sơn…");
  });
});

describe("splitPeers", () => {
  it("takes every file after --peers up to the next option", () => {
    expect(splitPeers(["000.json", "--peers", "003.json", "004.json", "--format", "csv"])).toEqual({
      rest: ["000.json", "--format", "csv"],
      peers: ["003.json", "004.json"],
    });
    expect(splitPeers(["000.json"])).toEqual({ rest: ["000.json"], peers: undefined });
    expect(splitPeers(["--peers=003.json", "000.json"])).toEqual({ rest: ["000.json"], peers: ["003.json"] });
  });
});
