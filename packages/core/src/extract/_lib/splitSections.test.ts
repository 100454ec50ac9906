import { describe, expect, it } from "vitest";
import { joinLines } from "./joinLines";
import { prepareLines } from "./prepareLines";
import { splitSections, topicOf } from "./splitSections";

describe("splitSections", () => {
  it("reads topics from heading words, whatever the numbering, slips included (003:163-176 jumps III → VI)", () => {
    const text = [
      "III. KINH PHÍ THỰC HIỆN",
      "",
      "Kinh phí được bố trí từ nguồn ngân sách cải cách hành chính năm 2024.",
      "",
      "VI. TỔ CHỨC THỰC HIỆN",
      "",
      "1. Công chức Văn phòng HĐND&UBND xã:",
      "",
      "- Chủ trì tổ chức thực hiện công tác tuyên truyền.",
      "",
      "Trên đây là Kế hoạch tuyên truyền cải cách hành chính xã Gia Tân năm 202.",
    ].join("\n");
    const sections = splitSections(joinLines(prepareLines(text)));
    expect(sections.map((s) => [s.topic, s.romanRef, s.items.length])).toEqual([
      ["preamble", undefined, 0],
      ["budget", "III", 1],
      ["assignments", "VI", 2],
      ["closing", undefined, 1],
    ]);
  });

  it("maps headings to topics (002:11, 002:39, 002:61, 004:94)", () => {
    expect(topicOf("MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG")).toBe("purposes");
    expect(topicOf("Nội dung thông tin, tuyên truyền")).toBe("content");
    expect(topicOf("Hình thức thông tin tuyên truyền")).toBe("forms");
    expect(topicOf("Hình thức tuyên truyền.")).toBe("forms");
    expect(topicOf("Sở Nội vụ")).toBe("other");
  });
});
