import { describe, expect, it } from "vitest";
import type { LegalReference } from "../../model/LegalReference";
import { pruneUnnamedReferences } from "./pruneUnnamedReferences";

const named = (type: LegalReference["type"], title: string, issuer?: string): LegalReference => ({
  type,
  title,
  role: "cited",
  raw: `${title}${issuer ? ` của ${issuer}` : ""}`,
  ...(issuer ? { issuer } : {}),
});

describe("pruneUnnamedReferences", () => {
  it("drops the plan naming itself and the plans it asks for (004:16, 002:87)", () => {
    const own = named("ke-hoach", "tuyên truyền CCHC năm 2025");
    const kept = named("ke-hoach", "kiểm tra CCHC năm 2025");
    expect(
      pruneUnnamedReferences([own, kept], "Tuyên truyền cải cách hành chính năm 2025", "Trúc Lâm"),
    ).toEqual([kept]);
    const units = named("ke-hoach", "thông tin, tuyên truyền CCHC năm 2024", "cơ quan, đơn vị, địa phương");
    expect(
      pruneUnnamedReferences(
        [units],
        "Thông tin, tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Tây Ninh",
        "Tây Ninh",
      ),
    ).toEqual([]);
  });

  it("drops what a numbered reference issues, named again; keeps another body's plan (002:43, 002:25, 003:67-70)", () => {
    const nq76: LegalReference = {
      type: "nghi-quyet",
      number: "76",
      symbol: "76/NQ-CP",
      title: "về ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030",
      role: "cited",
    };
    const programme = named("chuong-trinh", "tổng thể CCHC nhà nước giai đoạn 2021-2030");
    expect(
      pruneUnnamedReferences([nq76, programme], "Thông tin, tuyên truyền cải cách hành chính năm 2024"),
    ).toEqual([nq76]);
    const kh4347: LegalReference = {
      type: "ke-hoach",
      number: "4347",
      symbol: "4347/KH-UBND",
      issuer: "UBND tỉnh",
      title: "về thực hiện cải cách hành chính nhà nước Hải Dương giai đoạn 2021-2025",
      role: "cited",
    };
    const district = named("ke-hoach", "thực hiện cải cách hành chính giai đoạn 2021- 2025", "huyện Gia Lộc");
    expect(
      pruneUnnamedReferences(
        [kh4347, district],
        "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024",
      ),
    ).toEqual([kh4347, district]);
  });

  it("keeps one of two mentions that differ only by place, the one written out (001:65-67, 004:34, 004:68)", () => {
    const full = named("ke-hoach", "CCHC nhà nước thành phố Bắc Giang năm 2024");
    const short = named("ke-hoach", "CCHC năm 2024");
    expect(pruneUnnamedReferences([full, short], "Tuyên truyền", "Bắc Giang")).toEqual([full]);
    const abbreviated = named("ke-hoach", "CCHC năm 2025");
    const written = named("ke-hoach", "cải cách hành chính năm 2025");
    expect(pruneUnnamedReferences([abbreviated, written], "Tuyên truyền", "Trúc Lâm")).toEqual([written]);
  });
});
