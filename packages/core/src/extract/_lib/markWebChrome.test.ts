import { describe, expect, it } from "vitest";
import { prepareLines } from "./prepareLines";

const furniture = (text: string) =>
  prepareLines(text)
    .filter((l) => l.furniture)
    .map((l) => l.text);

describe("markWebChrome (through prepareLines)", () => {
  it("marks a portal's navigation, stamps, counters and footer", () => {
    const page = [
      "Giới thiệu | Tin tức | Văn bản | Liên hệ",
      "Trang chủ > Văn bản > Cải cách hành chính",
      "Ngày đăng: 14/02/2023 09:20 | Lượt xem: 1.208",
      "Chia sẻ | In bài | Gửi email",
      "KẾ HOẠCH",
      "Tuyên truyền cải cách hành chính năm 2023",
      "Ngày in: 02/06/2024",
      "https://dinhhoa.thainguyen.gov.vn/van-ban 1/3",
      "Bản quyền thuộc về UBND huyện Định Hóa",
      "Điện thoại: 0208 3878 123",
    ].join("\n");
    expect(furniture(page)).toEqual([
      "Giới thiệu | Tin tức | Văn bản | Liên hệ",
      "Trang chủ > Văn bản > Cải cách hành chính",
      "Ngày đăng: 14/02/2023 09:20 | Lượt xem: 1.208",
      "Chia sẻ | In bài | Gửi email",
      "Ngày in: 02/06/2024",
      "https://dinhhoa.thainguyen.gov.vn/van-ban 1/3",
      "Bản quyền thuộc về UBND huyện Định Hóa",
      "Điện thoại: 0208 3878 123",
    ]);
  });

  it("keeps body lines that start with such a word, a table's head, and a lone type line", () => {
    const body = [
      "Facebook, mạng xã hội bản tin của huyện đăng tải tin, bài hằng tháng.",
      "chia sẻ dữ liệu giữa các hệ thống thông tin, cơ sở dữ liệu",
      "Chủ trì | Phối hợp | Thời gian",
      "THÔNG BÁO",
      "Tin tức về cải cách hành chính được đăng trên trang thông tin điện tử.",
    ].join("\n");
    expect(furniture(body)).toEqual([]);
  });

  it("marks a menu given one label a line only among other labels", () => {
    expect(furniture("Giới thiệu\nTin tức\nVăn bản\nLiên hệ\n\nKẾ HOẠCH")).toEqual([
      "Giới thiệu",
      "Tin tức",
      "Văn bản",
      "Liên hệ",
    ]);
    expect(furniture("Tin tức\n\nKẾ HOẠCH\nTuyên truyền năm 2024")).toEqual([]);
  });
});
