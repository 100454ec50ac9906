import { describe, expect, it } from "vitest";
import { seedLines } from "../seeds/seedText";
import { plan001 } from "./plan001";

const FILE = "001_ec564b67ad28c11a.txt";

describe("plan001 (001_ec564b67ad28c11a.txt, thành phố Bắc Giang 2024)", () => {
  it("has content items 1.1–1.6 with 1.4 split into 1.4.1–1.4.5 (001:31-69)", () => {
    expect(plan001.contentItems.map((c) => [c.id, c.ref, c.parentId])).toEqual([
      ["c-1.1", "1.1", undefined],
      ["c-1.2", "1.2", undefined],
      ["c-1.3", "1.3", undefined],
      ["c-1.4", "1.4", undefined],
      ["c-1.4.1", "1.4.1", "c-1.4"],
      ["c-1.4.2", "1.4.2", "c-1.4"],
      ["c-1.4.3", "1.4.3", "c-1.4"],
      ["c-1.4.4", "1.4.4", "c-1.4"],
      ["c-1.4.5", "1.4.5", "c-1.4"],
      ["c-1.5", "1.5", undefined],
      ["c-1.6", "1.6", undefined],
    ]);
  });

  it("has 4 forms items 2.1–2.4 (001:73-91)", () => {
    expect(plan001.formsItems.map((f) => [f.id, f.ref])).toEqual([
      ["f-2.1", "2.1"],
      ["f-2.2", "2.2"],
      ["f-2.3", "2.3"],
      ["f-2.4", "2.4"],
    ]);
  });

  it("has 7 assignments IV.1–IV.7 (001:97-131) and 10 appendix rows (001:153-165), and no activity from a forms item", () => {
    expect(plan001.activities.map((a) => [a.id, a.origin.section, a.origin.ref])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`a-assignment-IV.${n}`, "assignment", `IV.${n}`]),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [`a-appendix-row-${n}`, "appendix-row", `row ${n}`]),
    ]);
  });

  it("reads appendix row 3 as weekly, 'Mỗi tuần/1 lần' (001:156)", () => {
    const row3 = plan001.activities.find((a) => a.id === "a-appendix-row-3");
    expect(row3?.frequency).toEqual({
      kind: "frequency",
      count: 1,
      per: "week",
      interval: 1,
      output: "occurrence",
      raw: "Mỗi tuần/1 lần",
    });
    expect(row3?.timeframe).toBeUndefined();
  });

  it("strips the HTML fragment of appendix row 7 and keeps its compound time (001:162)", () => {
    expect(seedLines(FILE, { start: 162, end: 162 })).toContain('<ul style="list-style-type: none">');
    const row7 = plan001.activities.find((a) => a.id === "a-appendix-row-7");
    expect(row7?.description).toBe(
      "- Cập nhật danh mục, quy trình giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên Hệ thống phần mềm một cửa điện tử.\n- Tuyên truyền thông qua các hội nghị, lớp tập huấn.",
    );
    expect(row7?.timeframe).toEqual({
      kind: "compound",
      parts: [
        { kind: "continuous", raw: "Thường xuyên" },
        { kind: "trigger", condition: "thực hiện khi có sự thay đổi về TTHC" },
      ],
      raw: "Thường xuyên (thực hiện khi có sự thay đổi về TTHC)",
    });
  });

  it("keeps 'Quý I/2024' as the first quarter of 2024 (001:164-165)", () => {
    const quarters = plan001.activities.filter((a) => a.timeframe?.kind === "quarters").map((a) => a.id);
    expect(quarters).toEqual(["a-appendix-row-9", "a-appendix-row-10"]);
    expect(plan001.activities.find((a) => a.id === "a-appendix-row-9")?.timeframe).toEqual({
      kind: "quarters",
      year: 2024,
      quarters: [1],
      raw: "Quý I/2024",
    });
  });

  it("normalises Phòng VHTT = Phòng VH TT = Phòng Văn hóa và Thông tin thành phố (001:99, 111, 156, 161, 164)", () => {
    expect(plan001.offices.find((o) => o.id === "vhtt")).toEqual({
      id: "vhtt",
      name: "Phòng Văn hóa và Thông tin thành phố",
      kind: "culture-information",
      aliases: ["phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin", "Phòng VHTT", "Phòng VH TT"],
    });
  });

  it("normalises the five spellings of Trung tâm Văn hóa - Thông tin và Thể thao (001:119, 155, 156, 161, 165)", () => {
    const centre = plan001.offices.find((o) => o.id === "ttvhtt");
    expect([centre?.name, ...(centre?.aliases ?? [])]).toEqual([
      "Trung tâm Văn hóa - Thông tin và Thể thao thành phố",
      "Trung tâm Văn hóa, Thông tin và Thể thao thành phố",
      "Trung tâm VHTT&TT thành phố",
      "Trung tâm Văn hóa TT&TT",
      "Trung tâm VH TT&TT",
    ]);
    expect(centre?.kind).toBe("service-centre");
  });

  it("lists the offices assigned work and keeps classes of units as groups (001:97-131)", () => {
    expect(plan001.offices.map((o) => o.id)).toEqual([
      "vhtt",
      "noi-vu",
      "vp-hdnd-ubnd",
      "gddt",
      "ttvhtt",
      "thanh-doan",
    ]);
    expect(plan001.assigneeGroups.find((g) => g.id === "ubnd-phuong-xa")).toEqual({
      id: "ubnd-phuong-xa",
      label: "UBND các phường, xã",
      aliases: ["UBND phường, xã"],
      members: "units",
      scope: "subordinate",
      unitKinds: ["phuong", "xa"],
    });
  });

  it("keeps the blank number 'Số: /KH-UBND' as NotStated (001:3)", () => {
    expect(seedLines(FILE, { start: 3, end: 3 })).toBe("Số: /KH-UBND");
    expect(plan001.number).toEqual({ notStated: true, raw: "Số: /KH-UBND" });
    expect(plan001.symbol).toBe("KH-UBND");
  });

  it("keeps the issue date with no day, 'ngày tháng 01 năm 2024' (001:5)", () => {
    expect(plan001.issueDate).toEqual({ year: 2024, month: 1, raw: "ngày tháng 01 năm 2024" });
    expect(plan001.place).toBe("TP. Bắc Giang");
  });

  it("has the four targets of 1.4.2: 100% on time, >90% electronic, >70% online payment, >60% reuse (001:49)", () => {
    expect(plan001.targets.map((t) => [t.comparator, t.value, t.unit, t.lines])).toEqual([
      ["exactly", 100, "percent", { start: 49, end: 49 }],
      ["greaterThan", 90, "percent", { start: 49, end: 49 }],
      ["greaterThan", 70, "percent", { start: 49, end: 49 }],
      ["greaterThan", 60, "percent", { start: 49, end: 49 }],
    ]);
  });

  it("is signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Nguyễn Hữu Đính (001:144-147)", () => {
    expect(plan001.signatory).toEqual({
      name: "Nguyễn Hữu Đính",
      title: "PHÓ CHỦ TỊCH",
      form: "KT",
      signsFor: "CHỦ TỊCH",
      raw: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Hữu Đính",
      lines: { start: 144, end: 147 },
    });
  });

  it("is issued by the Chair of the city People's Committee (001:11)", () => {
    expect(plan001.issuer).toEqual({ body: "chair", wording: "Chủ tịch UBND thành phố" });
    expect(seedLines(FILE, { start: 11, end: 11 })).toContain(
      "Chủ tịch UBND thành phố xây dựng Kế hoạch tuyên truyền",
    );
  });

  it("names one parent plan, 14/KH-UBND of 21/01/2024 of the province's Chair (001:11)", () => {
    const parents = plan001.references.filter((r) => r.role === "parent-plan");
    expect(parents.map((r) => [r.symbol, r.date, r.issuer])).toEqual([
      ["14/KH-UBND", { year: 2024, month: 1, day: 21, raw: "21/01/2024" }, "Chủ tịch UBND tỉnh Bắc Giang"],
    ]);
    expect(plan001.references.map((r) => [r.role, r.symbol ?? r.raw])).toEqual([
      ["basis", "213/KH-UBND"],
      ["parent-plan", "14/KH-UBND"],
      ["basis", "170/KH-UBND"],
      ["cited", "02/KH-UBND"],
      ["cited", "01/NQ-CP"],
      ["cited", "các Nghị quyết của Tỉnh ủy, HĐND tỉnh"],
      ["cited", "06/CP"],
      ["cited", "Kế hoạch CCHC nhà nước thành phố Bắc Giang năm 2024"],
    ]);
  });

  it("links the unit to thành phố Bắc Giang, code 213 of the three-tier lists (001:9)", () => {
    expect(plan001.unit.code).toEqual({ era: "three-tier", code: "213" });
    expect([plan001.unit.name, plan001.unit.kind, plan001.unit.level, plan001.unit.match]).toEqual([
      "Bắc Giang",
      "thanh-pho",
      "district",
      "exact",
    ]);
  });

  it("pays from the city's and the wards' and communes' budgets (001:95)", () => {
    expect(plan001.budget.sources).toEqual(["unit-budget", "lower-unit-budgets"]);
  });
});
