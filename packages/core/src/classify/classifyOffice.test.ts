import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OfficeKind } from "../model/OfficeKind";
import { classifyOffice } from "./classifyOffice";

/** Every office named in the five seeds, where it is named, and its kind. */
const SEED_OFFICES: readonly (readonly [string, string, OfficeKind])[] = [
  ["000_34833a3694ee8a96.txt:77", "Văn phòng UBND xã", "committee-office"],
  ["000_34833a3694ee8a96.txt:89", "Văn hóa – Xã hội xã", "culture-information"],
  ["000_34833a3694ee8a96.txt:125", "Đài truyền thanh xã", "radio-station"],
  ["000_34833a3694ee8a96.txt:131", "Tài chính – Kế toán xã", "finance-planning"],
  ["000_34833a3694ee8a96.txt:137", "Văn phòng – Thống kê", "committee-office"],
  ["000_34833a3694ee8a96.txt:143", "Tư pháp – hộ tịch", "justice"],
  ["000_34833a3694ee8a96.txt:157", "Văn phòng HĐND&UBND huyện", "committee-office"],
  ["000_34833a3694ee8a96.txt:158", "Phòng Văn hóa&Thông tin huyện", "culture-information"],
  ["000_34833a3694ee8a96.txt:159", "Phòng Nội vụ huyện", "home-affairs"],
  ["000_34833a3694ee8a96.txt:160", "Thường trực Đảng ủy xã", "party-body"],
  ["001_ec564b67ad28c11a.txt:99", "Phòng Văn hóa và Thông tin thành phố", "culture-information"],
  ["001_ec564b67ad28c11a.txt:109", "Phòng Nội vụ thành phố", "home-affairs"],
  ["001_ec564b67ad28c11a.txt:115", "Văn phòng HĐND-UBND thành phố", "committee-office"],
  ["001_ec564b67ad28c11a.txt:117", "Phòng Giáo dục và Đào tạo thành phố", "education"],
  ["001_ec564b67ad28c11a.txt:119", "Trung tâm Văn hóa - Thông tin và Thể thao thành phố", "service-centre"],
  [
    "001_ec564b67ad28c11a.txt:125",
    "Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH từ thành phố đến phường, xã",
    "front-mass-organisations",
  ],
  ["001_ec564b67ad28c11a.txt:125-127", "Thành đoàn", "front-mass-organisations"],
  ["001_ec564b67ad28c11a.txt:129", "UBND phường, xã", "people-committee"],
  ["001_ec564b67ad28c11a.txt:155", "Trung tâm Văn hóa, Thông tin và Thể thao thành phố", "service-centre"],
  ["001_ec564b67ad28c11a.txt:156", "Trung tâm VHTT&TT thành phố", "service-centre"],
  ["001_ec564b67ad28c11a.txt:156", "Phòng VHTT", "culture-information"],
  ["001_ec564b67ad28c11a.txt:163", "Các trường THCS", "school"],
  ["001_ec564b67ad28c11a.txt:164", "Phòng VH TT", "culture-information"],
  ["001_ec564b67ad28c11a.txt:165", "Trung tâm VH TT&TT", "service-centre"],
  ["002_9c9d59d1a9d0f229.txt:97", "Sở Nội vụ", "home-affairs"],
  ["002_9c9d59d1a9d0f229.txt:104", "Văn phòng UBND tỉnh", "committee-office"],
  ["002_9c9d59d1a9d0f229.txt:111", "Sở Thông tin và Truyền thông", "information-communications"],
  ["002_9c9d59d1a9d0f229.txt:117", "Sở Tư pháp", "justice"],
  ["002_9c9d59d1a9d0f229.txt:121", "Sở Kế hoạch và Đầu tư", "finance-planning"],
  ["002_9c9d59d1a9d0f229.txt:125", "Sở Tài nguyên và Môi trường", "natural-resources"],
  ["002_9c9d59d1a9d0f229.txt:129", "Báo Tây Ninh", "press-broadcaster"],
  ["002_9c9d59d1a9d0f229.txt:129", "Đài Phát thanh và Truyền hình Tây Ninh", "press-broadcaster"],
  [
    "002_9c9d59d1a9d0f229.txt:137",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
    "front-mass-organisations",
  ],
  ["002_9c9d59d1a9d0f229.txt:147", "UBMTTQVN tỉnh Tây Ninh", "front-mass-organisations"],
  ["002_9c9d59d1a9d0f229.txt:67", "Trung tâm Văn hoá, Thể thao và Truyền thanh các huyện", "service-centre"],
  ["003_c2f82bd70c212939.txt:176", "Công chức Văn phòng HĐND&UBND xã", "committee-office"],
  // The home-affairs post is what the focal point is for (003:252), whatever party office it shares.
  ["003_c2f82bd70c212939.txt:188", "Công chức VP Đảng ủy - Nội vụ xã", "home-affairs"],
  ["003_c2f82bd70c212939.txt:307-308", "Công chức Văn phòng Đảng ủy – Nội vụ", "home-affairs"],
  ["003_c2f82bd70c212939.txt:252", "công chức Đảng ủy - Nội vụ", "home-affairs"],
  ["003_c2f82bd70c212939.txt:197", "Trung tâm học tập cộng đồng", "service-centre"],
  [
    "003_c2f82bd70c212939.txt:205",
    "Công chức Văn hóa Thông tin - Thể dục thể thao xã",
    "culture-information",
  ],
  ["003_c2f82bd70c212939.txt:213", "Công chức Kế toán - Ngân sách xã", "finance-planning"],
  ["003_c2f82bd70c212939.txt:225", "Công chức Tư pháp - Hộ tịch", "justice"],
  ["003_c2f82bd70c212939.txt:229", "Công chức Địa chính - Xây dựng xã", "natural-resources"],
  ["003_c2f82bd70c212939.txt:235", "Đài truyền thanh xã", "radio-station"],
  [
    "003_c2f82bd70c212939.txt:261",
    "Uỷ ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã",
    "front-mass-organisations",
  ],
  ["003_c2f82bd70c212939.txt:304", "Công chức VHTT – TDTT xã", "culture-information"],
  ["003_c2f82bd70c212939.txt:306-307", "Công chức Văn phòng - Thống kê", "committee-office"],
  [
    "003_c2f82bd70c212939.txt:324-327",
    "Bộ phận tiếp nhận hồ sơ và trả kết quả theo cơ chế một cửa cấp xã",
    "one-stop-office",
  ],
  ["003_c2f82bd70c212939.txt:346-348", "Ban biên tập trang thông tin điện tử xã", "press-broadcaster"],
  ["003_c2f82bd70c212939.txt:389", "Các công chức chuyên môn", "other"],
  ["004_f3b844502d811123.txt:112", "Phòng Văn hóa - Xã hội", "culture-information"],
  ["004_f3b844502d811123.txt:130", "Văn phòng HĐND&UBND", "committee-office"],
  ["004_f3b844502d811123.txt:138", "Phòng Kinh tế, Hạ tầng và Đô thị", "finance-planning"],
  ["004_f3b844502d811123.txt:144", "Trung tâm cung ứng dịch vụ công phường", "service-centre"],
  ["004_f3b844502d811123.txt:150", "Ủy ban Mặt trận Tổ quốc phường", "front-mass-organisations"],
  ["004_f3b844502d811123.txt:160", "Sở Nội vụ tỉnh Thanh Hóa", "home-affairs"],
];

