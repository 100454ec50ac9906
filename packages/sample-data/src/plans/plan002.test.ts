import { channels, type Plan, planTasks, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan002 } from "./plan002";

/** The plan seen through the wide model type, for queries its literal type would reject. */
const plan: Plan = plan002;

function activity(ref: string) {
  const found = plan002.activities.find((a) => a.origin.ref === ref);
  if (found === undefined) throw new Error(`no activity ${ref}`);
  return found;
}

/** The piece of work with this id (a sub-task resolved against its block, or a whole activity). */
function task(id: string) {
  const found = planTasks(plan).find((t) => t.id === id);
  if (found === undefined) throw new Error(`no task ${id}`);
  return found;
}

const PARENTS = new Map(
  [...themes.entries, ...channels.entries].flatMap((e) => (e.parent ? [[e.code, e.parent] as const] : [])),
);

/** Every list of theme or channel codes in the plan, with where it is. */
function codeLists(): [string, readonly string[]][] {
  return [
    ...plan.contentItems.flatMap((c): [string, readonly string[]][] => [
      [`${c.id} themes`, c.themes],
      [`${c.id} channels`, c.channels ?? []],
    ]),
    ...plan.formsItems.flatMap((f): [string, readonly string[]][] => [
      [`${f.id} themes`, f.themes],
      [`${f.id} channels`, f.channels],
    ]),
    ...plan.activities.flatMap((a): [string, readonly string[]][] => [
      [`${a.id} themes`, a.themes],
      [`${a.id} channels`, a.channels],
      ...(a.subtasks ?? []).flatMap((st): [string, readonly string[]][] => [
        [`${st.id} themes`, st.themes ?? []],
        [`${st.id} channels`, st.channels ?? []],
      ]),
    ]),
    ["childPlanRequirements themes", plan.childPlanRequirements?.themes ?? []],
    ["childPlanRequirements channels", plan.childPlanRequirements?.channels ?? []],
  ];
}

