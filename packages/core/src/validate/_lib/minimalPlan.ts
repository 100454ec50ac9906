import type { Issuer } from "../../model/Issuer";
import type { PlanPeriod } from "../../model/PeriodId";
import type { Plan } from "../../model/Plan";
import type { UnitRef } from "../../model/UnitRef";

const SEED = "003_c2f82bd70c212939.txt";

/**
 * A small, valid and clean plan for tests: a few items of xã Gia Tân's 2024
 * plan (003), quoted from the seed with their lines. validatePlan finds no
 * issue in it; tests change one thing and compare the whole issue list.
 * Each call returns a fresh object, with a unit (a commune's plan) and the
 * header fields a draft may leave out (title, issuer with its level, period).
 *
 * @example
 * validatePlan({ ...minimalPlan(), contentItems: [] }).issues
 * // [{ code: "section.empty-content", severity: "warning", path: "/contentItems", params: {} }]
 */
export function minimalPlan(): Plan & {
  unit: UnitRef;
  title: string;
  issuer: Issuer & { level: NonNullable<Issuer["level"]> };
  period: PlanPeriod;
} {
  return {
    schemaVersion: "1.2",
    id: "003-gia-tan-2024",
    title: "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024",
    documentType: "plan",
    unit: {
      name: "Gia Tân",
      kind: "xa",
      level: "commune",
      era: "three-tier",
      parents: [
        { kind: "huyen", name: "Gia Lộc" },
        { kind: "tinh", name: "Hải Dương" },
      ],
      match: "not-checked",
    },
    issuer: { body: "people-committee", level: "commune", wording: "Ủy ban nhân dân xã Gia Tân" },
    period: { start: "2024", end: "2024" },
    // 003:289, "Kèm theo Kế hoạch số 13 /KH-UBND, ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân xã Gia Tân".
    number: "13",
    symbol: "KH-UBND",
    issueDate: { year: 2024, month: 2, day: 5, raw: "ngày 05 tháng 02 năm 2024" },
    status: "issued",
    references: [
      {
        type: "ke-hoach",
        number: "13",
        typeCode: "KH",
        issuerCode: "UBND",
        symbol: "13/KH-UBND",
        date: { year: 2024, month: 1, day: 26, raw: "26/01/2024" },
        issuer: "UBND huyện Gia Lộc",
        role: "parent-plan",
        raw: "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc",
      },
    ],
    purposes: [],
    requirements: [],
    audiences: ["officials", "businesses", "citizens"],
    contentItems: [
      {
        id: "c-a",
        ref: "a",
        text: "Tuyên truyền, phổ biến, quán triệt các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước,của tỉnh, của huyện về CCHC.",
        lines: { start: 64, end: 65 },
        themes: ["policy"],
      },
    ],
    formsItems: [
      {
        id: "f-c",
        ref: "c",
        text: "Thực hiện Chuyên mục Cải cách hành chính: Đài Truyền thanh xã xây dựng và duy trì chuyên mục cải cách hành chính để đăng tải các tin bài về hoạt động cải cách hành chính của các ngành, đơn vị, các cá nhân điển hình cũng như những tồn tại, hạn chế trong thực hiện công tác cải cách hành chính.",
        lines: { start: 142, end: 145 },
        channels: ["broadcast.commune-radio"],
        themes: [],
      },
    ],
    activities: [
      {
        id: "t3",
        title:
          "Tuyên truyền kết quả Chỉ số CCHC, Chỉ số hài lòng về sự phục vụ hành chính của các cơ quan, đơn vị, UBND xã trên Cổng thông tin điện tử xã.",
        themes: ["indices.par-index", "indices.sipas"],
        channels: ["online.web-portal"],
        audiences: [],
        assignees: [
          { ref: "vp-hdnd-ubnd", wording: "Văn phòng HĐND& UBND xã", role: "lead" },
          { ref: "ban-bien-tap", wording: "Ban biên tập trang thông tin điện tử xã", role: "coordinating" },
        ],
        timeframe: { kind: "quarters", year: 2024, quarters: [1], raw: "Quý I/2024" },
        quotas: [],
        products: ["Đăng tải lên Cổng thông tin điện tử xã"],
        targets: [],
        origin: { section: "appendix-row", ref: "3", lines: { start: 337, end: 348 } },
      },
      {
        id: "t5",
        title: "Duy trì và nâng cao chất lượng chuyên mục Cải cách hành chính trên sóng Đài truyền thanh xã",
        themes: [],
        channels: ["broadcast.commune-radio"],
        audiences: [],
        assignees: [
          { ref: "dai-truyen-thanh", wording: "Đài Truyền thanh xã", role: "lead" },
          { ref: "vp-dang-uy-noi-vu", wording: "Công chức Văn phòng Đảng ủy - Nội vụ", role: "coordinating" },
        ],
        frequency: {
          kind: "frequency",
          count: 1,
          per: "month",
          interval: 1,
          output: "issue",
          raw: "Mỗi tháng 01 kỳ",
        },
        quotas: [],
        products: ["Các chuyên mục"],
        targets: [],
        origin: { section: "appendix-row", ref: "5", lines: { start: 360, end: 374 } },
      },
    ],
    offices: [
      {
        id: "vp-hdnd-ubnd",
        name: "Văn phòng HĐND&UBND xã",
        kind: "committee-office",
        aliases: ["Công chức Văn phòng HĐND&UBND xã", "Văn phòng HĐND& UBND xã"],
      },
      {
        id: "vp-dang-uy-noi-vu",
        name: "Công chức VP Đảng ủy - Nội vụ xã",
        kind: "home-affairs",
        aliases: ["Công chức Văn phòng Đảng ủy - Nội vụ", "công chức Đảng ủy - Nội vụ"],
      },
      {
        id: "dai-truyen-thanh",
        name: "Đài truyền thanh xã",
        kind: "radio-station",
        aliases: ["Đài Truyền thanh xã"],
      },
      {
        id: "ke-toan-ngan-sach",
        name: "Công chức Kế toán - Ngân sách xã",
        kind: "finance-planning",
        aliases: ["Kế toán – Ngân sách xã"],
      },
      { id: "ban-bien-tap", name: "Ban biên tập trang thông tin điện tử xã", kind: "other", aliases: [] },
    ],
    assigneeGroups: [
      {
        id: "can-bo-ban-nganh",
        label: "Các cán bộ, công chức, ban, ngành, đoàn thể xã",
        aliases: [],
        members: "offices",
        scope: "own",
      },
    ],
    focalPoint: {
      ref: "vp-dang-uy-noi-vu",
      wording: "Công chức VP Đảng ủy - Nội vụ xã",
      lines: { start: 188, end: 190 },
    },
    budget: {
      sources: ["reform-budget", "recurrent-budget"],
      estimateBy: [],
      submittedTo: [{ ref: "ke-toan-ngan-sach", wording: "Kế toán – Ngân sách xã" }],
      text: "Kinh phí được bố trí từ nguồn ngân sách cải cách hành chính năm 2024 được UBND hyện giao và từ nguồn kinh phí thường xuyên được phân bổ trong dự toán của các cơ quan đơn vị do cấp có thẩm quyền phê duyệt.",
      lines: { start: 165, end: 167 },
    },
    reporting: [
      {
        cadences: ["quarterly", "half-yearly", "yearly", "integrated"],
        reporters: [{ ref: "can-bo-ban-nganh" }],
        to: ["UBND huyện", "sở Nội vụ"],
        via: { ref: "vp-dang-uy-noi-vu", wording: "công chức Đảng ủy - Nội vụ" },
        text: "Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính của đơn vị, ngành mình",
        lines: { start: 249, end: 253 },
      },
    ],
    targets: [],
    signatory: {
      name: "Phạm Duy Thoại",
      title: "CHỦ TỊCH",
      form: "TM",
      signsFor: "ỦY BAN NHÂN DÂN XÃ",
      lines: { start: 281, end: 284 },
    },
    recipients: [],
    provenance: {
      document: SEED,
      method: "hand-encoded",
      synthetic: false,
      notes: ["A few items of the plan, encoded for validation tests."],
    },
  };
}
