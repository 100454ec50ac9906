import type { Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan002 } from "./plan002";

/** The plan seen through the wide model type, for queries its literal type would reject. */
const plan: Plan = plan002;

function activity(ref: string) {
  const found = plan002.activities.find((a) => a.origin.ref === ref);
  if (found === undefined) throw new Error(`no activity ${ref}`);
  return found;
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
    it("binds departments and districts to at least 01 tin/bài a quarter on the provincial portal (002:91)", () => {
      expect(activity("V.1").quotas).toContainEqual({
        kind: "quota",
        comparator: "atLeast",
        count: 1,
        output: "article",
        per: "quarter",
        raw: "Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài",
      });
    });

    it("binds them to tối thiểu 12 tin/bài trong năm (002:89), also as a plan target", () => {
      expect(activity("V.1").quotas).toContainEqual({
        kind: "quota",
        comparator: "atLeast",
        count: 12,
        output: "article",
        per: "year",
        raw: "tối thiểu 12 tin/bài trong năm",
      });
      expect(plan002.targets.map((t) => [t.comparator, t.value, t.unit, t.per, t.lines])).toEqual([
        ["atLeast", 12, "count", "year", { start: 89, end: 89 }],
        ["atLeast", 1, "count", "quarter", { start: 91, end: 91 }],
      ]);
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

    it("has the broadcaster's column 01 lần/1 tháng (002:131)", () => {
      expect(activity("V.8").frequency).toEqual({
        kind: "frequency",
        count: 1,
        per: "month",
        interval: 1,
        output: "occurrence",
        raw: "01 lần/1 tháng",
      });
    });

    it("asks for the departments' and districts' plans by 20/04/2024 (002:87)", () => {
      expect(plan002.childPlanRequirements).toEqual({
        appliesTo: [
          { ref: "so-ban-nganh", wording: "Các Sở, ban, ngành tỉnh" },
          { ref: "ubnd-huyen", wording: "UBND các huyện, thị xã, thành phố" },
        ],
        deadline: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
        themes: ["results", "procedures", "online-services", "online-services.payment", "one-stop-shop"],
        channels: [
          "online.web-portal",
          "press.newspaper",
          "broadcast",
          "online.social-media",
          "online.video",
        ],
        quotas: [activity("V.1").quotas[0], activity("V.1").quotas[1]],
        reporting: ["integrated"],
        lines: { start: 85, end: 95 },
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

    it("holds Sở Thông tin và Truyền thông's events on National Digital Transformation Day 10-10 (002:113)", () => {
      expect(activity("V.4").timeframe).toEqual({
        kind: "yearlyDate",
        month: 10,
        day: 10,
        occasion: "ngày Chuyển đổi số quốc gia",
        raw: "nhân ngày Chuyển đổi số quốc gia 10-10",
      });
    });
  });

  describe("reporting, offices and signature", () => {
    it("folds reporting into the periodic reports (002:93) and reports problems via Sở Nội vụ (002:141)", () => {
      expect(plan002.reporting.map((r) => [r.cadences, r.to, r.via, r.lines])).toEqual([
        [["integrated"], [], undefined, { start: 93, end: 93 }],
        [["on-request"], ["UBND tỉnh"], { ref: "snv", wording: "Sở Nội vụ" }, { start: 141, end: 141 }],
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
      });
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
});
