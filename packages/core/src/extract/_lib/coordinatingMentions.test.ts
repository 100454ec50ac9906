import { describe, expect, it } from "vitest";
import { coordinatingMentions } from "./coordinatingMentions";

describe("coordinatingMentions", () => {
  it("reads every “phối hợp với …”, capitalised or not, up to the shared work's verb (002:101, 002:108)", () => {
    expect(
      coordinatingMentions(
        "c) Phối hợp với Văn phòng UBND tỉnh đưa các nội dung về CCHC vào các hoạt động Tọa đàm, Đổi thoại giữa chính quyền với người dân, doanh nghiệp.",
      ),
    ).toEqual(["Văn phòng UBND tỉnh"]);
    expect(
      coordinatingMentions(
        "c) Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương lồng ghép các nội dung CCHC của tỉnh; phối hợp với Sở Nội vụ lồng ghép các nội dung CCHC vào các buổi Tọa đàm",
      ),
    ).toEqual(["các cơ quan, đơn vị, địa phương", "Sở Nội vụ"]);
  });

  it("reads an office directed by the lead (“chỉ đạo”, “hướng dẫn” + capital) (004:116, 003:207)", () => {
    expect(
      coordinatingMentions(
        "Tham mưu giải pháp nâng cao chất lượng thông tin, tuyên truyền về CCHC, chỉ đạo Trung tâm cung ứng dịch vụ công biên soạn tin bài về công tác CCHC",
      ),
    ).toEqual(["Trung tâm cung ứng dịch vụ công"]);
    expect(
      coordinatingMentions(
        "Hướng dẫn Đài truyền thanh xã xây dựng nội dung tuyên truyền về cải cách hành chính",
      ),
    ).toEqual(["Đài truyền thanh xã"]);
  });

  it("does not take people directed in lower case for an office (001:115)", () => {
    expect(
      coordinatingMentions(
        "Chỉ đạo cán bộ, công chức tại bộ phận một cửa UBND thành phố hướng dẫn công dân, doanh nghiệp nộp hồ sơ",
      ),
    ).toEqual([]);
  });
});
