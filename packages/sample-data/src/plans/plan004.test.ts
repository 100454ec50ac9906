import { channels, type LineRange, type Plan, planTasks, themes } from "@parcomms/core";
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
    const { note, ...unit } = plan004.unit;
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
        lines: { start: 10, end: 10 },
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
        lines: { start: 10, end: 10 },
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

  it("the 10-10 date is the events bullets' only (004:120, 004:148), not the radio and web bullet's (004:146)", () => {
    const yearly = {
      kind: "yearlyDate",
      month: 10,
      day: 10,
      occasion: "ngày Chuyển đổi số quốc gia",
      raw: "nhân ngày Chuyển đổi số quốc gia 10-10",
    };
    const dated = planTasks(plan).filter((t) => t.timeframe?.kind === "yearlyDate");
    expect(dated.map((t) => [t.id, t.origin.lines, t.timeframe])).toEqual([
      ["a-assignment-IV.1.3", { start: 120, end: 120 }, yearly],
      ["a-assignment-IV.4.2", { start: 148, end: 148 }, yearly],
    ]);
    expect(seedLines(FILE, { start: 120, end: 120 })).toContain(yearly.raw);
    expect(seedLines(FILE, { start: 148, end: 148 })).toContain(yearly.raw);
    const radioAndWeb = planTasks(plan).find((t) => t.id === "a-assignment-IV.4.1");
    expect(seedLines(FILE, { start: 146, end: 146 })).not.toContain("10-10");
    expect([radioAndWeb?.origin.lines, radioAndWeb?.timeframe]).toEqual([
      { start: 146, end: 146 },
      undefined,
    ]);
  });

  it("the standing office's ongoing duties (004:114-128) are continuous, all but the events bullet (004:120)", () => {
    const iv1 = planTasks(plan).filter((t) => t.activityId === "a-assignment-IV.1");
    expect(iv1.map((t) => [t.id, t.timeframe?.kind])).toEqual([
      ["a-assignment-IV.1.1", "continuous"],
      ["a-assignment-IV.1.2", "continuous"],
      ["a-assignment-IV.1.3", "yearlyDate"],
      ["a-assignment-IV.1.4", "continuous"],
      ["a-assignment-IV.1.5", "continuous"],
      ["a-assignment-IV.1.6", "continuous"],
      ["a-assignment-IV.1.7", "continuous"],
    ]);
    expect(seedLines(FILE, { start: 114, end: 114 })).toContain("Là cơ quan thường trực");
  });

  it("in the 10-10 bullet of IV.1 Văn hóa - Xã hội only coordinates with the offices (004:120)", () => {
    expect(seedLines(FILE, { start: 120, end: 120 })).toMatch(
      /^- Phối hợp với các phòng, ban chuyên môn tổ chức/,
    );
    const task = planTasks(plan).find((t) => t.id === "a-assignment-IV.1.3");
    expect(task?.assignees).toEqual([
      { ref: "phong-ban", role: "lead", wording: "các phòng, ban chuyên môn" },
      { ref: "vhxh", role: "coordinating" },
    ]);
    // Every other bullet of the block is the standing office's own: it leads them.
    const others = planTasks(plan).filter((t) => t.activityId === "a-assignment-IV.1" && t.id !== task?.id);
    expect(others.every((t) => t.assignees.find((a) => a.role === "lead")?.ref === "vhxh")).toBe(true);
  });

  it("IV.2: the Văn phòng works 'phối hợp với phòng Văn hóa - Xã hội' (004:134), so Văn hóa - Xã hội leads that task", () => {
    expect(seedLines(FILE, { start: 134, end: 134 })).toContain(
      "- Phối hợp với phòng Văn hóa - Xã hội triển khai",
    );
    const tasks = planTasks(plan).filter((t) => t.activityId === "a-assignment-IV.2");
    expect(tasks.map((t) => [t.id, t.assignees])).toEqual([
      [
        "a-assignment-IV.2.1",
        [
          { ref: "vp", role: "lead" },
          { ref: "phong-ban", role: "coordinating", wording: "các phòng, ban chuyên môn" },
        ],
      ],
      [
        "a-assignment-IV.2.2",
        [
          { ref: "vhxh", role: "lead", wording: "phòng Văn hóa - Xã hội" },
          { ref: "vp", role: "coordinating" },
        ],
      ],
      ["a-assignment-IV.2.3", [{ ref: "vp", role: "lead", wording: "Văn phòng HĐND&UBND" }]],
    ]);
  });

  it("IV.4 is the Trung tâm's; its events bullet is led by it with the offices coordinating (004:144, 004:148)", () => {
    const tasks = planTasks(plan).filter((t) => t.activityId === "a-assignment-IV.4");
    expect(tasks.map((t) => [t.id, t.assignees])).toEqual([
      [
        "a-assignment-IV.4.1",
        [{ ref: "ttdvc", role: "lead", wording: "Trung tâm cung ứng dịch vụ công phường" }],
      ],
      [
        "a-assignment-IV.4.2",
        [
          { ref: "ttdvc", role: "lead" },
          { ref: "phong-ban", role: "coordinating", wording: "các phòng, ban chuyên môn" },
        ],
      ],
    ]);
    expect(seedLines(FILE, { start: 148, end: 148 })).toMatch(
      /^- Chủ trì, phối hợp với các phòng, ban chuyên môn/,
    );
  });

  it("the Front is requested, not a lead: 'Đề nghị MTTQ Việt Nam phường phối hợp…' (004:152)", () => {
    expect(seedLines(FILE, { start: 152, end: 152 })).toMatch(/^Đề nghị MTTQ Việt Nam phường/);
    const iv5 = plan.activities.find((a) => a.id === "a-assignment-IV.5");
    expect(iv5?.assignees).toEqual([{ ref: "mttq", role: "requested", wording: "MTTQ Việt Nam phường" }]);
    expect(iv5?.subtasks).toBeUndefined();
    expect(
      planTasks(plan).flatMap((t) => t.assignees.filter((a) => a.ref === "mttq").map((a) => a.role)),
    ).toEqual(["requested"]);
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

  it("is schema 1.2, issued by the ward's People's Committee at commune level (004:3, 004:10)", () => {
    expect([plan.schemaVersion, plan.issuer]).toEqual([
      "1.2",
      { body: "people-committee", level: "commune", wording: "UBND phường Trúc Lâm" },
    ]);
    expect(seedLines(FILE, { start: 10, end: 10 })).toContain("UBND phường Trúc Lâm xây dựng kế hoạch");
  });

  it("each bullet of IV.1-IV.4 (004:114-148) is one sub-task, as written without its dash, in printed order", () => {
    const subtasks = plan.activities.flatMap((a) => (a.subtasks ?? []).map((st) => ({ block: a.id, ...st })));
    expect(subtasks.map((st) => [st.block, st.id, st.ref, st.lines?.start])).toEqual([
      ["a-assignment-IV.1", "a-assignment-IV.1.1", "-", 114],
      ["a-assignment-IV.1", "a-assignment-IV.1.2", "-", 116],
      ["a-assignment-IV.1", "a-assignment-IV.1.3", "-", 120],
      ["a-assignment-IV.1", "a-assignment-IV.1.4", "-", 122],
      ["a-assignment-IV.1", "a-assignment-IV.1.5", "-", 124],
      ["a-assignment-IV.1", "a-assignment-IV.1.6", "-", 126],
      ["a-assignment-IV.1", "a-assignment-IV.1.7", "-", 128],
      ["a-assignment-IV.2", "a-assignment-IV.2.1", "-", 132],
      ["a-assignment-IV.2", "a-assignment-IV.2.2", "-", 134],
      ["a-assignment-IV.2", "a-assignment-IV.2.3", "-", 136],
      ["a-assignment-IV.3", "a-assignment-IV.3.1", "-", 140],
      ["a-assignment-IV.3", "a-assignment-IV.3.2", "-", 142],
      ["a-assignment-IV.4", "a-assignment-IV.4.1", "-", 146],
      ["a-assignment-IV.4", "a-assignment-IV.4.2", "-", 148],
    ]);
    // The sub-tasks' lines are exactly the bullets of the four blocks, each bullet's text its lines joined.
    const bullets = nonBlankLines(112, 148).filter((n) =>
      seedLines(FILE, { start: n, end: n }).startsWith("- "),
    );
    expect(subtasks.map((st) => st.lines?.start)).toEqual(bullets);
    for (const st of subtasks) {
      const written = seedLines(FILE, st.lines ?? { start: 1, end: 1 })
        .split("\n")
        .filter((line) => line.trim() !== "")
        .join(" ");
      expect(`- ${st.text}`).toBe(written);
    }
  });

  it("the blocks keep only what all their bullets share: the heading's office, no description, no codes (004:112-148)", () => {
    const blocks = plan.activities.filter((a) => a.subtasks !== undefined);
    expect(
      blocks.map((a) => [a.origin.ref, a.description, a.themes, a.channels, a.audiences, a.assignees]),
    ).toEqual([
      ["IV.1", undefined, [], [], [], [{ ref: "vhxh", role: "lead", wording: "Phòng Văn hóa - Xã hội" }]],
      ["IV.2", undefined, [], [], [], [{ ref: "vp", role: "lead", wording: "Văn phòng HĐND&UBND" }]],
      [
        "IV.3",
        undefined,
        [],
        [],
        [],
        [{ ref: "ktht", role: "lead", wording: "Phòng Kinh tế, Hạ tầng và Đô thị" }],
      ],
      [
        "IV.4",
        undefined,
        [],
        [],
        [],
        [{ ref: "ttdvc", role: "lead", wording: "Trung tâm cung ứng dịch vụ công phường" }],
      ],
    ]);
    // Every sub-task codes its own themes and channels.
    const subtasks = blocks.flatMap((a) => a.subtasks ?? []);
    expect(subtasks.every((st) => Array.isArray(st.themes) && Array.isArray(st.channels))).toBe(true);
    // Fifteen pieces of work: fourteen bullets and the Front's paragraph, none counted twice.
    expect(planTasks(plan).length).toBe(15);
  });

  it("codes each bullet from its own words: radio and web (004:116-118, 004:146), events (004:120, 004:148), training as the medium (004:128)", () => {
    expect(planTasks(plan).map((t) => [t.id, t.themes, t.channels])).toEqual([
      ["a-assignment-IV.1.1", [], []],
      ["a-assignment-IV.1.2", [], ["broadcast.commune-radio", "online.web-portal"]],
      [
        "a-assignment-IV.1.3",
        ["digital-transformation.national-day", "digital-government"],
        ["in-person.events"],
      ],
      ["a-assignment-IV.1.4", [], ["in-person.cultural-performance"]],
      ["a-assignment-IV.1.5", [], []],
      ["a-assignment-IV.1.6", [], []],
      ["a-assignment-IV.1.7", [], ["in-person.training"]],
      ["a-assignment-IV.2.1", ["steering"], []],
      ["a-assignment-IV.2.2", [], ["in-person.dialogue"]],
      ["a-assignment-IV.2.3", [], ["in-person.legal-education"]],
      ["a-assignment-IV.3.1", [], []],
      ["a-assignment-IV.3.2", [], []],
      ["a-assignment-IV.4.1", [], ["broadcast.commune-radio", "online.web-portal"]],
      [
        "a-assignment-IV.4.2",
        ["digital-transformation.national-day", "digital-government"],
        ["in-person.events"],
      ],
      ["a-assignment-IV.5", ["policy", "citizen-rights"], []],
    ]);
    expect(seedLines(FILE, { start: 128, end: 128 })).toContain("Tham gia các lớp tập huấn về CCHC");
  });

  it("every reference carries the lines its wording stands on (004:10, 004:16, 004:34, 004:68, 004:124)", () => {
    expect(plan.references.map((r) => r.lines?.start)).toEqual([10, 10, 34, 34, 68, 16, 124]);
    for (const r of plan.references) {
      expect(seedLines(FILE, r.lines ?? { start: 1, end: 1 }).replace(/\s+/g, " ")).toContain(r.raw);
    }
  });

  it("content items carry the medium their text names: posting at the office (004:66), a column on the web page (004:68)", () => {
    expect(
      plan.contentItems.filter((c) => c.channels !== undefined).map((c) => [c.id, c.lines, c.channels]),
    ).toEqual([
      ["c-8", { start: 66, end: 66 }, ["official-posting.one-stop"]],
      ["c-9", { start: 68, end: 68 }, ["online.web-portal", "press.reportage"]],
    ]);
    expect(seedLines(FILE, { start: 66, end: 66 })).toContain("công khai TTHC tại trụ sở cơ quan");
    expect(seedLines(FILE, { start: 68, end: 68 })).toContain(
      "chuyên mục thủ tục hành chính trên Trang thông tin điện tử",
    );
  });

  it("codes by the coding guide: a reform plan is policy and steering (R4, 004:68), the Front's oversight is citizen-rights (R6, 004:152)", () => {
    expect(plan.contentItems.find((c) => c.id === "c-9")?.themes).toEqual([
      "procedure-posting",
      "policy",
      "steering",
    ]);
    expect(plan.contentItems.find((c) => c.id === "c-11")?.themes).toEqual([
      "steering",
      "policy",
      "one-stop-shop",
      "online-services",
    ]);
    expect(seedLines(FILE, { start: 152, end: 152 })).toContain("giám sát thực hiện CCHC");
    expect(plan.activities.find((a) => a.id === "a-assignment-IV.5")?.themes).toContain("citizen-rights");
  });

  it("never codes a parent beside its own child (R1), on any item, activity or sub-task", () => {
    const parentOf = new Map(
      [...themes.entries, ...channels.entries].flatMap((e) =>
        e.parent ? [[e.code, e.parent] as const] : [],
      ),
    );
    const holders: [string, readonly string[] | undefined][] = [
      ...plan.contentItems.flatMap((c) => [
        [c.id, c.themes] as [string, readonly string[]],
        [c.id, c.channels] as [string, readonly string[] | undefined],
      ]),
      ...plan.formsItems.flatMap((f) => [
        [f.id, f.themes] as [string, readonly string[]],
        [f.id, f.channels] as [string, readonly string[]],
      ]),
      ...planTasks(plan).flatMap((t) => [
        [t.id, t.themes] as [string, readonly string[]],
        [t.id, t.channels] as [string, readonly string[]],
      ]),
    ];
    const parentBesideChild = holders.flatMap(([id, codes = []]) =>
      codes.filter((code) => codes.includes(parentOf.get(code) ?? "")).map((code) => [id, code]),
    );
    expect(parentBesideChild).toEqual([]);
    // The old encoding had seven: c-3, c-4, c-5, c-6, c-10, c-14 and c-15 now keep only the children.
    expect(plan.contentItems.find((c) => c.id === "c-4")?.themes).toEqual(["discipline.inspection"]);
  });

  it("has no escalation passage: the closing line names no one to tell of problems (004:156)", () => {
    expect(seedText(FILE)).not.toMatch(/khó khăn, vướng mắc|phát sinh vướng mắc/);
    expect(plan.escalation).toBeUndefined();
  });
});
