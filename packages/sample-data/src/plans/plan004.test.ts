import type { LineRange, Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { seedLines, seedText } from "../seeds/seedText";
import { plan004 } from "./plan004";

/** The plan under its model type, so checks read it as any consumer would. */
const plan: Plan = plan004;

const FILE = "004_f3b844502d811123.txt";

/** Line numbers of the non-blank lines from `start` to `end`. */
function nonBlankLines(start: number, end: number): number[] {
  const text = seedLines(FILE, { start, end }).split("\n");
  return text.flatMap((line, i) => (line.trim() === "" ? [] : [start + i]));
}

/** Line numbers covered by the given elements' ranges. */
function coveredLines(items: readonly { lines?: LineRange }[]): number[] {
  return items.flatMap((item) =>
    item.lines ? nonBlankLines(item.lines.start, item.lines.end) : ([] as number[]),
  );
}

describe("plan004 (004_f3b844502d811123.txt, phường Trúc Lâm 2025)", () => {
  it("has the counts a reader finds in 004", () => {
    expect({
      purposes: plan.purposes.length,
      requirements: plan.requirements.length,
      contentItems: plan.contentItems.length,
      formsItems: plan.formsItems.length,
      activities: plan.activities.length,
      offices: plan.offices.length,
      assigneeGroups: plan.assigneeGroups.length,
      references: plan.references.length,
      targets: plan.targets.length,
      reporting: plan.reporting.length,
      recipients: plan.recipients.length,
    }).toEqual({
      purposes: 4,
      requirements: 9,
      contentItems: 20,
      formsItems: 5,
      activities: 5,
      offices: 5,
      assigneeGroups: 2,
      references: 7,
      targets: 2,
      reporting: 1,
      recipients: 7,
    });
  });

  it("content items cover every paragraph of II.1 (004:50-92) once, in order", () => {
    expect(coveredLines(plan.contentItems)).toEqual(nonBlankLines(50, 92));
    expect(plan.contentItems.map((c) => c.id)).toEqual(Array.from({ length: 20 }, (_, i) => `c-${i + 1}`));
  });

  it("forms items are the five bullets of II.2 (004:96-104)", () => {
    expect(coveredLines(plan.formsItems)).toEqual(nonBlankLines(96, 104));
    expect(coveredLines(plan.formsItems)).toEqual([96, 98, 100, 102, 104]);
  });

  it("purposes (004:16-22), requirements (004:26-42) and recipients (004:160-166) miss no line", () => {
    expect(coveredLines(plan.purposes)).toEqual(nonBlankLines(16, 22));
    expect(coveredLines(plan.requirements)).toEqual(nonBlankLines(26, 42));
    expect(coveredLines(plan.recipients)).toEqual(nonBlankLines(160, 166));
  });

  it("activities are the five assignment blocks of IV (004:112-154), no task table", () => {
    expect(plan.activities.map((a) => [a.id, a.origin.section, a.origin.ref, a.origin.lines])).toEqual([
      ["a-assignment-IV.1", "assignment", "IV.1", { start: 112, end: 128 }],
      ["a-assignment-IV.2", "assignment", "IV.2", { start: 130, end: 136 }],
      ["a-assignment-IV.3", "assignment", "IV.3", { start: 138, end: 142 }],
      ["a-assignment-IV.4", "assignment", "IV.4", { start: 144, end: 148 }],
      ["a-assignment-IV.5", "assignment", "IV.5", { start: 150, end: 154 }],
    ]);
    expect(coveredLines(plan.activities.map((a) => ({ lines: a.origin.lines })))).toEqual(
      nonBlankLines(112, 154),
    );
  });

  it("the number is blank 'Số /KH-UBND' (004:3) and the date has month 8, no day (004:5)", () => {
    expect(seedLines(FILE, { start: 3, end: 5 })).toBe("Số /KH-UBND\n\nTrúc Lâm, ngày tháng 8 năm 2025");
    expect({
      number: plan.number,
      symbol: plan.symbol,
      issueDate: plan.issueDate,
      place: plan.place,
    }).toEqual({
      number: { notStated: true, raw: "Số /KH-UBND" },
      symbol: "KH-UBND",
      issueDate: { year: 2025, month: 8, raw: "ngày tháng 8 năm 2025" },
      place: "Trúc Lâm",
    });
  });

  it("the unit is phường Trúc Lâm, Thanh Hóa, two-tier code 16624 (was 16630) (004:5, 004:10)", () => {
    const { note, ...unit } = plan.unit;
    expect(unit).toEqual({
      name: "Trúc Lâm",
      kind: "phuong",
      level: "commune",
      era: "two-tier",
      code: { era: "two-tier", code: "16624" },
      parents: [{ kind: "tinh", name: "Thanh Hóa" }],
      match: "exact",
    });
    expect(note).toContain("16630");
    expect(plan.period).toEqual({ start: "2025", end: "2025" });
  });

  it("the basis (004:10) is two provincial reform decisions, neither a parent communication plan", () => {
    expect(plan.references.filter((r) => r.role === "parent-plan")).toEqual([]);
    expect(plan.references.filter((r) => r.role === "basis")).toEqual([
      {
        type: "quyet-dinh",
        number: "3740",
        typeCode: "QĐ",
        issuerCode: "UBND",
        symbol: "3740/QĐ-UBND",
        date: { year: 2021, month: 9, day: 24, raw: "24/9/2021" },
        issuer: "UBND tỉnh Thanh Hóa",
        title: "ban hành Kế hoạch thực hiện CCHC trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025",
        role: "basis",
        raw: "Quyết định số 3740/QĐ - UBND ngày 24/9/2021 của UBND tỉnh Thanh Hóa ban hành Kế hoạch thực hiện CCHC trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025",
      },
      {
        type: "quyet-dinh",
        number: "2649",
        typeCode: "QĐ",
        issuerCode: "UBND",
        symbol: "2649/QĐ-UBND",
        date: { year: 2025, month: 8, day: 2, raw: "02/8/2025" },
        issuer: "UBND tỉnh Thanh Hóa",
        title: "về ban hành kế hoạch cải cách hành chính trên địa bàn tỉnh Thanh Hóa năm 2025",
        role: "basis",
        raw: "Quyết định số 2649/QĐ - UBND ngày 02/8/2025 của UBND tỉnh Thanh Hóa về ban hành kế hoạch cải cách hành chính trên địa bàn tỉnh Thanh Hóa năm 2025",
      },
    ]);
    expect(plan.provenance.notes?.some((n) => n.startsWith("Parent plan: none encoded"))).toBe(true);
  });

  it("the targets are 100% of TTHC published and run through one-stop (004:40)", () => {
    expect(plan.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.lines])).toEqual([
      [
        "TTHC được cập nhật, công bố công khai trên Trang thông tin điện tử",
        "exactly",
        100,
        "percent",
        { start: 40, end: 40 },
      ],
      [
        "TTHC được thực hiện theo cơ chế một cửa, một cửa liên thông",
        "exactly",
        100,
        "percent",
        { start: 40, end: 40 },
      ],
    ]);
  });

  it("offices are the new two-tier ward bodies with their spellings (004:112-164)", () => {
    expect(plan.offices.map((o) => ({ id: o.id, name: o.name, kind: o.kind, aliases: o.aliases }))).toEqual([
      {
        id: "vhxh",
        name: "Phòng Văn hóa - Xã hội",
        kind: "culture-information",
        aliases: ["phòng Văn hóa - Xã hội"],
      },
      { id: "vp", name: "Văn phòng HĐND&UBND", kind: "committee-office", aliases: [] },
      { id: "ktht", name: "Phòng Kinh tế, Hạ tầng và Đô thị", kind: "finance-planning", aliases: [] },
      {
        id: "ttdvc",
        name: "Trung tâm cung ứng dịch vụ công phường",
        kind: "service-centre",
        aliases: ["Trung tâm cung ứng dịch vụ công"],
      },
      {
        id: "mttq",
        name: "Ủy ban Mặt trận Tổ quốc phường",
        kind: "front-mass-organisations",
        aliases: ["MTTQ Việt Nam phường", "Ủy ban MTTQ phường"],
      },
    ]);
    expect(plan.offices.every((o) => o.unit === undefined)).toBe(true);
  });

  it("the 10-10 events are a yearly date in IV.1 (004:120) and IV.4 (004:148)", () => {
    const yearly = {
      kind: "yearlyDate",
      month: 10,
      day: 10,
      occasion: "ngày Chuyển đổi số quốc gia",
      raw: "nhân ngày Chuyển đổi số quốc gia 10-10",
    };
    expect(plan.activities.map((a) => a.timeframe)).toEqual([
      yearly,
      undefined,
      undefined,
      yearly,
      undefined,
    ]);
    expect(seedLines(FILE, { start: 120, end: 120 })).toContain(yearly.raw);
    expect(seedLines(FILE, { start: 148, end: 148 })).toContain(yearly.raw);
  });

  it("IV.4 is led by the Trung tâm with the phòng, ban chuyên môn coordinating (004:148)", () => {
    expect(plan.activities[3]?.assignees).toEqual([
      { ref: "ttdvc", role: "lead", wording: "Trung tâm cung ứng dịch vụ công phường" },
      { ref: "phong-ban", role: "coordinating", wording: "các phòng, ban chuyên môn" },
    ]);
  });

  it("Phòng Văn hóa - Xã hội is the focal point and compiles results periodically (004:114, 004:126)", () => {
    expect(plan.focalPoint).toEqual({
      ref: "vhxh",
      wording: "Phòng Văn hóa - Xã hội",
      lines: { start: 112, end: 126 },
    });
    expect(plan.reporting).toEqual([
      {
        cadences: ["periodic"],
        reporters: [],
        to: [],
        via: { ref: "vhxh" },
        text: "Định kỳ tổng hợp kết quả thực hiện công tác thông tin, tuyên truyền CCHC của đơn vị.",
        lines: { start: 126, end: 126 },
      },
    ]);
  });

  it("the budget is the reform funds of the ward, estimated by Phòng Kinh tế, Hạ tầng và Đô thị (004:108, 004:140)", () => {
    expect(plan.budget).toEqual({
      sources: ["reform-budget"],
      estimateBy: [{ ref: "ktht" }],
      submittedTo: [],
      text: "Kinh phí phục vụ công tác tuyên truyền CCHC từ nguồn kinh phí CCHC đã được bố trí trong dự toán ngân sách của phường theo phân cấp hiện hành.",
      lines: { start: 108, end: 108 },
    });
  });

  it("has no quota, no time section and no child-plan requirements (004: whole text)", () => {
    expect(plan.activities.flatMap((a) => a.quotas)).toEqual([]);
    expect(plan.activities.filter((a) => "frequency" in a)).toEqual([]);
    expect(seedText(FILE)).not.toMatch(/ít nhất|tối thiểu|Thời gian thực hiện/i);
    expect("timeframe" in plan).toBe(false);
    expect("childPlanRequirements" in plan).toBe(false);
  });

  it("is signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Lê Huy Du (004:168-171)", () => {
    expect(plan.signatory).toEqual({
      name: "Lê Huy Du",
      title: "PHÓ CHỦ TỊCH",
      form: "KT",
      signsFor: "CHỦ TỊCH",
      raw: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Huy Du",
      lines: { start: 168, end: 171 },
    });
  });

  it("lists the recipients of Nơi nhận with their notes (004:160-166)", () => {
    expect(plan.recipients.map((r) => [r.name, r.purpose])).toEqual([
      ["Sở Nội vụ tỉnh Thanh Hóa", "b/c"],
      ["Thường trực Đảng ủy", "b/c"],
      ["Chủ tịch UBND phường", "b/c"],
      ["Các phó Chủ tịch UBND", undefined],
      ["Ủy ban MTTQ phường", undefined],
      ["Các phòng, trung tâm phường", undefined],
      ["VT", "Lưu"],
    ]);
  });

  it("tags every content item of II.1 (004:50-92) with at least one theme", () => {
    expect(plan.contentItems.every((c) => c.themes.length > 0)).toBe(true);
  });

  it("keeps the class named only in the closing line (004:156), though no task assigns it", () => {
    const { note: _note, ...group } = plan.assigneeGroups.find((g) => g.id === "co-quan-don-vi") ?? {};
    expect(group).toEqual({
      id: "co-quan-don-vi",
      label: "các cơ quan, đơn vị trên địa bàn phường",
      aliases: [],
      members: "offices",
      scope: "all",
    });
    expect(seedLines(FILE, { start: 156, end: 156 })).toContain("các cơ quan, đơn vị trên địa bàn phường");
  });
});
