import { describe, expect, it } from "vitest";
import { plan003 } from "./plan003";

describe("plan003 (003_c2f82bd70c212939.txt)", () => {
  it("numbers content items a, b, c, d, e, g, h, k and forms items a–g with đ as printed (003:62-159)", () => {
    expect(plan003.contentItems.map((c) => c.ref)).toEqual(["a", "b", "c", "d", "e", "g", "h", "k"]);
    expect(plan003.formsItems.map((f) => f.ref)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(plan003.contentItems.map((c) => c.id)).toEqual(plan003.contentItems.map((c) => `c-${c.ref}`));
    expect(plan003.formsItems.map((f) => f.id)).toEqual(plan003.formsItems.map((f) => `f-${f.ref}`));
  });

  it("has 9 assignment blocks under 'VI. TỔ CHỨC THỰC HIỆN' with refs as printed (003:174-265)", () => {
    const blocks = plan003.activities.filter((a) => a.origin.section === "assignment");
    expect(blocks.map((a) => [a.id, a.origin.ref])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`a-assignment-VI.${n}`, `VI.${n}`]),
    );
  });

  it("has 8 appendix rows with their products and times as written (003:291-430)", () => {
    const rows = plan003.activities.filter((a) => a.origin.section === "appendix-row");
    expect(rows.map((a) => [a.origin.ref, a.products, a.timeframe?.raw ?? a.frequency?.raw])).toEqual([
      ["row 1", ["Các hình thức thích hợp"], "Thường xuyên trong năm"],
      ["row 2", ["Niêm yết công khai TTHC và quy trình nội bộ"], "Thường xuyên trong năm"],
      ["row 3", ["Đăng tải lên Cổng thông tin điện tử xã"], "Quý I/2024"],
      ["row 4", ["Hội nghị"], "Trong năm 2024"],
      ["row 5", ["Các chuyên mục"], "Mỗi tháng 01 kỳ"],
      ["row 6", ["Hội nghị"], "Trong năm 2024"],
      [
        "row 7",
        [
          "Kế hoạch điều tra XHH khảo sát đo lường sự hài long của người dân, tổ chức đối với sự phục vụ của UBND xã",
          "Điểm điều tra XHH cấp xã",
        ],
        "Quý IV/2024",
      ],
      ["row 8", ["Các lớp tập huấn"], "Quý IV/2023"],
    ]);
    expect(plan003.activities).toHaveLength(17);
  });

  it("keeps row 8's 'Quý IV/2023' inside a 2024 plan (003:430)", () => {
    const row8 = plan003.activities.find((a) => a.id === "a-appendix-8");
    expect(row8?.timeframe).toEqual({ kind: "quarters", year: 2023, quarters: [4], raw: "Quý IV/2023" });
    expect(plan003.period).toEqual({ start: "2024", end: "2024" });
  });

  it("reads 'Mỗi tháng 01 kỳ' as a monthly frequency of one issue (003:374)", () => {
    const row5 = plan003.activities.find((a) => a.id === "a-appendix-5");
    expect(row5?.frequency).toEqual({
      kind: "frequency",
      count: 1,
      per: "month",
      interval: 1,
      output: "issue",
      raw: "Mỗi tháng 01 kỳ",
    });
    expect(row5?.timeframe).toBeUndefined();
  });

  it("takes number 13 and the date 05/02/2024 from the appendix header (003:289)", () => {
    expect([plan003.number, plan003.symbol, plan003.issueDate]).toEqual([
      "13",
      "KH-UBND",
      { year: 2024, month: 2, day: 5, raw: "ngày 05 tháng 02 năm 2024" },
    ]);
  });

  it("implements exactly one parent plan, 13/KH-UBND of 26/01/2024 of UBND huyện Gia Lộc (003:4-7)", () => {
    const parents = plan003.references.filter((r) => r.role === "parent-plan");
    expect(parents).toEqual([
      {
        type: "ke-hoach",
        number: "13",
        typeCode: "KH",
        issuerCode: "UBND",
        symbol: "13/KH-UBND",
        date: { year: 2024, month: 1, day: 26, raw: "ngày 26/01/2024" },
        issuer: "UBND huyện Gia Lộc",
        title: "về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
        role: "parent-plan",
        raw: "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
      },
    ]);
  });

  it("cites the province's plans 4347/KH-UBND and 4999/KH-UBND with their dates (003:67-70)", () => {
    expect(plan003.references.filter((r) => r.symbol !== undefined).map((r) => [r.symbol, r.date])).toEqual([
      ["13/KH-UBND", { year: 2024, month: 1, day: 26, raw: "ngày 26/01/2024" }],
      ["4347/KH-UBND", { year: 2021, month: 11, day: 25, raw: "ngày 25 tháng 11 năm 2021" }],
      ["4999/KH-UBND", { year: 2023, month: 12, day: 28, raw: "ngày 28 tháng 12 năm 2023" }],
    ]);
  });

  it("names 'Công chức VP Đảng ủy - Nội vụ' as the focal point (003:188)", () => {
    expect(plan003.focalPoint).toEqual({
      ref: "noi-vu",
      wording: "Công chức VP Đảng ủy - Nội vụ xã",
      lines: { start: 188, end: 190 },
    });
  });

  it("reports quarterly, half-yearly and yearly, folded in or on request, via Nội vụ (003:249-253)", () => {
    expect(plan003.reporting[1]).toEqual({
      cadences: ["quarterly", "half-yearly", "yearly", "integrated", "on-request"],
      reporters: [{ ref: "cbcc-ban-nganh" }],
      to: ["UBND huyện", "sở Nội vụ"],
      via: { ref: "noi-vu", wording: "công chức Đảng ủy - Nội vụ" },
      text: "Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính của đơn vị, ngành mình (lồng ghép nội dung vào báo cáo cải cách hành chính định kỳ hoặc theo yêu cầu chuyên đề) gửi công chức Đảng ủy - Nội vụ tổng hợp, báo cáo UBND huyện và sở Nội vụ theo quy định.",
      lines: { start: 249, end: 253 },
    });
  });

  it("normalises the home-affairs official's six spellings into one office (003:188, 252, 270, 308, 367, 405)", () => {
    const office = plan003.offices.find((o) => o.id === "noi-vu");
    expect([office?.name, office?.aliases]).toEqual([
      "Công chức Văn phòng Đảng ủy - Nội vụ xã",
      [
        "Công chức VP Đảng ủy - Nội vụ xã",
        "công chức Đảng ủy - Nội vụ",
        "công chức Văn phòng Đảng ủy - Nội vụ",
        "Công chức Văn phòng Đảng ủy – Nội vụ",
        "Công chức Văn phòng Đảng ủy - Nội vụ",
      ],
    ]);
  });

  it("records that xã Gia Tân (huyện Gia Lộc, Hải Dương) is not in the lists of 1 March 2025 (003:2, 4-5)", () => {
    const { note, ...unit } = plan003.unit;
    expect(unit).toEqual({
      name: "Gia Tân",
      kind: "xa",
      level: "commune",
      era: "three-tier",
      parents: [
        { kind: "huyen", name: "Gia Lộc" },
        { kind: "tinh", name: "Hải Dương" },
      ],
      match: "not-found",
    });
    expect(note).toContain("Huyện Gia Lộc (297)");
  });

  it("signs TM. ỦY BAN NHÂN DÂN XÃ, CHỦ TỊCH Phạm Duy Thoại (003:281-284)", () => {
    expect(plan003.signatory).toEqual({
      name: "Phạm Duy Thoại",
      title: "CHỦ TỊCH",
      form: "TM",
      signsFor: "ỦY BAN NHÂN DÂN XÃ",
      raw: "TM. ỦY BAN NHÂN DÂN XÃ CHỦ TỊCH Phạm Duy Thoại",
      lines: { start: 281, end: 284 },
    });
  });

  it("tags every content item a–k (003:64-111) with at least one theme", () => {
    expect(plan003.contentItems.filter((c) => c.themes.length === 0)).toEqual([]);
    expect(plan003.contentItems.flatMap((c) => c.themes).length).toBeGreaterThan(0);
  });
});
