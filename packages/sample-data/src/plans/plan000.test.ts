import type { Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan000 } from "./plan000";

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

    it("folds reporting into the periodic reform report (000:135, 000:151)", () => {
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
          cadences: ["integrated"],
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
      const { note: _note, ...unit } = plan.unit;
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
});
