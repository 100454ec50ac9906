import { channels, type Plan, planTasks, themes, validatePlan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { isVerbatimIn } from "../_lib/verbatim";
import { seedLines, seedText } from "../seeds/seedText";
import { plan000 } from "./plan000";

const FILE = "000_34833a3694ee8a96.txt";

/** The plan seen through the model's type, so checks do not lean on its literal types. */
const plan: Plan = plan000;

describe("plan000 (000_34833a3694ee8a96.txt, xã Sơn Mầu 2024)", () => {
  describe("counts a reader would check", () => {
    it("has 10 numbered content items (000:27-71) and 10 bullets under items 4, 5 and 7", () => {
      const top = plan.contentItems.filter((c) => c.parentId === undefined);
      expect(top.map((c) => c.ref)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
      expect(top.map((c) => c.id)).toEqual(top.map((c) => `c-${c.ref}`));
      const children = plan.contentItems.filter((c) => c.parentId !== undefined);
      expect(children.map((c) => c.parentId)).toEqual([
        ...Array<string>(4).fill("c-4"),
        ...Array<string>(4).fill("c-5"),
        ...Array<string>(2).fill("c-7"),
      ]);
    });

    it("has 9 forms items (000:75-127), each an activity with a lead, coordinating offices and a time", () => {
      expect(plan.formsItems.map((f) => f.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `f-${n}`));
      const fromForms = plan.activities.filter((a) => a.origin.section === "forms-item");
      expect(fromForms.map((a) => a.origin.ref)).toEqual(plan.formsItems.map((f) => `III.${f.ref}`));
      for (const activity of fromForms) {
        expect(activity.assignees.filter((a) => a.role === "lead")).toHaveLength(1);
        expect(activity.assignees.filter((a) => a.role === "coordinating")).toHaveLength(1);
        expect(activity.timeframe).toBeDefined();
      }
    });

    it("has 5 assignments under V. TỔ CHỨC THỰC HIỆN (000:133-151)", () => {
      const assignments = plan.activities.filter((a) => a.origin.section === "assignment");
      expect(assignments.map((a) => a.origin.ref)).toEqual(["V.1", "V.2", "V.3", "V.4", "V.5"]);
      expect(plan.activities).toHaveLength(14);
    });

    it("names each activity a-<section>-<ref>", () => {
      expect(plan.activities.map((a) => a.id)).toEqual(
        plan.activities.map((a) => `a-${a.origin.section}-${a.origin.ref}`),
      );
    });

    it("cites 19 documents, the parent plan 31/KH-UBND of 21/02/2024 the only one (000:7)", () => {
      expect(plan.references.map((r) => r.symbol ?? r.type)).toEqual([
        "31/KH-UBND",
        "76/NQ-CP",
        "23/CT-TTg",
        "2074/QĐ-UBND",
        "1879/QĐ-UBND",
        "04-NQ/TU",
        "93/NQ-HĐND",
        "13-NQ/TU",
        "118-KH/HU",
        "2060/QĐ-UBND",
        "130/KH-UBND",
        "649/QĐ-UBND",
        "636/QĐ-UBND",
        "838/QĐ-UBND",
        "131/NQ-CP",
        "de-an",
        "04/NQ-CP",
        "39-NQ/TW",
        "de-an",
      ]);
      expect(plan.references.filter((r) => r.role === "parent-plan")).toEqual([
        {
          type: "ke-hoach",
          number: "31",
          typeCode: "KH",
          issuerCode: "UBND",
          symbol: "31/KH-UBND",
          date: { year: 2024, month: 2, day: 21, raw: "21/02/2024" },
          issuer: "UBND huyện Sơn Tây",
          title: "về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
          role: "parent-plan",
          raw: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
          lines: { start: 7, end: 7 },
        },
      ]);
      expect(plan.references.filter((r) => r.role === "basis")).toEqual([]);
    });

    it("has Văn hóa – Xã hội as focal point (000:135)", () => {
      expect(plan.focalPoint).toEqual({
        ref: "vhxh",
        wording: "Văn hóa – Xã hội",
        lines: { start: 135, end: 135 },
      });
    });

    it("folds reporting into the periodic reform report (000:135, 000:151), at the time the rules set (000:151)", () => {
      expect(
        plan.reporting.map(({ cadences, reporters, to, via, lines }) => ({
          cadences,
          reporters,
          to,
          via,
          lines,
        })),
      ).toEqual([
        {
          cadences: ["integrated"],
          reporters: [{ ref: "vhxh", wording: "Văn hóa – Xã hội" }],
          to: ["UBND xã"],
          via: undefined,
          lines: { start: 135, end: 135 },
        },
        {
          cadences: ["integrated", "as-regulated"],
          reporters: [{ ref: "own-offices" }],
          to: ["UBND xã"],
          via: { ref: "vhxh", wording: "Văn hóa – Xã hội" },
          lines: { start: 151, end: 151 },
        },
      ]);
    });

    it("lists the 8 recipients of Nơi nhận (000:157-164)", () => {
      expect(plan.recipients.map((r) => [r.name, r.lines?.start])).toEqual([
        ["Văn phòng HĐND&UBND huyện", 157],
        ["Phòng Văn hóa&Thông tin huyện", 158],
        ["Phòng Nội vụ huyện", 159],
        ["Thường trực Đảng ủy xã", 160],
        ["Thường trực HĐND xã", 161],
        ["UBND xã", 162],
        ["Các Ban, Ngành và các đơn vị có Liên quan", 163],
        ["VT", 164],
      ]);
    });

    it("is signed by CHỦ TỊCH Võ Thế Vinh in his own name (000:166-168)", () => {
      expect(plan.signatory).toEqual({
        name: "Võ Thế Vinh",
        title: "CHỦ TỊCH",
        form: "direct",
        raw: "CHỦ TỊCH Võ Thế Vinh",
        lines: { start: 166, end: 168 },
      });
    });
  });

  describe("forms items and their tasks", () => {
    it("gives each forms-item activity the channels and themes of its forms item (000:75-127)", () => {
      const fromForms = plan.activities.filter((a) => a.origin.section === "forms-item");
      expect(fromForms.map((a) => [a.channels, a.themes])).toEqual(
        plan.formsItems.map((f) => [f.channels, f.themes]),
      );
    });
  });

  describe("spot checks", () => {
    it("links xã Sơn Mầu (000:5) to Sơn Màu, code 21338, under huyện Sơn Tây, tỉnh Quảng Ngãi", () => {
      const { note: _note, ...unit } = plan000.unit;
      expect(unit).toEqual({
        name: "Sơn Mầu",
        kind: "xa",
        level: "commune",
        era: "three-tier",
        code: { era: "three-tier", code: "21338" },
        officialName: "Sơn Màu",
        parents: [
          { kind: "huyen", name: "Sơn Tây" },
          { kind: "tinh", name: "Quảng Ngãi" },
        ],
        match: "spelling-differs",
      });
    });

    it("has no number, date or place line (000:1-5), so those fields are absent", () => {
      expect(["number", "symbol", "issueDate", "place"].filter((k) => k in plan000)).toEqual([]);
    });

    it("normalises Văn hóa – Xã hội xã (000:89) and Văn hóa – Xã hội (000:113) to one office", () => {
      const { note: _note, ...office } = plan.offices.find((o) => o.id === "vhxh") ?? {};
      expect(office).toEqual({
        id: "vhxh",
        name: "Văn hóa – Xã hội xã",
        kind: "culture-information",
        aliases: ["Văn hóa – Xã hội"],
      });
    });

    it("reads Văn phòng UBND các xã (000:119) and Văn phòng – Thống kê (000:137) as Văn phòng UBND xã (000:77)", () => {
      const office = plan.offices.find((o) => o.id === "vp");
      expect(office?.aliases).toEqual(["Văn phòng UBND các xã", "Văn phòng – Thống kê"]);
      expect(
        plan.activities.filter((a) => a.assignees.some((x) => x.ref === "vp")).map((a) => a.origin.ref),
      ).toEqual(["III.1", "III.2", "III.6", "III.8", "V.2"]);
    });

    it("keeps the class Các Ban, ngành và đơn vị liên quan (000:78) as a group, not an office", () => {
      expect(plan.assigneeGroups.find((g) => g.id === "related")).toMatchObject({
        label: "Các Ban, ngành và đơn vị liên quan",
        members: "offices",
        scope: "related",
      });
      expect(plan.offices.map((o) => o.id)).not.toContain("related");
    });

    it("schedules III.4 in Quý II, III/2024 (000:97) on the condition of guidance from above (000:95)", () => {
      const activity = plan.activities.find((a) => a.id === "a-forms-item-III.4");
      expect(activity?.timeframe).toEqual({
        kind: "quarters",
        year: 2024,
        quarters: [2, 3],
        raw: "Trong Quý II, III năm 2024",
      });
      expect(activity?.condition).toBe("khi có hướng dẫn của cấp trên");
    });

    it("schedules III.3 in Quý I/2024 (000:91) and the web and radio items through the year (000:79, 000:127)", () => {
      const timeframeOf = (ref: string) => plan.activities.find((a) => a.origin.ref === ref)?.timeframe;
      expect(timeframeOf("III.3")).toEqual({
        kind: "quarters",
        year: 2024,
        quarters: [1],
        raw: "Quý I/2024",
      });
      expect([timeframeOf("III.1"), timeframeOf("III.9")]).toEqual([
        { kind: "continuous", raw: "Thường xuyên trong năm" },
        { kind: "continuous", raw: "Thường xuyên trong năm" },
      ]);
    });

    it("sets no quota or frequency: 000 promises more airtime (000:145) but no number", () => {
      expect(plan.activities.filter((a) => a.quotas.length > 0 || a.frequency !== undefined)).toEqual([]);
      expect(plan.childPlanRequirements?.quotas).toEqual([]);
    });

    it("has the lead offices draft the budget estimate for UBND xã via Tài chính – Kế toán xã (000:131)", () => {
      const { text: _text, ...budget } = plan000.budget;
      expect(budget).toEqual({
        sources: [],
        estimateBy: [
          { ref: "lead-offices", wording: "các Ban, ngành được phân công chủ trì thực hiện nhiệm vụ" },
        ],
        submittedTo: [
          { ref: "ubnd", wording: "UBND xã" },
          { ref: "tc-kt", wording: "Tài chính – Kế toán xã" },
        ],
        lines: { start: 129, end: 131 },
      });
    });

    it("reads the audiences from the purposes and requirements (000:15, 000:23)", () => {
      expect(plan.audiences).toEqual(["officials", "citizens", "businesses"]);
      expect("audienceStatement" in plan000).toBe(false);
    });
  });
  describe("model 1.1", () => {
    it("is a 1.2 plan that validatePlan takes as it is, with only the two header notes (000:1-5)", () => {
      expect(plan.schemaVersion).toBe("1.2");
      const result = validatePlan(plan000);
      expect(result.plan).toEqual(plan000);
      expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
        ["header.issue-date-absent", "info"],
        ["header.number-absent", "info"],
      ]);
    });

    it("is issued by the commune People's Committee: 'Ủy ban nhân dân xã Sơn Mầu ban hành Kế hoạch' (000:9)", () => {
      expect(plan.issuer).toEqual({
        body: "people-committee",
        level: "commune",
        wording: "Ủy ban nhân dân xã Sơn Mầu",
      });
      expect(seedLines(FILE, { start: 9, end: 9 })).toContain("Ủy ban nhân dân xã Sơn Mầu ban hành");
    });

    it("gives every one of the 19 references its source line, where its citation stands verbatim", () => {
      expect(plan.references.map((r) => [r.symbol ?? r.type, r.lines?.start])).toEqual([
        ["31/KH-UBND", 7],
        ["76/NQ-CP", 31],
        ["23/CT-TTg", 31],
        ["2074/QĐ-UBND", 31],
        ["1879/QĐ-UBND", 31],
        ["04-NQ/TU", 31],
        ["93/NQ-HĐND", 31],
        ["13-NQ/TU", 31],
        ["118-KH/HU", 31],
        ["2060/QĐ-UBND", 31],
        ["130/KH-UBND", 31],
        ["649/QĐ-UBND", 39],
        ["636/QĐ-UBND", 39],
        ["838/QĐ-UBND", 39],
        ["131/NQ-CP", 47],
        ["de-an", 51],
        ["04/NQ-CP", 59],
        ["39-NQ/TW", 63],
        ["de-an", 67],
      ]);
      for (const reference of plan.references) {
        const { lines, raw } = reference;
        expect(lines && raw && isVerbatimIn(raw, seedLines(FILE, lines)), raw).toBe(true);
      }
    });
  });

  describe("sub-tasks of the assignment blocks (000:133-151)", () => {
    const block = (ref: string) => plan.activities.find((a) => a.origin.ref === ref);

    it("splits only the two blocks with bullets, V.2 (000:137-141) and V.5 (000:147-151), each lead-in first", () => {
      const split = plan.activities.filter((a) => a.subtasks !== undefined);
      expect(
        split.map((a) => [a.id, a.subtasks?.map((t) => [t.id, t.ref, t.lines?.start, t.lines?.end])]),
      ).toEqual([
        [
          "a-assignment-V.2",
          [
            ["a-assignment-V.2.0", undefined, 137, 137],
            ["a-assignment-V.2.1", "-", 139, 139],
            ["a-assignment-V.2.2", "-", 141, 141],
          ],
        ],
        [
          "a-assignment-V.5",
          [
            ["a-assignment-V.5.0", undefined, 147, 147],
            ["a-assignment-V.5.1", "-", 149, 149],
            ["a-assignment-V.5.2", "-", 151, 151],
          ],
        ],
      ]);
      for (const activity of split) {
        expect(activity.description).toBe(activity.subtasks?.[0]?.text);
        for (const task of activity.subtasks ?? []) {
          expect(
            isVerbatimIn(task.text, seedLines(FILE, task.lines ?? { start: 1, end: 169 })),
            task.id,
          ).toBe(true);
          expect([task.themes, task.channels].every(Array.isArray), task.id).toBe(true);
        }
      }
    });

    it("counts 18 pieces of work: 12 activities and the 6 sub-tasks in place of their 2 blocks", () => {
      const tasks = planTasks(plan);
      expect(tasks).toHaveLength(18);
      expect(tasks.filter((t) => t.subtask !== undefined).map((t) => t.id)).toEqual([
        "a-assignment-V.2.0",
        "a-assignment-V.2.1",
        "a-assignment-V.2.2",
        "a-assignment-V.5.0",
        "a-assignment-V.5.1",
        "a-assignment-V.5.2",
      ]);
      expect(tasks.map((t) => t.id)).not.toContain("a-assignment-V.2");
    });

    it("posts procedures at the one-stop office in V.2's first bullet only (000:139), not the whole block", () => {
      const tasks = planTasks(plan).filter((t) => t.activityId === "a-assignment-V.2");
      expect(tasks.map((t) => [t.id, t.themes, t.channels])).toEqual([
        ["a-assignment-V.2.0", ["procedures"], ["online.web-portal", "press.reportage"]],
        ["a-assignment-V.2.1", ["procedure-posting"], ["official-posting.one-stop", "online.web-portal"]],
        ["a-assignment-V.2.2", ["hotlines-feedback"], ["online.web-portal"]],
      ]);
      expect(block("V.2")?.channels).toEqual(["online.web-portal"]);
      expect(block("V.2")?.themes).toEqual([]);
      expect(seedLines(FILE, { start: 139, end: 139 })).toContain("tại Bộ phận Một cửa các cấp");
    });

    it("lets the lead offices lead only the bullet that names them (000:149); the heading's class leads V.5 (000:147)", () => {
      expect(block("V.5")?.assignees).toEqual([
        { ref: "own-offices", role: "lead", wording: "Các ban, ngành thuộc khối UBND xã" },
      ]);
      const leads = planTasks(plan)
        .filter((t) => t.assignees.some((a) => a.ref === "lead-offices" && a.role === "lead"))
        .map((t) => t.id);
      expect(leads).toEqual(["a-assignment-V.5.1"]);
      expect(seedLines(FILE, { start: 149, end: 149 })).toMatch(
        /^- Bộ phận chủ trì được phân công theo Kế hoạch/,
      );
    });

    it("has no body asked with 'Đề nghị', no problem passage, no heading item: no requested role, escalation or heading", () => {
      const text = seedText(FILE);
      expect([/Đề nghị/i.test(text), /vướng mắc|khó khăn/i.test(text)]).toEqual([false, false]);
      expect(
        planTasks(plan)
          .flatMap((t) => t.assignees)
          .filter((a) => a.role === "requested"),
      ).toEqual([]);
      expect(plan.escalation).toBeUndefined();
      expect([...plan.contentItems, ...plan.formsItems].filter((i) => i.heading !== undefined)).toEqual([]);
    });
  });

  describe("codes by the coding guide", () => {
    const content = (id: string) => plan.contentItems.find((c) => c.id === id);
    const parents = new Map<string, string | undefined>(
      [...themes.entries, ...channels.entries].map((e) => [e.code, e.parent]),
    );

    it("never codes a parent beside its own child (R1): c-4-1 (000:41) and c-8 (000:67) keep the children", () => {
      const coded = [
        ...plan.contentItems.map((c) => [c.id, [...c.themes, ...(c.channels ?? [])]] as const),
        ...plan.formsItems.map((f) => [f.id, [...f.themes, ...f.channels]] as const),
        ...planTasks(plan).map((t) => [t.id, [...t.themes, ...t.channels]] as const),
      ];
      const clashes = coded.flatMap(([id, codes]) =>
        codes.filter((code) => codes.some((other) => parents.get(other) === code)).map((code) => [id, code]),
      );
      expect(clashes).toEqual([]);
      expect(content("c-4-1")?.themes).toEqual([
        "one-stop-shop",
        "online-services.payment",
        "digital-government",
      ]);
      expect(content("c-8")?.themes).toEqual([
        "public-finance.public-assets",
        "public-finance.autonomy",
        "decentralisation",
      ]);
    });

    it("codes the field named by its name (R2): 'hiện đại hóa hành chính … Chính phủ điện tử' (000:49), 'chính quyền điện tử, chính quyền số' (000:55)", () => {
      expect(content("c-5")?.themes).toEqual(["digital-government"]);
      expect(content("c-5-3")?.themes).toContain("digital-government");
      expect(content("c-5-4")?.themes).toContain("digital-government.modernisation");
      expect(seedLines(FILE, { start: 57, end: 57 })).toContain(
        "đổi mới lề lối làm việc, phương thức quản trị hiện đại",
      );
    });

    it("codes training for officials as the medium only (R3): III.6 (000:105) has no civil-service.training", () => {
      const items = [
        plan.formsItems.find((f) => f.id === "f-6"),
        ...plan.activities.filter((a) => a.origin.ref === "III.6"),
      ];
      expect(items.map((i) => [i?.channels, i?.themes])).toEqual([
        [["in-person.training"], []],
        [["in-person.training"], []],
      ]);
    });

    it("codes the reform programme, plans and 'các văn bản, chỉ đạo điều hành công tác CCHC' as policy and steering (R4, 000:31)", () => {
      expect(content("c-2")?.themes).toEqual(["importance", "policy", "steering"]);
      expect(seedLines(FILE, { start: 31, end: 31 })).toContain(
        "và các văn bản, chỉ đạo điều hành công tác CCHC",
      );
    });

    it("codes every chuyên mục with its medium and press.reportage (R5, 000:117, 000:137)", () => {
      const withColumn = [
        ...plan.formsItems.map((f) => [f.id, f.text, f.channels] as const),
        ...planTasks(plan).map((t) => [t.id, t.description ?? t.title, t.channels] as const),
      ].filter(([, text]) => text.includes("chuyên mục"));
      expect(withColumn.map(([id, , codes]) => [id, codes])).toEqual([
        ["f-8", ["online.web-portal", "press.reportage"]],
        ["a-forms-item-III.8", ["online.web-portal", "press.reportage"]],
        ["a-assignment-V.2.0", ["online.web-portal", "press.reportage"]],
      ]);
    });

    it("codes the people's 'tham gia giám sát tiến trình giải quyết TTHC' as citizen-rights (R6, 000:45)", () => {
      expect(content("c-4-3")?.themes).toContain("citizen-rights");
    });

    it("ties 'truyền thông trên các nền tảng số' (000:53) to the online channel; no other content item names a medium", () => {
      expect(
        plan.contentItems.filter((c) => c.channels !== undefined).map((c) => [c.id, c.channels]),
      ).toEqual([["c-5-2", ["online"]]]);
    });
  });
});
