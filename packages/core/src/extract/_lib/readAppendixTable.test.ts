import { describe, expect, it } from "vitest";
import { seedPassage } from "../../_testing/seedLines";
import { prepareLines } from "./prepareLines";
import { readAppendixTable } from "./readAppendixTable";

describe("readAppendixTable", () => {
  it("reads a table whose grid was lost, cells wrapped over lines (003:291-430)", () => {
    const table = readAppendixTable(prepareLines(seedPassage("003", 288, 430)), 2024);
    expect(table?.columns).toEqual(["number", "task", "products", "lead", "coordinating", "time"]);
    expect(table?.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // 003:337-348: product, lead, coordinating and time share lines.
    expect(table?.rows[2]).toMatchObject({
      task: "Tuyên truyền kết quả Chỉ số CCHC, Chỉ số hài lòng về sự phục vụ hành chính của các cơ quan, đơn vị, UBND xã trên Cổng thông tin điện tử xã.",
      products: ["Đăng tải lên Cổng thông tin điện tử xã"],
      lead: ["Văn phòng HĐND& UBND xã"],
      coordinating: ["Ban biên tập trang thông tin điện tử xã"],
      time: "Quý I/2024",
      lines: { start: 337, end: 348 },
    });
    // 003:395-416: the page number 8 (413) is not row 8, which starts at 418.
    expect(table?.rows[6]?.time).toBe("Quý IV/2024");
    expect(table?.rows[7]?.lines.start).toBe(418);
  });

  it("reads tab-separated rows with HTML in a cell (001:153-165)", () => {
    const table = readAppendixTable(prepareLines(seedPassage("001", 149, 165)), 2024);
    expect(table?.rows).toHaveLength(10);
    expect(table?.rows[2]).toMatchObject({
      lead: ["Trung tâm VHTT&TT thành phố, UBND phường, xã"],
      coordinating: ["Phòng VHTT"],
      time: "Mỗi tuần/1 lần",
    });
    expect(table?.rows[6]?.time).toBe("Thường xuyên (thực hiện khi có sự thay đổi về TTHC)");
  });

  it("joins a header cell broken by hard wrapping, and skips a repeated wrapped header (001:153-160)", () => {
    const input = [
      "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời",
      "gian thực hiện\tGhi chú",
      "3\tTuyên truyền nội dung chuyển đổi số trên hệ thống truyền thanh thành phố và các phường, xã\tTrung tâm VHTT&TT thành",
      "phố, UBND phường, xã\tPhòng VHTT\tMỗi tuần/1 lần\t",
      "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tCơ quan phối",
      "hợp\tThời gian thực hiện\tGhi chú",
      "4\tThực hiện tuyên truyền CCHC\tPhòng Văn hóa và Thông tin thành phố\tcác cơ quan, đơn vị thành phố\tThường xuyên\t",
    ].join("\n");
    const table = readAppendixTable(prepareLines(input), 2024);
    expect(table?.columns).toEqual(["number", "task", "lead", "coordinating", "time", "note"]);
    expect(table?.rows.map((r) => [r.number, r.lead, r.coordinating, r.time])).toEqual([
      [3, ["Trung tâm VHTT&TT thành phố, UBND phường, xã"], ["Phòng VHTT"], "Mỗi tuần/1 lần"],
      [4, ["Phòng Văn hóa và Thông tin thành phố"], ["các cơ quan, đơn vị thành phố"], "Thường xuyên"],
    ]);
  });

  it('reads a row numbered with a full stop as that row (001:153-158 with "3.")', () => {
    const lines = seedPassage("001", 149, 158).split("\n");
    const at = lines.findIndex((line) => line.startsWith("3\t"));
    lines[at] = lines[at]?.replace(/^3\t/u, "3.\t") ?? "";
    const table = readAppendixTable(prepareLines(lines.join("\n")), 2024);
    expect(table?.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    expect(table?.rows[2]).toMatchObject({
      lead: ["Trung tâm VHTT&TT thành phố, UBND phường, xã"],
      coordinating: ["Phòng VHTT"],
    });
  });

  it("finds no table in text without one (002:140-161, the closing of a plan)", () => {
    expect(readAppendixTable(prepareLines(seedPassage("002", 140, 161)))).toBeUndefined();
  });
});

/** 003's appendix (003:288-430) with `line`'s text replaced, as a document with a mistake would have it. */
function appendixWith(line: number, text: string): string {
  const lines = seedPassage("003", 288, 430).split("\n");
  lines[line - 1] = text;
  return lines.join("\n");
}

describe("readAppendixTable: no cell text is lost when a grid-less row cannot be read", () => {
  it("keeps a last cell after the offices as the time even when it is no time (003:374 as '0 tuần 1 lần')", () => {
    const row = readAppendixTable(prepareLines(appendixWith(374, "0 tuần 1 lần")), 2024)?.rows[4];
    expect(row).toMatchObject({
      number: 5,
      lead: ["Đài Truyền thanh xã"],
      coordinating: [
        "Công chức Văn phòng Đảng ủy - Nội vụ, Công chức Văn phòng - Thống kê, Công chức VHTT - TDTT, các ban, ngành đoàn thể xã",
      ],
      time: "0 tuần 1 lần",
    });
    expect(row?.unplaced).toBeUndefined();
  });

  it("keeps a cell that names no office between the offices and the time as unplaced (before 003:374)", () => {
    // A cell of its own between row 5's coordinating offices (003:366-372) and its time (003:374).
    const rows = readAppendixTable(
      prepareLines(appendixWith(374, "Kinh phí tự túc\n\nMỗi tháng 01 kỳ")),
      2024,
    )?.rows;
    expect(rows?.[4]?.unplaced).toEqual(["Kinh phí tự túc"]);
    expect(rows?.[4]?.time).toBe("Mỗi tháng 01 kỳ");
  });
});
