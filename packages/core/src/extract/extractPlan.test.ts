import { describe, expect, it } from "vitest";
import { extractPlan } from "./extractPlan";

/** A short plan in the standard layout of Nghị định 30/2020/NĐ-CP, written for these tests. */
function planText(organisation: string[], title: string, body: string[] = []): string {
  return [
    ...organisation,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/KH-BNV",
    "Hà Nội, ngày 15 tháng 01 năm 2024",
    "",
    "KẾ HOẠCH",
    title,
    "",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.",
    ...body,
  ].join("\n");
}

describe("extractPlan: issuers and periods of model 1.1", () => {
  it("reads 'BỘ NỘI VỤ' as a ministry, central, with no unit and no unit-missing issue", () => {
    const { plan, issues } = extractPlan(
      planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024"),
    );
    expect(plan.schemaVersion).toBe("1.1");
    expect(plan.issuer).toEqual({ body: "ministry", level: "central", wording: "Bộ Nội Vụ" });
    expect(plan.unit).toBeUndefined();
    expect(plan.period).toEqual({ start: "2024", end: "2024" });
    expect(issues.map((i) => i.code)).not.toContain("extract.header.unit-missing");
  });

  it("reads 'SỞ NỘI VỤ' under 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH' as a department of the province", () => {
    const { plan } = extractPlan(
      planText(["ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024"),
    );
    expect(plan.issuer).toEqual({ body: "department", level: "province", wording: "Sở Nội Vụ" });
    expect(plan.unit).toMatchObject({ name: "Tây Ninh", kind: "tinh", level: "province" });
  });

  it("reads 'HUYỆN ỦY SƠN TÂY' as a party body and 'ỦY BAN MTTQ VIỆT NAM XÃ GIA TÂN' as a front body, at their unit's tier", () => {
    const party = extractPlan(
      planText(["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY SƠN TÂY"], "Tuyên truyền năm 2024"),
    );
    expect(party.plan.issuer).toMatchObject({ body: "party", level: "district" });
    expect(party.plan.unit).toMatchObject({ name: "Sơn Tây", kind: "huyen" });
    const front = extractPlan(planText(["ỦY BAN MTTQ VIỆT NAM XÃ GIA TÂN"], "Tuyên truyền năm 2024"));
    expect(front.plan.issuer).toMatchObject({ body: "front", level: "commune" });
    expect(front.plan.unit).toMatchObject({ name: "Gia Tân", kind: "xa" });
  });

  it("keeps a People's Committee as before, its level from its unit", () => {
    const { plan } = extractPlan(
      planText(["ỦY BAN NHÂN DÂN XÃ GIA TÂN"], "Tuyên truyền cải cách hành chính năm 2024"),
    );
    expect(plan.issuer).toMatchObject({ body: "people-committee", level: "commune" });
    expect(plan.unit).toMatchObject({ name: "Gia Tân", level: "commune" });
  });

  it("reads a period of several years from the title, with its horizon", () => {
    const plain = extractPlan(planText(["BỘ NỘI VỤ"], "Kế hoạch tuyên truyền CCHC giai đoạn 2022 - 2025"));
    expect(plain.plan.period).toEqual({ start: "2022", end: "2025" });
    const horizon = extractPlan(
      planText(
        ["BỘ NỘI VỤ"],
        "Tuyên truyền cải cách hành chính giai đoạn 2021–2025, định hướng đến năm 2030",
      ),
    );
    expect(horizon.plan.period).toEqual({ start: "2021", end: "2025", horizon: 2030 });
  });
});

describe("extractPlan: assignment blocks", () => {
  const body = [
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Bộ:",
    "a) Xây dựng kế hoạch tuyên truyền của đơn vị, chậm nhất ngày 20/04/2024.",
    "b) Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Bộ.",
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam:",
    "Phối hợp tuyên truyền, vận động đoàn viên, hội viên thực hiện cải cách hành chính.",
  ];

  it("emits lettered tasks a), b) as sub-tasks, the deadline on a) only", () => {
    const { plan } = extractPlan(planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024", body));
    const block = plan.activities.find((a) => a.origin.ref === "II.1");
    expect(block?.timeframe).toBeUndefined();
    expect(block?.subtasks?.map((s) => [s.id, s.ref, s.timeframe?.kind])).toEqual([
      ["a-assignment-II.1.a", "a", "deadline"],
      ["a-assignment-II.1.b", "b", undefined],
    ]);
  });

  it("gives the body of a 'Đề nghị …' block the role requested, and raises no missing-lead issue for it", () => {
    const { plan, issues } = extractPlan(
      planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024", body),
    );
    const front = plan.activities.find((a) => a.origin.ref === "II.2");
    expect(front?.assignees.map((a) => a.role)).toEqual(["requested"]);
    expect(issues.filter((i) => i.code === "extract.activity.no-lead")).toEqual([]);
  });
});
