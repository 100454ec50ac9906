import { channels, type Plan, planTasks, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan003 } from "./plan003";

/** The plan under its model type, so optional fields read as optional. */
const plan: Plan = plan003;

/** The task (an activity without sub-tasks, or a resolved sub-task) with this id. */
function task(id: string) {
  return planTasks(plan003).find((t) => t.id === id);
}

/** Every list of theme or channel codes of the plan, with where it stands. */
function codeLists(): [string, readonly string[]][] {
  return [
    ...plan.contentItems.flatMap((c): [string, readonly string[]][] => [
      [`${c.id} themes`, c.themes],
      [`${c.id} channels`, c.channels ?? []],
    ]),
    ...plan003.formsItems.flatMap((f): [string, readonly string[]][] => [
      [`${f.id} themes`, f.themes],
      [`${f.id} channels`, f.channels],
    ]),
    ...planTasks(plan003).flatMap((t): [string, readonly string[]][] => [
      [`${t.id} themes`, t.themes],
      [`${t.id} channels`, t.channels],
    ]),
  ];
}

describe("plan003 (003_c2f82bd70c212939.txt)", () => {
  it("numbers content items a, b, c, d, e, g, h, k and forms items a–g with đ as printed (003:62-159)", () => {
    expect(plan003.contentItems.map((c) => c.ref)).toEqual(["a", "b", "c", "d", "e", "g", "h", "k"]);
    expect(plan003.formsItems.map((f) => f.ref)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    expect(plan003.contentItems.map((c) => c.id)).toEqual(plan003.contentItems.map((c) => `c-${c.ref}`));
    expect(plan003.formsItems.map((f) => f.id)).toEqual(plan003.formsItems.map((f) => `f-${f.ref}`));
  });

  it("has 9 assignment blocks under 'VI. TỔ CHỨC THỰC HIỆN' with refs as printed (003:174-265)", () => {
    const blocks = plan003.activities.filter((a) => a.origin.section === "assignment");
    expect(blocks.map((a) => [a.id, a.origin.ref])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`a-assignment-VI.${n}`, `VI.${n}`]),
    );
  });

  it("has 8 appendix rows with their products and times as written (003:291-430)", () => {
    const rows = plan003.activities.filter((a) => a.origin.section === "appendix-row");
    expect(rows.map((a) => [a.origin.ref, a.products, a.timeframe?.raw ?? a.frequency?.raw])).toEqual([
      ["row 1", ["Các hình thức thích hợp"], "Thường xuyên trong năm"],
      ["row 2", ["Niêm yết công khai TTHC và quy trình nội bộ"], "Thường xuyên trong năm"],
      ["row 3", ["Đăng tải lên Cổng thông tin điện tử xã"], "Quý I/2024"],
      ["row 4", ["Hội nghị"], "Trong năm 2024"],
      ["row 5", ["Các chuyên mục"], "Mỗi tháng 01 kỳ"],
      ["row 6", ["Hội nghị"], "Trong năm 2024"],
      [
        "row 7",
        [
          "Kế hoạch điều tra XHH khảo sát đo lường sự hài long của người dân, tổ chức đối với sự phục vụ của UBND xã",
          "Điểm điều tra XHH cấp xã",
        ],
        "Quý IV/2024",
      ],
      ["row 8", ["Các lớp tập huấn"], "Quý IV/2023"],
    ]);
    expect(plan003.activities).toHaveLength(17);
  });

  it("keeps row 8's 'Quý IV/2023' inside a 2024 plan (003:430)", () => {
    const row8 = plan003.activities.find((a) => a.id === "a-appendix-8");
    expect(row8?.timeframe).toEqual({ kind: "quarters", year: 2023, quarters: [4], raw: "Quý IV/2023" });
    expect(plan003.period).toEqual({ start: "2024", end: "2024" });
  });

  it("reads 'Mỗi tháng 01 kỳ' as a monthly frequency of one issue (003:374)", () => {
    const row5 = plan003.activities.find((a) => a.id === "a-appendix-5");
    expect(row5?.frequency).toEqual({
      kind: "frequency",
      count: 1,
      per: "month",
      interval: 1,
      output: "issue",
      raw: "Mỗi tháng 01 kỳ",
    });
    expect(row5?.timeframe).toBeUndefined();
  });

  it("takes number 13 and the date 05/02/2024 from the appendix header (003:289)", () => {
    expect([plan003.number, plan003.symbol, plan003.issueDate]).toEqual([
      "13",
      "KH-UBND",
      { year: 2024, month: 2, day: 5, raw: "ngày 05 tháng 02 năm 2024" },
    ]);
  });

  it("implements exactly one parent plan, 13/KH-UBND of 26/01/2024 of UBND huyện Gia Lộc (003:4-7)", () => {
    const parents = plan003.references.filter((r) => r.role === "parent-plan");
    expect(parents).toEqual([
      {
        type: "ke-hoach",
        number: "13",
        typeCode: "KH",
        issuerCode: "UBND",
        symbol: "13/KH-UBND",
        date: { year: 2024, month: 1, day: 26, raw: "ngày 26/01/2024" },
        issuer: "UBND huyện Gia Lộc",
        title: "về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
        role: "parent-plan",
        raw: "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
        lines: { start: 4, end: 6 },
      },
    ]);
  });

  it("cites the province's plans 4347/KH-UBND and 4999/KH-UBND with their dates (003:67-70)", () => {
    expect(plan003.references.filter((r) => r.symbol !== undefined).map((r) => [r.symbol, r.date])).toEqual([
      ["13/KH-UBND", { year: 2024, month: 1, day: 26, raw: "ngày 26/01/2024" }],
      ["4347/KH-UBND", { year: 2021, month: 11, day: 25, raw: "ngày 25 tháng 11 năm 2021" }],
      ["4999/KH-UBND", { year: 2023, month: 12, day: 28, raw: "ngày 28 tháng 12 năm 2023" }],
    ]);
  });

  it("names 'Công chức VP Đảng ủy - Nội vụ' as the focal point (003:188)", () => {
    expect(plan003.focalPoint).toEqual({
      ref: "noi-vu",
      wording: "Công chức VP Đảng ủy - Nội vụ xã",
      lines: { start: 188, end: 190 },
    });
  });

  it("reports quarterly, half-yearly and yearly, folded in, on request and 'theo quy định', via Nội vụ (003:249-253)", () => {
    expect(plan003.reporting[1]).toEqual({
      cadences: ["quarterly", "half-yearly", "yearly", "integrated", "on-request", "as-regulated"],
      reporters: [{ ref: "cbcc-ban-nganh" }],
      to: ["UBND huyện", "sở Nội vụ"],
      via: { ref: "noi-vu", wording: "công chức Đảng ủy - Nội vụ" },
      text: "Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính của đơn vị, ngành mình (lồng ghép nội dung vào báo cáo cải cách hành chính định kỳ hoặc theo yêu cầu chuyên đề) gửi công chức Đảng ủy - Nội vụ tổng hợp, báo cáo UBND huyện và sở Nội vụ theo quy định.",
      lines: { start: 249, end: 253 },
    });
  });

  it("normalises the home-affairs official's six spellings into one office (003:188, 252, 270, 308, 367, 405)", () => {
    const office = plan003.offices.find((o) => o.id === "noi-vu");
    expect([office?.name, office?.aliases]).toEqual([
      "Công chức Văn phòng Đảng ủy - Nội vụ xã",
      [
        "Công chức VP Đảng ủy - Nội vụ xã",
        "công chức Đảng ủy - Nội vụ",
        "công chức Văn phòng Đảng ủy - Nội vụ",
        "Công chức Văn phòng Đảng ủy – Nội vụ",
        "Công chức Văn phòng Đảng ủy - Nội vụ",
      ],
    ]);
  });

  it("records that xã Gia Tân (huyện Gia Lộc, Hải Dương) is not in the lists of 1 March 2025 (003:2, 4-5)", () => {
    const { note, ...unit } = plan003.unit;
    expect(unit).toEqual({
      name: "Gia Tân",
      kind: "xa",
      level: "commune",
      era: "three-tier",
      parents: [
        { kind: "huyen", name: "Gia Lộc" },
        { kind: "tinh", name: "Hải Dương" },
      ],
      match: "not-found",
    });
    expect(note).toContain("Huyện Gia Lộc (297)");
  });

  it("signs TM. ỦY BAN NHÂN DÂN XÃ, CHỦ TỊCH Phạm Duy Thoại (003:281-284)", () => {
    expect(plan003.signatory).toEqual({
      name: "Phạm Duy Thoại",
      title: "CHỦ TỊCH",
      form: "TM",
      signsFor: "ỦY BAN NHÂN DÂN XÃ",
      raw: "TM. ỦY BAN NHÂN DÂN XÃ CHỦ TỊCH Phạm Duy Thoại",
      lines: { start: 281, end: 284 },
    });
  });

  it("tags every content item a–k (003:64-111) with at least one theme", () => {
    expect(plan003.contentItems.filter((c) => c.themes.length === 0)).toEqual([]);
    expect(plan003.contentItems.flatMap((c) => c.themes).length).toBeGreaterThan(0);
  });

  it("is a 1.2 plan issued by the commune's People's Committee, signed TM. (003:2, 281-282)", () => {
    expect([plan003.schemaVersion, plan003.issuer]).toEqual([
      "1.2",
      { body: "people-committee", level: "commune", wording: "Ủy ban nhân dân xã Gia Tân" },
    ]);
  });

  it("gives every reference its source lines (003:4-6, 35-36, 66-71)", () => {
    expect(plan003.references.map((r) => [r.symbol ?? r.title, r.lines])).toEqual([
      ["13/KH-UBND", { start: 4, end: 6 }],
      ["Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030", { start: 66, end: 66 }],
      ["4347/KH-UBND", { start: 67, end: 68 }],
      ["4999/KH-UBND", { start: 68, end: 70 }],
      ["thực hiện cải cách hành chính giai đoạn 2021- 2025", { start: 70, end: 71 }],
      ["cải cách hành chính nhà nước xã Gia Tân năm 2024", { start: 35, end: 36 }],
    ]);
  });

  it("holds the bullets of VI.1-VI.4 and VI.8 as sub-tasks in printed order, the one-paragraph blocks without (003:176-265)", () => {
    expect(
      plan.activities
        .filter((a) => a.origin.section === "assignment")
        .map((a) => [a.id, (a.subtasks ?? []).map((s) => [s.id, s.ref, s.lines?.start, s.lines?.end])]),
    ).toEqual([
      [
        "a-assignment-VI.1",
        [
          ["a-assignment-VI.1.1", "-", 178, 179],
          ["a-assignment-VI.1.2", "-", 181, 186],
        ],
      ],
      [
        "a-assignment-VI.2",
        [
          ["a-assignment-VI.2.1", "-", 189, 190],
          ["a-assignment-VI.2.2", "-", 192, 195],
          ["a-assignment-VI.2.3", "-", 197, 199],
          ["a-assignment-VI.2.4", "-", 201, 203],
        ],
      ],
      [
        "a-assignment-VI.3",
        [
          ["a-assignment-VI.3.1", "-", 207, 208],
          ["a-assignment-VI.3.2", "-", 210, 211],
        ],
      ],
      [
        "a-assignment-VI.4",
        [
          ["a-assignment-VI.4.1", "-", 214, 218],
          ["a-assignment-VI.4.2", "-", 220, 223],
        ],
      ],
      ["a-assignment-VI.5", []],
      ["a-assignment-VI.6", []],
      ["a-assignment-VI.7", []],
      [
        "a-assignment-VI.8",
        [
          ["a-assignment-VI.8.1", "-", 244, 247],
          ["a-assignment-VI.8.2", "-", 249, 253],
          ["a-assignment-VI.8.3", "-", 255, 256],
          ["a-assignment-VI.8.4", "-", 258, 259],
        ],
      ],
      ["a-assignment-VI.9", []],
    ]);
    // 4 blocks without bullets + 14 bullets + 8 appendix rows, each counted once
    expect(planTasks(plan003)).toHaveLength(26);
  });

  it("codes every sub-task's own themes and channels, and leaves a block's codes empty (003:176-259)", () => {
    const blocks = plan.activities.filter((a) => a.subtasks !== undefined);
    expect(blocks.map((a) => [a.themes, a.channels, a.audiences])).toEqual(blocks.map(() => [[], [], []]));
    expect(
      blocks
        .flatMap((a) => a.subtasks ?? [])
        .filter((s) => s.themes === undefined || s.channels === undefined),
    ).toEqual([]);
    expect(task("a-assignment-VI.1.1")?.channels).toEqual(["online.web-portal"]);
    expect(task("a-assignment-VI.1.2")?.channels).toEqual([]);
  });

  it("has VI.8's officials and boards coordinate with Nội vụ and the radio, who lead that task (003:255)", () => {
    expect(task("a-assignment-VI.8.3")?.assignees).toEqual([
      { ref: "noi-vu", role: "lead", wording: "công chức Đảng ủy - Nội vụ" },
      { ref: "dai-tt", role: "lead", wording: "Đài truyền thanh xã" },
      { ref: "cbcc-ban-nganh", role: "coordinating" },
    ]);
    expect(task("a-assignment-VI.8.4")?.assignees).toEqual([
      { ref: "cbcc-ban-nganh", role: "lead", wording: "Các cán bộ, công chức, ban, ngành, đoàn thể xã" },
    ]);
  });

  it("has the Nội vụ official coordinate with the community learning centre, which leads the training list (003:197)", () => {
    expect(task("a-assignment-VI.2.3")?.assignees).toEqual([
      { ref: "tthtcd", role: "lead", wording: "Trung tâm học tập cộng đồng" },
      { ref: "noi-vu", role: "coordinating" },
    ]);
    expect(task("a-assignment-VI.2.4")?.assignees).toEqual([
      { ref: "noi-vu", role: "lead", wording: "Công chức VP Đảng ủy - Nội vụ xã" },
    ]);
  });

  it("gives each bullet of VI.3 and VI.4 only the partners it names (003:207, 214, 220)", () => {
    expect(task("a-assignment-VI.3.2")?.assignees.map((a) => a.ref)).toEqual(["vhtt"]);
    expect(task("a-assignment-VI.4.1")?.assignees.map((a) => [a.ref, a.role])).toEqual([
      ["ktns", "lead"],
      ["vp-ubnd", "coordinating"],
      ["vhtt", "coordinating"],
    ]);
    expect(task("a-assignment-VI.4.2")?.assignees.map((a) => [a.ref, a.role])).toEqual([
      ["ktns", "lead"],
      ["ban-nganh-doan-the", "coordinating"],
    ]);
  });

  it("requests the Front and the political-social organisations in VI.9, and names no lead ('Đề nghị', 003:261)", () => {
    expect(task("a-assignment-VI.9")?.assignees.map((a) => [a.ref, a.role])).toEqual([
      ["mttq", "requested"],
      ["to-chuc-ct-xh", "requested"],
      ["lien-quan", "coordinating"],
    ]);
  });

  it("keeps the headings of forms items b and c apart from their text (003:124, 142)", () => {
    expect(plan003.formsItems.map((f) => f.heading)).toEqual([
      undefined,
      "Công khai các thủ tục hành chính ở Ủy ban nhân dân xã",
      "Thực hiện Chuyên mục Cải cách hành chính",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(plan003.formsItems[1]?.text.startsWith("- Niêm yết công khai")).toBe(true);
    expect(plan003.formsItems[2]?.text.startsWith("Đài Truyền thanh xã xây dựng")).toBe(true);
  });

  it("encodes the closing escalation: difficulties go through Nội vụ and the committee office to the People's Committee (003:268-272)", () => {
    expect(plan003.escalation).toEqual([
      {
        trigger: "nếu có khó khăn, vướng mắc",
        reporters: [
          {
            ref: "cbcc-ban-nganh",
            wording: "các cán bộ, công chức, các ban ngành, đoàn thể, cơ quan, đơn vị",
          },
        ],
        via: [
          { ref: "noi-vu", wording: "công chức Văn phòng Đảng ủy - Nội vụ" },
          { ref: "vp-ubnd", wording: "Công chức Văn phòng HĐND - UBND" },
        ],
        to: ["Ủy ban nhân dân xã"],
        text: "Yêu cầu các cán bộ, công chức, các ban ngành, đoàn thể, cơ quan, đơn vị, nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về công chức Văn phòng Đảng ủy - Nội vụ và Công chức Văn phòng HĐND - UBND để tổng hợp báo cáo Ủy ban nhân dân xã xem xét, giải quyết kịp thời./",
        lines: { start: 268, end: 272 },
      },
    ]);
  });

  it("never codes a parent theme or channel beside its own child (R1; 003:100-101, 103-104, 181-186, 210-211)", () => {
    const parentOf = new Map(
      [...themes.entries, ...channels.entries].flatMap((e) =>
        e.parent ? [[e.code, e.parent] as const] : [],
      ),
    );
    const clashes = codeLists().flatMap(([where, codes]) =>
      codes.filter((c) => codes.includes(parentOf.get(c) ?? "")).map((c) => `${where}: ${c}`),
    );
    expect(clashes).toEqual([]);
    expect(plan003.contentItems.find((c) => c.id === "c-g")?.themes).toEqual([
      "digital-government.it-application",
      "online-services",
    ]);
  });

  it("codes the radio's 'chuyên mục' with the radio and press.reportage (R5; 003:142, 236, 362)", () => {
    expect(plan003.formsItems.find((f) => f.id === "f-c")?.channels).toEqual([
      "broadcast.commune-radio",
      "press.reportage",
    ]);
    expect(task("a-assignment-VI.7")?.channels).toEqual(["broadcast.commune-radio", "press.reportage"]);
    expect(task("a-appendix-5")?.channels).toEqual(["broadcast.commune-radio", "press.reportage"]);
  });

  it("codes the CCHC training classes as the medium, not the theme civil-service.training (R3; 003:197-199, 419-421)", () => {
    for (const id of ["a-assignment-VI.2.3", "a-appendix-8"]) {
      expect([task(id)?.themes, task(id)?.channels]).toEqual([[], ["in-person.training"]]);
    }
    expect(codeLists().filter(([, codes]) => codes.includes("civil-service.training"))).toEqual([]);
  });

  it("codes the dissemination of reform plans and programmes with policy and steering (R4; 003:64-72, 74-77)", () => {
    for (const id of ["c-a", "c-b"]) {
      const item = plan003.contentItems.find((c) => c.id === id);
      expect(item?.themes.slice(0, 2)).toEqual(["policy", "steering"]);
    }
  });

  it("codes the press the Nội vụ official informs as the press, not only newspapers (003:194)", () => {
    expect([task("a-assignment-VI.2.2")?.channels, task("a-assignment-VI.2.2")?.audiences]).toEqual([
      ["press"],
      ["press"],
    ]);
  });
});
