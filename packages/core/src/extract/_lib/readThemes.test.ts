import { describe, expect, it } from "vitest";
import { matchThemes } from "../../classify/matchThemes";
import { readThemes } from "./readThemes";

describe("readThemes", () => {
  it("drops procedures that are only being done (001:115)", () => {
    const text =
      "Chỉ đạo cán bộ, công chức tại bộ phận một cửa UBND thành phố hướng dẫn công dân, doanh nghiệp nộp hồ sơ và giải quyết các thủ tục hành chính tại bộ phận một cửa";
    expect(matchThemes(text)).toContain("procedures");
    expect(readThemes(text)).toEqual(["one-stop-shop"]);
  });

  it("keeps procedures when their reform is the subject (003:181)", () => {
    expect(readThemes("Chủ trì tuyên truyền kết quả cải cách thủ tục hành chính trên địa bàn xã")).toContain(
      "procedures",
    );
  });

  it("drops results that are reported (003:244-246)", () => {
    const text =
      "Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính của đơn vị, ngành mình";
    expect(matchThemes(text)).toContain("results");
    expect(readThemes(text)).not.toContain("results");
  });

  it("drops a reform plan named as a place, keeps one whose content is spread (002:87, 004:68)", () => {
    expect(
      readThemes("(có thể lồng ghép tại Kế hoạch CCHC năm 2024 của cơ quan, đơn vị, địa phương)"),
    ).toEqual([]);
    expect(readThemes("để phổ biến nội dung của Kế hoạch cải cách hành chính năm 2025")).toEqual([
      "steering",
    ]);
  });

  it("drops the one-stop office and the portal as the place where something is told or posted (001:131, 000:68)", () => {
    // 001:131 "… tuyên truyền tới người dân, doanh nghiệp, trường học trên địa bàn và các điểm công cộng, bộ phận một cửa …"
    expect(
      readThemes(
        "phối hợp với các cơ quan, đơn vị của thành phố tuyên truyền tới người dân, doanh nghiệp, trường học trên địa bàn và các điểm công cộng, bộ phận một cửa, các hội nghị quán triệt",
      ),
    ).not.toContain("one-stop-shop");
    // 000:68 "Cập nhật, công bố, công khai các TTHC tại Bộ phận tiếp nhận và trả kết quả … Cổng Dịch vụ công …"
    expect(
      readThemes(
        "Cập nhật, công bố, công khai các TTHC tại Bộ phận tiếp nhận và trả kết quả BND xã và trên hệ thống Cổng Dịch vụ công/Trang tin điện tử UBND xã",
      ),
    ).toEqual(["procedure-posting"]);
  });

  it("keeps the one-stop shop as the subject of what is told (003:181)", () => {
    expect(
      readThemes(
        "tuyên truyền dịch vụ công trực tuyến, thanh toán trực tuyến đến người dân và doanh nghiệp; kết quả, hiệu quả của việc thực hiện cơ chế một cửa, một cửa liên thông",
      ),
    ).toContain("one-stop-shop");
  });

  it("keeps procedures that people are taught or shown how to do (001:117, 001:121)", () => {
    expect(
      readThemes(
        "biên tập, xây dựng các Clip hướng dẫn làm thủ tục hành chính đăng trên Cổng thông tin điện tử",
      ),
    ).toContain("procedures");
  });
});