describe("plan002 (002_9c9d59d1a9d0f229.txt, UBND tỉnh Tây Ninh 2024)", () => {
  describe("counts as a reader checks them", () => {
    it("has seven content items lettered a, b, c, d, e, e, g (002:41-59)", () => {
      const top = plan002.contentItems.filter((c) => !("parentId" in c));
      expect(top.map((c) => [c.id, c.ref])).toEqual([
        ["c-a", "a"],
        ["c-b", "b"],
        ["c-c", "c"],
        ["c-d", "d"],
        ["c-e", "e"],
        ["c-e-bis", "e"],
        ["c-g", "g"],
      ]);
    });

    it("splits content item a into its three bullets (002:43, 002:45, 002:47)", () => {
      const children = plan002.contentItems.filter((c) => "parentId" in c);
      expect(children.map((c) => [c.id, c.parentId, c.lines])).toEqual([
        ["c-a-1", "c-a", { start: 43, end: 43 }],
        ["c-a-2", "c-a", { start: 45, end: 45 }],
        ["c-a-3", "c-a", { start: 47, end: 47 }],
      ]);
    });

    it("has forms items a, b, c, d, e, g (002:63-73)", () => {
      expect(plan002.formsItems.map((f) => [f.id, f.ref])).toEqual([
        ["f-a", "a"],
        ["f-b", "b"],
        ["f-c", "c"],
        ["f-d", "d"],
        ["f-e", "e"],
        ["f-g", "g"],
      ]);
    });

    it("has one activity per numbered block V.1 to V.9 under Tổ chức thực hiện (002:83-139)", () => {
      expect(plan002.activities.map((a) => [a.id, a.origin.section, a.origin.ref])).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`a-assignment-V.${n}`, "assignment", `V.${n}`]),
      );
    });

    it("holds the lettered tasks of V.1-V.4 and V.8 as sub-tasks in printed order, one a line (002:87-135)", () => {
      expect(
        plan002.activities.map((a) => [
          a.origin.ref,
          (a.subtasks ?? []).map((st) => [st.id, st.ref, st.lines.start, st.lines.end]),
        ]),
      ).toEqual([
        [
          "V.1",
          [
            ["a-assignment-V.1.a", "a", 87, 87],
            ["a-assignment-V.1.b", "b", 89, 89],
            ["a-assignment-V.1.c", "c", 91, 91],
            ["a-assignment-V.1.d", "d", 93, 93],
            ["a-assignment-V.1.e", "e", 95, 95],
          ],
        ],
        [
          "V.2",
          [
            ["a-assignment-V.2.a", "a", 99, 99],
            ["a-assignment-V.2.b", "b", 100, 100],
            ["a-assignment-V.2.c", "c", 101, 101],
            ["a-assignment-V.2.d", "d", 102, 102],
          ],
        ],
        [
          "V.3",
          [
            ["a-assignment-V.3.a", "a", 106, 106],
            ["a-assignment-V.3.b", "b", 107, 107],
            ["a-assignment-V.3.c", "c", 108, 108],
            ["a-assignment-V.3.d", "d", 109, 109],
          ],
        ],
        [
          "V.4",
          [
            ["a-assignment-V.4.a", "a", 113, 113],
            ["a-assignment-V.4.b", "b", 114, 114],
            ["a-assignment-V.4.c", "c", 115, 115],
          ],
        ],
        ["V.5", []],
        ["V.6", []],
        ["V.7", []],
        [
          "V.8",
          [
            ["a-assignment-V.8.a", "a", 131, 131],
            ["a-assignment-V.8.b", "b", 133, 133],
            ["a-assignment-V.8.c", "c", 135, 135],
          ],
        ],
        ["V.9", []],
      ]);
    });

    it("counts 23 pieces of work: the 19 sub-tasks and the four single-task blocks V.5, V.6, V.7, V.9", () => {
      const tasks = planTasks(plan);
      expect(tasks.length).toBe(23);
      expect(tasks.filter((t) => t.subtask === undefined).map((t) => t.id)).toEqual([
        "a-assignment-V.5",
        "a-assignment-V.6",
        "a-assignment-V.7",
        "a-assignment-V.9",
      ]);
    });

    it("gives every sub-task its own themes and channels, and keeps them off the blocks", () => {
      for (const a of plan.activities.filter((x) => x.subtasks !== undefined)) {
        expect([a.id, a.themes, a.channels, a.audiences, a.quotas, a.products, a.description]).toEqual([
          a.id,
          [],
          [],
          [],
          [],
          [],
          undefined,
        ]);
        for (const st of a.subtasks ?? []) {
          expect([st.id, Array.isArray(st.themes), Array.isArray(st.channels)]).toEqual([st.id, true, true]);
        }
      }
    });

    it("has the recipients of 002:145-154, one a line", () => {
      expect(plan002.recipients.map((r) => [r.name, r.lines.start])).toEqual([
        ["Văn phòng Chính phủ", 145],
        ["Bộ Nội vụ", 146],
        ["UBMTTQVN tỉnh Tây Ninh", 147],
        ["Lãnh đạo UBND tỉnh", 148],
        ["Sở, ban, ngành tỉnh", 149],
        ["UBND các huyện, TX, TP", 150],
        ["Đài Phát thanh và Truyền hình Tây Ninh", 151],
        ["Bưu điện tỉnh Tây Ninh", 152],
        ["Báo Tây Ninh", 153],
        ["VT. VP. UBND tỉnh", 154],
      ]);
    });
  });

  describe("quotas, frequencies and time", () => {
    it("dates only task a), the sub-plans, 'Chậm nhất ngày 20/04/2024' (002:87); b) and c) keep the whole year", () => {
      expect(task("a-assignment-V.1.a").timeframe).toEqual({
        kind: "deadline",
        by: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
        exclusive: false,
        raw: "Chậm nhất ngày 20/04/2024",
      });
      expect(task("a-assignment-V.1.a").quotas).toEqual([]);
      for (const id of [
        "a-assignment-V.1.b",
        "a-assignment-V.1.c",
        "a-assignment-V.1.d",
        "a-assignment-V.1.e",
      ]) {
        expect([id, task(id).timeframe]).toEqual([id, undefined]);
      }
    });

    it("binds task b) to tối thiểu 12 tin/bài trong năm (002:89), also as a plan target", () => {
      expect(task("a-assignment-V.1.b").quotas).toEqual([
        {
          kind: "quota",
          comparator: "atLeast",
          count: 12,
          output: "article",
          per: "year",
          raw: "tối thiểu 12 tin/bài trong năm",
        },
      ]);
      expect(plan002.targets.map((t) => [t.comparator, t.value, t.unit, t.per, t.lines])).toEqual([
        ["atLeast", 12, "count", "year", { start: 89, end: 89 }],
        ["atLeast", 1, "count", "quarter", { start: 91, end: 91 }],
      ]);
    });

    it("binds task c) to at least 01 tin/bài a quarter on the provincial portal (002:91)", () => {
      expect(task("a-assignment-V.1.c").quotas).toEqual([
        {
          kind: "quota",
          comparator: "atLeast",
          count: 1,
          output: "article",
          per: "quarter",
          raw: "Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài",
        },
      ]);
      expect(task("a-assignment-V.1.c").channels).toEqual(["online.web-portal"]);
    });

    it("gives Sở Kế hoạch và Đầu tư (002:123) and Sở Tài nguyên và Môi trường (002:127) a quarterly quota", () => {
      const quarterly = [
        {
          kind: "quota",
          comparator: "atLeast",
          count: 1,
          output: "article",
          per: "quarter",
          raw: "Hàng quý, có ít nhất 01 tin/bài",
        },
      ];
      expect(activity("V.6").quotas).toEqual(quarterly);
      expect(activity("V.6").assignees).toEqual([
        { ref: "skhdt", role: "lead", wording: "Sở Kế hoạch và Đầu tư" },
      ]);
      expect(activity("V.7").quotas).toEqual(quarterly);
      expect(activity("V.7").assignees).toEqual([
        { ref: "stnmt", role: "lead", wording: "Sở Tài nguyên và Môi trường" },
      ]);
    });

    it("binds '01 lần/1 tháng' to the broadcaster's column alone, not Báo Tây Ninh (002:131)", () => {
      expect(task("a-assignment-V.8.a").frequency).toEqual({
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "occurrence",
        raw: "01 lần/1 tháng",
      });
      expect(task("a-assignment-V.8.a").assignees).toEqual([{ ref: "dai-ptth", role: "lead" }]);
      expect([task("a-assignment-V.8.b").frequency, task("a-assignment-V.8.c").frequency]).toEqual([
        undefined,
        undefined,
      ]);
      expect(task("a-assignment-V.8.c").assignees.map((a) => [a.ref, a.role])).toEqual([
        ["bao-tn", "lead"],
        ["dai-ptth", "lead"],
      ]);
    });

    it("asks the departments', districts' and communes' own plans (002:23), the first two by 20/04/2024 (002:87)", () => {
      expect(plan002.childPlanRequirements).toEqual({
        appliesTo: [
          { ref: "so-ban-nganh", wording: "các Sở, ban, ngành" },
          { ref: "ubnd-huyen", wording: "UBND các huyện, thị xã, thành phố" },
          { ref: "ubnd-xa", wording: "UBND xã, phường, thị trấn" },
        ],
        deadline: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
        themes: ["results", "procedures", "online-services.payment", "one-stop-shop"],
        channels: [
          "online.web-portal",
          "press.newspaper",
          "broadcast",
          "online.social-media",
          "online.video",
        ],
        quotas: [task("a-assignment-V.1.b").quotas[0], task("a-assignment-V.1.c").quotas[0]],
        reporting: ["integrated"],
        lines: { start: 23, end: 95 },
      });
      expect(plan002.assigneeGroups.find((g) => g.id === "ubnd-xa")).toMatchObject({
        label: "UBND xã, phường, thị trấn",
        members: "units",
        scope: "subordinate",
        unitKinds: ["xa", "phuong", "thi-tran"],
      });
    });

    it("runs through 2024 and finishes before November 2024 (002:81)", () => {
      expect(plan002.timeframe).toEqual({
        timeframe: {
          kind: "compound",
          parts: [
            { kind: "year", year: 2024, raw: "Trong năm 2024" },
            {
              kind: "deadline",
              by: { year: 2024, month: 11, raw: "tháng 11 năm 2024" },
              exclusive: true,
              raw: "hoàn thành các nội dung trước tháng 11 năm 2024",
            },
          ],
          raw: "Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024.",
        },
        text: "Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024.",
        lines: { start: 81, end: 81 },
      });
    });

    it("dates only Sở Thông tin và Truyền thông's events by National Digital Transformation Day 10-10 (002:113), not b) and c) (002:114-115)", () => {
      expect(task("a-assignment-V.4.a").timeframe).toEqual({
        kind: "yearlyDate",
        month: 10,
        day: 10,
        occasion: "ngày Chuyển đổi số quốc gia",
        raw: "nhân ngày Chuyển đổi số quốc gia 10-10",
      });
      expect(activity("V.4").timeframe).toBeUndefined();
      expect([task("a-assignment-V.4.b").timeframe, task("a-assignment-V.4.c").timeframe]).toEqual([
        undefined,
        undefined,
      ]);
    });
  });

  describe("reporting, offices and signature", () => {
    it("folds reporting into the periodic reports (002:93)", () => {
      expect(plan002.reporting.map((r) => [r.cadences, r.reporters, r.to, r.lines])).toEqual([
        [["integrated"], [{ ref: "so-ban-nganh" }, { ref: "ubnd-huyen" }], [], { start: 93, end: 93 }],
      ]);
    });

    it("escalates problems to UBND tỉnh through Sở Nội vụ (002:141), the focal point", () => {
      expect(plan002.escalation).toEqual([
        {
          trigger: "nếu có phát sinh vướng mắc",
          reporters: [{ ref: "co-quan-don-vi-dia-phuong", wording: "các cơ quan, đơn vị, địa phương" }],
          via: [{ ref: "snv", wording: "Sở Nội vụ" }],
          to: ["UBND tỉnh"],
          text: "Trong quá trình thực hiện, nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp) để xem xét, giải quyết./.",
          lines: { start: 141, end: 141 },
        },
      ]);
      expect(plan002.focalPoint).toEqual({
        ref: "snv",
        wording: "Sở Nội vụ",
        lines: { start: 141, end: 141 },
      });
    });

    it("addresses officials, businesses and the whole people (002:35)", () => {
      expect(plan002.audiences).toEqual(["officials", "businesses", "citizens"]);
      expect(plan002.audienceStatement.lines).toEqual({ start: 35, end: 35 });
    });

    it("keeps the Sở as provincial departments of the issuer, and their class as its own offices (002:85)", () => {
      const departments = plan002.offices.filter((o) => o.name.startsWith("Sở "));
      expect(departments.map((o) => [o.id, o.name, "unit" in o])).toEqual([
        ["snv", "Sở Nội vụ", false],
        ["stttt", "Sở Thông tin và Truyền thông", false],
        ["stp", "Sở Tư pháp", false],
        ["skhdt", "Sở Kế hoạch và Đầu tư", false],
        ["stnmt", "Sở Tài nguyên và Môi trường", false],
      ]);
      expect(plan002.assigneeGroups.find((g) => g.id === "so-ban-nganh")).toEqual({
        id: "so-ban-nganh",
        label: "Các Sở, ban, ngành tỉnh",
        aliases: ["các Sở, ban, ngành", "Sở, ban, ngành tỉnh"],
        members: "offices",
        scope: "own",
        note: "The provincial departments (Sở) and other agencies of the provincial People's Committee.",
      });
    });

    it("keeps the districts' other wordings as aliases (002:91, 002:150) and the Front's (002:147)", () => {
      const districts = plan002.assigneeGroups.find((g) => g.id === "ubnd-huyen");
      expect(districts?.aliases).toEqual(["UBND các quận, huyện, thị xã", "UBND các huyện, TX, TP"]);
      expect(districts?.unitKinds).toEqual(["huyen", "thi-xa", "thanh-pho"]);
      const front = plan002.offices.find((o) => o.id === "mttq");
      expect([front?.name, front?.kind, front?.aliases]).toEqual([
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "front-mass-organisations",
        ["UBMTTQVN tỉnh Tây Ninh"],
      ]);
    });

    it("is signed by Phó Chủ tịch Võ Đức Trọng for the Chair (002:156-162)", () => {
      expect(plan002.signatory).toEqual({
        name: "Võ Đức Trọng",
        title: "PHÓ CHỦ TỊCH",
        form: "KT",
        signsFor: "CHỦ TỊCH",
        raw: "CHỦ TỊCH PHÓ CHỦ TỊCH Võ Đức Trọng",
        lines: { start: 156, end: 162 },
      });
    });

    it("is a 1.2 plan of the provincial People's Committee, not of the Chair alone (002:9)", () => {
      expect([plan002.schemaVersion, plan002.issuer]).toEqual([
        "1.2",
        { body: "people-committee", level: "province", wording: "Ủy ban nhân dân tỉnh" },
      ]);
    });

    it("is issued by the province of Tây Ninh (002:5, 002:9), GSO code 72 in the three-tier lists", () => {
      const { note: _note, ...unit } = plan002.unit;
      expect(unit).toEqual({
        name: "Tây Ninh",
        kind: "tinh",
        level: "province",
        era: "three-tier",
        code: { era: "three-tier", code: "72" },
        parents: [],
        match: "exact",
      });
      expect("number" in plan002 || "issueDate" in plan002 || "place" in plan002).toBe(false);
    });
  });

  describe("references", () => {
    it("names no parent plan; its basis is the two provincial decisions of 002:7", () => {
      expect(plan.references.filter((r) => r.role === "parent-plan")).toEqual([]);
      expect(plan002.references.filter((r) => r.role === "basis").map((r) => r.symbol)).toEqual([
        "2631/QĐ-UBND",
        "140/QĐ-UBND",
      ]);
    });

    it("reads Quyết định 140/QĐ-UBND of 19/01/2024 whole (002:7)", () => {
      expect(plan002.references[1]).toEqual({
        type: "quyet-dinh",
        number: "140",
        typeCode: "QĐ",
        issuerCode: "UBND",
        symbol: "140/QĐ-UBND",
        date: { year: 2024, month: 1, day: 19, raw: "19/01/2024" },
        issuer: "UBND tỉnh",
        title: "ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024",
        role: "basis",
        raw: "Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024",
        lines: { start: 7, end: 7 },
      });
    });

    it("gives every reference the line it is read from (002:7, 43, 55, 59, 109)", () => {
      expect(plan.references.map((r) => [r.symbol ?? r.raw, r.lines])).toEqual([
        ["2631/QĐ-UBND", { start: 7, end: 7 }],
        ["140/QĐ-UBND", { start: 7, end: 7 }],
        ["76/NQ-CP", { start: 43, end: 43 }],
        ["23/CT-TTg", { start: 43, end: 43 }],
        ["26/CT-TTg", { start: 55, end: 55 }],
        ["Đề án số 06", { start: 59, end: 59 }],
        ["766/QĐ-TTg", { start: 109, end: 109 }],
      ]);
    });

    it("cites the national documents of 002:43, 002:55, 002:59 and 002:109", () => {
      expect(plan002.references.filter((r) => r.role === "cited").map((r) => r.symbol ?? r.raw)).toEqual([
        "76/NQ-CP",
        "23/CT-TTg",
        "26/CT-TTg",
        "Đề án số 06",
        "766/QĐ-TTg",
      ]);
    });
  });

  describe("roles", () => {
    it("has the Front and the socio-political organisations requested, not leading or coordinating (002:137)", () => {
      expect(activity("V.9").assignees).toEqual([
        { ref: "mttq", role: "requested", wording: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" },
        { ref: "to-chuc-ctxh", role: "requested", wording: "các tổ chức chính trị - xã hội" },
      ]);
    });

    it("has the Văn phòng lead the dialogues Sở Nội vụ 'Phối hợp với Văn phòng UBND tỉnh' on (002:101, 002:108)", () => {
      expect(task("a-assignment-V.2.c").assignees).toEqual([
        { ref: "vp-ubnd", role: "lead", wording: "Văn phòng UBND tỉnh" },
        { ref: "snv", role: "coordinating" },
      ]);
      expect(task("a-assignment-V.3.c").assignees.map((a) => [a.ref, a.role])).toEqual([
        ["vp-ubnd", "lead"],
        ["co-quan-don-vi-dia-phuong", "coordinating"],
        ["snv", "coordinating"],
      ]);
    });

    it("has the agencies lead the push the press 'Phối hợp với các cơ quan, đơn vị' on (002:133)", () => {
      expect(task("a-assignment-V.8.b").assignees).toEqual([
        { ref: "co-quan-don-vi-dia-phuong", role: "lead", wording: "các cơ quan, đơn vị" },
        { ref: "bao-tn", role: "coordinating" },
        { ref: "dai-ptth", role: "coordinating" },
      ]);
    });

    it("keeps the block's office as lead where a task names no other: Sở Nội vụ's a) and b) (002:99-100)", () => {
      expect(task("a-assignment-V.2.a").assignees).toEqual([
        { ref: "snv", role: "lead", wording: "Sở Nội vụ" },
      ]);
      expect(task("a-assignment-V.2.b").assignees.map((a) => [a.ref, a.role])).toEqual([
        ["snv", "lead"],
        ["co-quan-phu-trach-cchc", "coordinating"],
      ]);
      expect(task("a-assignment-V.1.e").assignees.map((a) => a.ref)).toEqual(["ubnd-huyen"]);
    });
  });

  describe("headings", () => {
    it("splits the bullets' headings 'Các văn bản của Trung ương:' (002:43) and 'Các văn bản của tỉnh:' (002:45) from their text", () => {
      expect(
        plan.contentItems
          .filter((c) => c.heading !== undefined)
          .map((c) => [c.id, c.heading, c.text.slice(0, 24)]),
      ).toEqual([
        ["c-a-1", "Các văn bản của Trung ương", "Nghị quyết số 76/NQ-CP n"],
        ["c-a-2", "Các văn bản của tỉnh", "Quyết định số 2631/QĐ-UB"],
      ]);
      expect(plan.formsItems.filter((f) => f.heading !== undefined)).toEqual([]);
    });
  });

  describe("coding rules", () => {
    it("uses only codelist codes, in sub-tasks too", () => {
      const known = new Set([...themes.entries, ...channels.entries].map((e) => e.code));
      expect(
        codeLists().flatMap(([where, codes]) => codes.filter((c) => !known.has(c)).map((c) => [where, c])),
      ).toEqual([]);
    });

    it("R1: never codes a parent beside its own child (c-b 002:49 and c-e 002:55 had both in 1.0)", () => {
      const clashes = codeLists().flatMap(([where, codes]) =>
        codes.filter((c) => codes.includes(PARENTS.get(c) ?? "")).map((c) => [where, PARENTS.get(c), c]),
      );
      expect(clashes).toEqual([]);
      expect(plan.contentItems.find((c) => c.id === "c-b")?.themes).toContain("apparatus.unit-rearrangement");
      expect(plan.contentItems.find((c) => c.id === "c-e")?.themes).toEqual(["discipline.inspection"]);
    });

    it("R2: 'xây dựng chính quyền điện tử' (002:113) is the digital-government field", () => {
      expect(task("a-assignment-V.4.a").themes).toEqual([
        "digital-transformation.national-day",
        "digital-government",
      ]);
    });

    it("R3: training as the medium is a channel, not a theme (002:102, 002:109, 002:115); training as the subject is a theme (002:53)", () => {
      for (const id of ["a-assignment-V.2.d", "a-assignment-V.3.d", "a-assignment-V.4.c"]) {
        expect([id, task(id).channels, task(id).themes.includes("civil-service.training")]).toEqual([
          id,
          ["in-person.training"],
          false,
        ]);
      }
      expect(plan.contentItems.find((c) => c.id === "c-d")?.themes).toContain("civil-service.training");
    });

    it("R4: the directive documents and the reform plans and programme are policy and steering (002:41-47, 002:63)", () => {
      const coded = [
        ...plan.contentItems.filter((c) => c.id.startsWith("c-a")),
        ...plan.formsItems.filter((f) => f.id === "f-a"),
      ].map((i) => [i.id, i.themes.includes("policy"), i.themes.includes("steering")]);
      expect(coded).toEqual([
        ["c-a", true, true],
        ["c-a-1", true, true],
        ["c-a-2", true, true],
        ["c-a-3", true, true],
        ["f-a", true, true],
      ]);
    });

    it("R5: the broadcast column (002:131) and the reports (phóng sự, 002:133) are the medium and press.reportage", () => {
      expect(task("a-assignment-V.8.a").channels).toEqual([
        "broadcast.provincial-radio-tv",
        "press.reportage",
      ]);
      expect(task("a-assignment-V.8.b").channels).toEqual([
        "press.newspaper",
        "broadcast.provincial-radio-tv",
        "press.reportage",
      ]);
    });

    it("R6: the Front's 'tham gia giám sát' (002:139) and 'giám sát tiến trình thực hiện CCHC' (002:107) are citizen-rights", () => {
      expect(activity("V.9").themes).toContain("citizen-rights");
      expect(task("a-assignment-V.3.b").themes).toContain("citizen-rights");
    });

    it("codes the events 'hoạt động, sự kiện' (002:113) as the in-person.events channel", () => {
      expect(task("a-assignment-V.4.a").channels).toEqual(["in-person.events"]);
    });
  });
});
