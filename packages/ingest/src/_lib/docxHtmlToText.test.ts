import { describe, expect, it } from "vitest";
import { docxHtmlToText } from "./docxHtmlToText";

describe("docxHtmlToText", () => {
  it("puts a paragraph on a line, keeps empty paragraphs as blank lines and decodes entities", () => {
    // 003:1-3, as mammoth writes them
    const html =
      "<p> KẾ HOẠCH</p><p>Tuyên truyền &amp; CCHC &lt;2024&gt; &#7843;</p><p></p><p>Thực hiện<br />Kế hoạch</p>";
    expect(docxHtmlToText(html)).toBe(" KẾ HOẠCH\nTuyên truyền & CCHC <2024> ả\n\nThực hiện\nKế hoạch");
  });

  it("writes a table row on one line, cells separated by tabs, paragraphs in a cell joined", () => {
    // 003's appendix header and row 1, as a Word table
    const html =
      "<p>PHỤ LỤC</p><table><tr><th><p>TT</p></th><th><p>Nội dung</p></th><th><p>Chủ trì</p></th></tr>" +
      "<tr><td><p>1</p></td><td><p>Tuyên truyền</p><p>trên Đài</p></td><td><p>Đài truyền thanh</p></td></tr></table><p>Nơi nhận:</p>";
    expect(docxHtmlToText(html)).toBe(
      "PHỤ LỤC\nTT\tNội dung\tChủ trì\n1\tTuyên truyền trên Đài\tĐài truyền thanh\nNơi nhận:",
    );
  });

  it("marks list items with a dash or their number", () => {
    const html = "<ul><li>Cán bộ</li><li><p>Nhân dân</p></li></ul><ol><li>Một</li><li>Hai</li></ol>";
    expect(docxHtmlToText(html)).toBe("- Cán bộ\n- Nhân dân\n1. Một\n2. Hai");
  });
});