describe("classifyOffice", () => {
  it.each(SEED_OFFICES)("%s %s → %s", (_where, name, kind) => {
    expect(classifyOffice(name)).toBe(kind);
  });

  it("classifies every seed office the same in NFD and in upper case", () => {
    const kinds = SEED_OFFICES.map(([, name]) => classifyOffice(name));
    expect(SEED_OFFICES.map(([, name]) => classifyOffice(name.normalize("NFD")))).toEqual(kinds);
    expect(SEED_OFFICES.map(([, name]) => classifyOffice(name.toUpperCase()))).toEqual(kinds);
  });

  it("classifies by whole words: no association in 'Xã hội', no school in 'Môi trường' or 'Trưởng'", () => {
    expect(
      [
        "Phòng Lao động - Thương binh và Xã hội",
        "Phòng Tài nguyên Môi trường",
        "Trưởng các ban, ngành",
        "Hội đồng nhân dân xã",
        "Hội Nông dân xã",
        "Trường Tiểu học Sơn Mầu",
        "Văn phòng Đảng ủy",
        "Sở Nông nghiệp và Môi trường",
      ].map(classifyOffice),
    ).toEqual([
      "other",
      "natural-resources",
      "other",
      "other",
      "front-mass-organisations",
      "school",
      "party-body",
      "natural-resources",
    ]);
  });

  it("is 'other' when no phrasing matches", () => {
    expect(["", "Các cơ quan, đơn vị trên địa bàn xã", "Bưu điện tỉnh Tây Ninh"].map(classifyOffice)).toEqual(
      ["other", "other", "other"],
    );
  });

  it("always returns a valid office kind", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (name) => {
        expect(OfficeKind.safeParse(classifyOffice(name)).success).toBe(true);
      }),
      { seed: 20240304 },
    );
  });
});
