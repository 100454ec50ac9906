import { describe, expect, it } from "vitest";
import { joinLines } from "./joinLines";
import { prepareLines } from "./prepareLines";

const texts = (input: string) =>
  joinLines(prepareLines(input)).map((b) => [b.marker.kind, b.marker.ref, b.text, b.lines]);

describe("joinLines", () => {
  it("joins hard-wrapped lines into one lettered item (003:12-16)", () => {
    const input = [
      "a) Đẩy mạnh công tác thông tin, tuyên truyền kịp thời các chủ trương, chính ",
      "sách, văn bản chỉ đạo của Trung ương, của tỉnh, của huyện về công tác CCHC ",
      "",
      "b) Phát huy vai trò tích cực của các cơ quan thông tin đại chúng trong việc ",
    ].join("\n");
    expect(texts(input)).toEqual([
      [
        "letter",
        "a",
        "Đẩy mạnh công tác thông tin, tuyên truyền kịp thời các chủ trương, chính sách, văn bản chỉ đạo của Trung ương, của tỉnh, của huyện về công tác CCHC",
        { start: 1, end: 2 },
      ],
      [
        "letter",
        "b",
        "Phát huy vai trò tích cực của các cơ quan thông tin đại chúng trong việc",
        { start: 4, end: 4 },
      ],
    ]);
  });

  it("continues across a blank line and a page number when the next line starts in lower case (003:132-140)", () => {
    const input =
      "- Thường xuyên, kịp thời cập nhật các thủ tục hành chính của cơ \n\n\n\n4\n\nquan, đơn vị, tại nơi giải quyết.";
    expect(texts(input)).toEqual([
      [
        "bullet",
        undefined,
        "Thường xuyên, kịp thời cập nhật các thủ tục hành chính của cơ quan, đơn vị, tại nơi giải quyết.",
        { start: 1, end: 7 },
      ],
    ]);
  });

  it("does not take a dash wrapped to a line start for a bullet (000:53 wrapped)", () => {
    const input = [
      "truyền thông về ý nghĩa, lợi ích trong việc thực hiện 02 nhóm TTHC liên thông: Đăng ký khai sinh",
      "- Đăng ký thường trú - Cấp thẻ Bảo hiểm y tế cho trẻ em dưới 6 tuổi.",
    ].join("\n");
    expect(joinLines(prepareLines(input))).toHaveLength(1);
  });

  it("starts a new paragraph after a blank line and a capital (004:50-52, unnumbered content)", () => {
    const input =
      "Các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước, các văn bản của tỉnh về CCHC;\n\nVai trò, trách nhiệm của các cấp ủy Đảng;";
    expect(texts(input).map((t) => t[1] ?? t[0])).toEqual(["plain", "plain"]);
  });

  it("continues a wrapped line that starts with an opener's words in lower case (004:16 wrapped)", () => {
    const input =
      "- Nhằm nâng cao nhận thức, tinh thần trách nhiệm tổ chức\nthực hiện cải cách hành chính (CCHC) của cán bộ, công chức.";
    expect(joinLines(prepareLines(input))).toHaveLength(1);
  });

  it("does not close a short topic-worded item that goes on in lower case (002:25 wrapped)", () => {
    const input =
      "b) Nội dung thông tin, tuyên truyền bám sát Chương trình tổng\nthể CCHC nhà nước giai đoạn 2021-2030 của Chính phủ.";
    expect(texts(input)).toEqual([
      [
        "letter",
        "b",
        "Nội dung thông tin, tuyên truyền bám sát Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 của Chính phủ.",
        { start: 1, end: 2 },
      ],
    ]);
  });

  it("continues over a page break before a line starting with a year (002:43 wrapped)", () => {
    const input =
      "- Các văn bản của Trung ương: Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể CCHC nhà nước giai đoạn\n\n- 3 -\n\n2021-2030; Chỉ thị số 23/CT-TTg ngày 02/9/2021.";
    expect(joinLines(prepareLines(input))).toHaveLength(1);
  });

  it("closes a heading so the next line is a new block (003:9-10)", () => {
    expect(texts("I. MỤC ĐÍCH YÊU CẦU\n1. Mục đích").map((t) => t[0])).toEqual(["roman", "decimal"]);
  });
});
