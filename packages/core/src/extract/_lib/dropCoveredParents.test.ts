import { describe, expect, it } from "vitest";
import { matchChannels } from "../../classify/matchChannels";
import { dropCoveredParents } from "./dropCoveredParents";

describe("dropCoveredParents", () => {
  it("keeps the specific code only (000:75: posting at the one-stop office and on the portals)", () => {
    expect(dropCoveredParents(["official-posting.one-stop", "official-posting", "press"])).toEqual([
      "official-posting.one-stop",
      "press",
    ]);
    const text =
      "Cập nhật, công bố, công khai các TTHC tại Bộ phận tiếp nhận và trả kết quả BND xã và trên hệ thống Cổng Dịch vụ công/Trang tin điện tử UBND xã";
    expect(matchChannels(text)).toContain("official-posting");
    expect(dropCoveredParents(matchChannels(text))).toEqual([
      "official-posting.one-stop",
      "online.public-service-portal",
      "online.web-portal",
    ]);
  });

  it("keeps a family code with no child beside it", () => {
    expect(dropCoveredParents(["broadcast", "press.newspaper"])).toEqual(["broadcast", "press.newspaper"]);
  });
});
