import { type Activity, channels, type Plan, planTasks, themes, validatePlan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { isVerbatimIn } from "../_lib/verbatim";
import { seedLines } from "../seeds/seedText";
import { plan001 } from "./plan001";

const FILE = "001_ec564b67ad28c11a.txt";
const plan: Plan = plan001;

function activity(id: string): Activity {
  const found = plan.activities.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no activity ${id}`);
  return found;
}

function task(id: string) {
  const found = planTasks(plan).find((t) => t.id === id);
  if (found === undefined) throw new Error(`no task ${id}`);
  return found;
}

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

  it("splits the two bullets of appendix row 7 into sub-tasks; the bracketed trigger dates the update only (001:162)", () => {
    expect(seedLines(FILE, { start: 162, end: 162 })).toContain('<ul style="list-style-type: none">');
    const row7 = activity("a-appendix-row-7");
    expect(row7.description).toBeUndefined();
    expect(row7.timeframe).toEqual({ kind: "continuous", raw: "Thường xuyên" });
    expect(row7.subtasks?.map((s) => [s.id, s.ref, s.text, s.lines])).toEqual([
      [
        "a-appendix-row-7.1",
        "-",
        "Cập nhật danh mục, quy trình giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên Hệ thống phần mềm một cửa điện tử.",
        { start: 162, end: 162 },
      ],
      [
        "a-appendix-row-7.2",
        "-",
        "Tuyên truyền thông qua các hội nghị, lớp tập huấn.",
        { start: 162, end: 162 },
      ],
    ]);
    expect(task("a-appendix-row-7.1").timeframe).toEqual({
      kind: "compound",
      parts: [
        { kind: "continuous", raw: "Thường xuyên" },
        { kind: "trigger", condition: "thực hiện khi có sự thay đổi về TTHC" },
      ],
      raw: "Thường xuyên (thực hiện khi có sự thay đổi về TTHC)",
    });
    expect(task("a-appendix-row-7.2").timeframe).toEqual({ kind: "continuous", raw: "Thường xuyên" });
    // Training as the medium: the channel only, no training theme (coding guide R3).
    expect([task("a-appendix-row-7.2").channels, task("a-appendix-row-7.2").themes]).toEqual([
      ["in-person.meeting", "in-person.training"],
      [],
    ]);
  });

  it("keeps 'Quý I/2024' as the first quarter of 2024, for rows 9 and 10 and the slogans of IV.5 (001:123, 001:164-165)", () => {
    const quarters = planTasks(plan)
      .filter((t) => t.timeframe?.kind === "quarters")
      .map((t) => t.id);
    expect(quarters).toEqual(["a-assignment-IV.5.2", "a-appendix-row-9", "a-appendix-row-10"]);
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

  it("is issued by the Chair of the city People's Committee, a district-level body (001:11, 001:144-145, 001:151)", () => {
    expect(plan001.schemaVersion).toBe("1.2");
    expect(plan001.issuer).toEqual({ body: "chair", level: "district", wording: "Chủ tịch UBND thành phố" });
    expect(seedLines(FILE, { start: 11, end: 11 })).toContain(
      "Chủ tịch UBND thành phố xây dựng Kế hoạch tuyên truyền",
    );
    expect(seedLines(FILE, { start: 144, end: 145 })).toBe("**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**");
    expect(seedLines(FILE, { start: 151, end: 151 })).toContain("của Chủ tịch UBND thành phố");
    expect(plan001.issuer.level).toBe(plan001.unit.level);
  });

  it("is a 1.2 plan that validatePlan takes as it is: no migration, no error", () => {
    const { usable, issues } = validatePlan(plan001);
    expect(usable).toBe(true);
    expect(issues.filter((i) => i.code === "schema.migrated" || i.severity === "error")).toEqual([]);
  });

  it("IV.2: in monitoring the communication work, Văn hóa và Thông tin leads and Nội vụ coordinates (001:111)", () => {
    expect(seedLines(FILE, { start: 111, end: 111 })).toMatch(
      /^- Phối hợp với phòng Văn hóa và Thông tin theo dõi, đôn đốc, kiểm tra kết quả/,
    );
    const iv2 = activity("a-assignment-IV.2");
    expect(iv2.assignees).toEqual([{ ref: "noi-vu", role: "lead", wording: "Phòng Nội vụ thành phố" }]);
    expect(iv2.subtasks?.map((s) => [s.id, s.ref, s.lines])).toEqual([
      ["a-assignment-IV.2.1", "-", { start: 111, end: 111 }],
      ["a-assignment-IV.2.2", "-", { start: 113, end: 113 }],
    ]);
    expect(task("a-assignment-IV.2.1").assignees).toEqual([
      { ref: "vhtt", role: "lead", wording: "phòng Văn hóa và Thông tin" },
      { ref: "noi-vu", role: "coordinating" },
    ]);
    expect(task("a-assignment-IV.2.2").assignees).toEqual([
      { ref: "noi-vu", role: "lead" },
      { ref: "co-quan-lien-quan", role: "coordinating", wording: "các cơ quan, đơn vị liên quan" },
    ]);
  });

  it("IV.6: the Front, the mass organisations and Thành đoàn are requested (Đề nghị), not leads (001:125-127, 001:133)", () => {
    expect(seedLines(FILE, { start: 125, end: 125 })).toContain(
      "CT-XH từ thành phố đến phường, xã: Đề nghị phối hợp chặt chẽ",
    );
    expect(seedLines(FILE, { start: 133, end: 133 })).toContain("và đề nghị Ủy ban Mặt trận Tổ quốc");
    const iv6 = activity("a-assignment-IV.6");
    expect(iv6.assignees.map((a) => [a.ref, a.role])).toEqual([
      ["mttq-ctxh", "requested"],
      ["thanh-doan", "requested"],
      ["co-quan-don-vi-tp", "coordinating"],
    ]);
    // No activity or task of the plan has the Front or a mass organisation as its lead.
    const frontIds = ["mttq-ctxh", "thanh-doan"];
    const frontLeads = planTasks(plan).flatMap((t) =>
      t.assignees.filter((a) => a.role === "lead" && frontIds.includes(a.ref)).map(() => t.id),
    );
    expect(frontLeads).toEqual([]);
  });

  it("IV.5: replacing the slogans is dated Quý I/2024 by appendix row 10, not 'thường xuyên' (001:121-123, 001:165)", () => {
    expect(seedLines(FILE, { start: 165, end: 165 })).toMatch(
      /^10\tKhẩu hiệu tuyên truyền CCHC, chuyển đổi số trên hệ thống pano tấm lớn của ngõ thành phố\t.*\tQuý I\/2024/,
    );
    const iv5 = activity("a-assignment-IV.5");
    expect(iv5.timeframe).toBeUndefined();
    expect(iv5.subtasks?.map((s) => [s.id, s.ref, s.lines])).toEqual([
      ["a-assignment-IV.5.1", undefined, { start: 121, end: 121 }],
      ["a-assignment-IV.5.2", undefined, { start: 123, end: 123 }],
    ]);
    expect(task("a-assignment-IV.5.2").description).toBe(
      "Thay thế khẩu hiệu tuyên truyền CCHC, chuyển đổi số trên hệ thống pano tấm lớn của ngõ thành phố.",
    );
    expect(task("a-assignment-IV.5.2").timeframe).toEqual({ kind: "quarters", year: 2024, quarters: [1] });
    expect(task("a-assignment-IV.5.2").assignees.map((a) => [a.ref, a.role])).toEqual([["ttvhtt", "lead"]]);
    // The articles keep 'thường xuyên ... trong năm' (001:121).
    expect(task("a-assignment-IV.5.1").timeframe).toEqual({ kind: "continuous", raw: "thường xuyên" });
    expect(task("a-assignment-IV.5.1").assignees.map((a) => [a.ref, a.role])).toEqual([
      ["ttvhtt", "lead"],
      ["co-quan-lien-quan", "coordinating"],
      ["ubnd-phuong-xa", "coordinating"],
    ]);
  });

  it("IV.1: four bullets, four sub-tasks led by Văn hóa và Thông tin; only the first has the city's offices as partners (001:99-107, 001:157)", () => {
    const iv1 = activity("a-assignment-IV.1");
    expect(iv1.subtasks?.map((s) => [s.id, s.ref, s.lines?.start])).toEqual([
      ["a-assignment-IV.1.1", "-", 101],
      ["a-assignment-IV.1.2", "-", 103],
      ["a-assignment-IV.1.3", "-", 105],
      ["a-assignment-IV.1.4", "-", 107],
    ]);
    expect(
      planTasks(plan)
        .filter((t) => t.activityId === "a-assignment-IV.1")
        .map((t) => t.assignees.length),
    ).toEqual([2, 1, 1, 1]);
    // Appendix row 4, the same task as the first bullet, names Văn hóa và Thông tin chủ trì.
    expect(seedLines(FILE, { start: 157, end: 157 })).toContain(
      "\tPhòng Văn hóa và Thông tin thành phố\tcác cơ quan",
    );
    expect(task("a-assignment-IV.1.1").assignees[0]).toEqual({ ref: "vhtt", role: "lead" });
    expect(task("a-assignment-IV.1.4").channels).toEqual(["outdoor-print.billboard"]);
  });

  it("gives every sub-task its own themes and channels, its lines, and a text that stands verbatim in them", () => {
    const subtasks = plan.activities.flatMap((a) => a.subtasks ?? []);
    expect(subtasks).toHaveLength(10);
    for (const s of subtasks) {
      expect([s.id, Array.isArray(s.themes), Array.isArray(s.channels)]).toEqual([s.id, true, true]);
      expect(s.lines, s.id).toBeDefined();
      if (s.lines) expect(isVerbatimIn(s.text, seedLines(FILE, s.lines)), s.id).toBe(true);
    }
    // A block is counted through its sub-tasks only: 17 activities, 4 of them blocks of 10 sub-tasks.
    expect(planTasks(plan)).toHaveLength(17 - 4 + 10);
  });

  it("names the offices of sub-tasks by ids of the plan and wordings they list (001:101-123, 001:162)", () => {
    const names = new Map<string, readonly string[]>([
      ...plan.offices.map((o) => [o.id, [o.name, ...o.aliases]] as const),
      ...plan.assigneeGroups.map((g) => [g.id, [g.label, ...g.aliases]] as const),
    ]);
    const assignees = plan.activities.flatMap((a) => (a.subtasks ?? []).flatMap((s) => s.assignees ?? []));
    expect(assignees).toHaveLength(9);
    for (const { ref, wording } of assignees) {
      expect(names.has(ref), ref).toBe(true);
      if (wording !== undefined) expect(names.get(ref), wording).toContain(wording);
    }
  });

  it("reports to the Chair and the higher level 'theo quy định': cadence as-regulated (001:105)", () => {
    expect(seedLines(FILE, { start: 105, end: 105 })).toMatch(/cấp trên theo quy định\.$/);
    expect(plan001.reporting.map((r) => r.cadences)).toEqual([["as-regulated"]]);
  });

  it("keeps the headings of content items 1.4.1–1.4.5 and forms items 2.1–2.4 apart from their texts, without the colon (001:45-89)", () => {
    expect(plan.contentItems.filter((c) => c.heading !== undefined).map((c) => [c.id, c.heading])).toEqual([
      ["c-1.4.1", "Cải cách thể chế"],
      ["c-1.4.2", "Cải cách TTHC"],
      ["c-1.4.3", "Cải cách tổ chức bộ máy HCNN, chế độ công vụ"],
      ["c-1.4.4", "Cải cách tài chính công"],
      ["c-1.4.5", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"],
    ]);
    expect(plan.formsItems.map((f) => f.heading)).toEqual([
      "Tuyên truyền trên các phương tiện thông tin đại chúng",
      "Công khai các thủ tục hành chính tại các cơ quan đơn vị thành phố và UBND các phường, xã",
      "Tuyên truyền thông qua việc phát hành tài liệu và các ấn phẩm",
      "Tuyên truyền thông qua các hội nghị, lớp tập huấn",
    ]);
    expect(plan.formsItems.find((f) => f.id === "f-2.3")?.text).toMatch(/^Lắp đặt pa nô, áp phích/);
    expect(seedLines(FILE, { start: 51, end: 51 })).toBe(
      "1.4.3. Cải cách tổ chức bộ máy HCNN, chế độ công vụ:",
    );
    expect(plan.contentItems.find((c) => c.id === "c-1.4.1")?.text).toMatch(/^Tuyên truyền hệ thống văn bản/);
    expect(plan.contentItems.find((c) => c.id === "c-1.4.3")?.text).toMatch(
      /^Tiếp tục tuyên truyền công tác/,
    );
  });

  it("codes 'Hiện đại hóa nền hành chính nhà nước, xây dựng và phát triển Chính quyền điện tử' with the field code (001:33, R2)", () => {
    expect(seedLines(FILE, { start: 33, end: 33 })).toContain(
      "Hiện đại hóa nền hành chính nhà nước, xây dựng và phát triển Chính quyền điện tử.",
    );
    expect(plan.contentItems.find((c) => c.id === "c-1.1")?.themes).toEqual([
      "policy",
      "leadership",
      "digital-government",
    ]);
  });

  it("never codes a parent beside its own child, on any item, activity or sub-task (R1)", () => {
    const parent = new Map([...themes.entries, ...channels.entries].map((e) => [e.code, e.parent]));
    const ancestors = (code: string): string[] => {
      const up = parent.get(code);
      return up === undefined ? [] : [up, ...ancestors(up)];
    };
    const holders: [string, readonly string[]][] = [
      ...plan.contentItems.flatMap((c): [string, readonly string[]][] => [
        [c.id, c.themes],
        [c.id, c.channels ?? []],
      ]),
      ...plan.formsItems.flatMap((f): [string, readonly string[]][] => [
        [f.id, f.themes],
        [f.id, f.channels],
      ]),
      ...plan.activities.flatMap((a) => [
        [a.id, a.themes] as [string, readonly string[]],
        [a.id, a.channels] as [string, readonly string[]],
        ...(a.subtasks ?? []).flatMap((s): [string, readonly string[]][] => [
          [s.id, s.themes ?? []],
          [s.id, s.channels ?? []],
        ]),
      ]),
    ];
    expect(parent.get("digital-government.modernisation")).toBe("digital-government");
    const clashes = holders.flatMap(([id, codes]) =>
      codes.flatMap((code) =>
        ancestors(code)
          .filter((a) => codes.includes(a))
          .map((a) => `${id}: ${a} beside ${code}`),
      ),
    );
    expect(clashes).toEqual([]);
    // Sub-tasks' codes are in the codelists too (the shared check reads items and activities only).
    const unknown = holders.flatMap(([id, codes]) =>
      codes.filter((c) => !parent.has(c)).map((c) => `${id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it("gives every reference its source lines, where its wording stands (001:11, 33, 65)", () => {
    expect(plan.references.map((r) => r.lines?.start)).toEqual([11, 11, 11, 33, 33, 33, 65, 65]);
    for (const r of plan.references) {
      expect(r.lines && r.raw !== undefined && isVerbatimIn(r.raw, seedLines(FILE, r.lines)), r.raw).toBe(
        true,
      );
    }
  });

  it("has no escalation: the closing line only asks the units to carry the plan out (001:133)", () => {
    expect(plan.escalation).toBeUndefined();
    expect(seedLines(FILE, { start: 1, end: 165 })).not.toMatch(/vướng mắc/);
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
