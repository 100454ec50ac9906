import { describe, expect, it } from "vitest";
import { readSeedLines } from "./readSeedLines";

describe("readSeedLines", () => {
  it("004_f3b844502d811123.txt:112 reads one line, and a range joined by line breaks", () => {
    expect(readSeedLines("004_f3b844502d811123.txt", 112)).toBe("1. Phòng Văn hóa - Xã hội");
    expect(readSeedLines("003_c2f82bd70c212939.txt", 225, 226)).toBe(
      "5. Công chức Tư pháp - Hộ tịch:\nLồng ghép tuyên truyền công tác cải cách hành chính với công tác tuyên ",
    );
  });
});
