import { describe, expect, it } from "vitest";
import { cleanWordText } from "./cleanWordText";

describe("cleanWordText", () => {
  it("turns Word's marks into text: cells into tabs, breaks into new lines, anchors and deleted text into nothing", () => {
    expect(
      cleanWordText(
        "TT\u0007Nội dung\u0007\rDòng\u000bngắt\u000cTrang\u0002\u0008\0\0 mới\u001ekết\u001fthúc",
      ),
    ).toBe("TT\tNội dung\t\nDòng\nngắt\nTrang mới\u2011kếtthúc");
  });

  it("shows a field by its result, nested ones too; a field without a result is nothing", () => {
    expect(
      cleanWordText(
        'Xem \u0013 HYPERLINK "http://x" \u0014trang \u0013 PAGE \u00142\u0015 tin\u0015, \u0013 TOC \\o \u0015hết',
      ),
    ).toBe("Xem trang 2 tin, hết");
  });

  it("keeps the text of a field left open at the end and drops a stray separator or end", () => {
    expect(cleanWordText("a\u0014b\u0015c \u0013 PAGE \u00143")).toBe("abc  PAGE 3");
  });
});
