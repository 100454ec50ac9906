import { describe, expect, it } from "vitest";
import { seedLines, seedPassage } from "../_testing/seedLines";
import { planTasks } from "../model/planTasks";
import { extractPlan } from "./extractPlan";

/** A short plan in the standard layout of Nghị định 30/2020/NĐ-CP, written for these tests. */
function planText(organisation: string[], title: string, body: string[] = []): string {
  return [
    ...organisation,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/KH-BNV",
    "Hà Nội, ngày 15 tháng 01 năm 2024",
    "",
    "KẾ HOẠCH",
    title,
    "",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính.",
    ...body,
  ].join("\n");
}

describe("extractPlan: issuers and periods of model 1.1", () => {
  it("reads 'BỘ NỘI VỤ' as a ministry, central, with no unit and no unit-missing issue", () => {
    const { plan, issues } = extractPlan(
      planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024"),
    );
    expect(plan.schemaVersion).toBe("1.2");
    expect(plan.issuer).toEqual({ body: "ministry", level: "central", wording: "Bộ Nội Vụ" });
    expect(plan.unit).toBeUndefined();
    expect(plan.period).toEqual({ start: "2024", end: "2024" });
    expect(issues.map((i) => i.code)).not.toContain("extract.header.unit-missing");
  });

  it("reads 'SỞ NỘI VỤ' under 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH' as a department of the province", () => {
    const { plan } = extractPlan(
      planText(["ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "SỞ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024"),
    );
    expect(plan.issuer).toEqual({ body: "department", level: "province", wording: "Sở Nội Vụ" });
    expect(plan.unit).toMatchObject({ name: "Tây Ninh", kind: "tinh", level: "province" });
  });

  it("reads 'HUYỆN ỦY SƠN TÂY' as a party body and 'ỦY BAN MTTQ VIỆT NAM XÃ GIA TÂN' as a front body, at their unit's tier", () => {
    const party = extractPlan(
      planText(["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY SƠN TÂY"], "Tuyên truyền năm 2024"),
    );
    expect(party.plan.issuer).toMatchObject({ body: "party", level: "district" });
    expect(party.plan.unit).toMatchObject({ name: "Sơn Tây", kind: "huyen" });
    const front = extractPlan(planText(["ỦY BAN MTTQ VIỆT NAM XÃ GIA TÂN"], "Tuyên truyền năm 2024"));
    expect(front.plan.issuer).toMatchObject({ body: "front", level: "commune" });
    expect(front.plan.unit).toMatchObject({ name: "Gia Tân", kind: "xa" });
  });

  it("keeps a People's Committee as before, its level from its unit", () => {
    const { plan } = extractPlan(
      planText(["ỦY BAN NHÂN DÂN XÃ GIA TÂN"], "Tuyên truyền cải cách hành chính năm 2024"),
    );
    expect(plan.issuer).toMatchObject({ body: "people-committee", level: "commune" });
    expect(plan.unit).toMatchObject({ name: "Gia Tân", level: "commune" });
  });

  it("reads a period of several years from the title, with its horizon", () => {
    const plain = extractPlan(planText(["BỘ NỘI VỤ"], "Kế hoạch tuyên truyền CCHC giai đoạn 2022 - 2025"));
    expect(plain.plan.period).toEqual({ start: "2022", end: "2025" });
    const horizon = extractPlan(
      planText(
        ["BỘ NỘI VỤ"],
        "Tuyên truyền cải cách hành chính giai đoạn 2021–2025, định hướng đến năm 2030",
      ),
    );
    expect(horizon.plan.period).toEqual({ start: "2021", end: "2025", horizon: 2030 });
  });
});

describe("extractPlan: assignment blocks", () => {
  const body = [
    "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng Bộ:",
    "a) Xây dựng kế hoạch tuyên truyền của đơn vị, chậm nhất ngày 20/04/2024.",
    "b) Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Bộ.",
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam:",
    "Phối hợp tuyên truyền, vận động đoàn viên, hội viên thực hiện cải cách hành chính.",
  ];

  it("emits lettered tasks a), b) as sub-tasks, the deadline on a) only", () => {
    const { plan } = extractPlan(planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024", body));
    const block = plan.activities.find((a) => a.origin.ref === "II.1");
    expect(block?.timeframe).toBeUndefined();
    expect(block?.subtasks?.map((s) => [s.id, s.ref, s.timeframe?.kind])).toEqual([
      ["a-assignment-II.1.a", "a", "deadline"],
      ["a-assignment-II.1.b", "b", undefined],
    ]);
  });

  it("gives the body of a 'Đề nghị …' block the role requested, and raises no missing-lead issue for it", () => {
    const { plan, issues } = extractPlan(
      planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024", body),
    );
    const front = plan.activities.find((a) => a.origin.ref === "II.2");
    expect(front?.assignees.map((a) => a.role)).toEqual(["requested"]);
    expect(issues.filter((i) => i.code === "extract.activity.no-lead")).toEqual([]);
  });
});

/** Quoted seed lines as a body, one blank line between them as in the seeds. */
const quoted = (prefix: string, lines: readonly number[]) =>
  ["", ...lines.flatMap((n) => [seedLines(prefix, n), ""])] as string[];

describe("extractPlan: each sub-task carries what its own words say", () => {
  // 002 V.1 (002:85-95) and V.8 (002:129-135), quoted line for line.
  const { plan } = extractPlan(
    planText(
      ["ỦY BAN NHÂN DÂN TỈNH TÂY NINH"],
      "Thông tin, tuyên truyền cải cách hành chính năm 2024",
      quoted("002", [83, 85, 87, 89, 91, 93, 95, 129, 131, 133, 135]),
    ),
  );
  const tasks = planTasks(plan);
  const task = (id: string) => tasks.find((t) => t.id === id);
  const block = (ref: string) => plan.activities.find((a) => a.origin.ref === ref);

  it("gives the 20/04/2024 deadline to 002 V.1 a) alone (002:87), the 12-a-year quota to b) (002:89), the quarterly one to c) (002:91)", () => {
    expect(tasks.filter((t) => t.activityId === "a-assignment-V.1").map((t) => t.id)).toEqual(
      ["a", "b", "c", "d", "e"].map((l) => `a-assignment-V.1.${l}`),
    );
    expect(task("a-assignment-V.1.a")?.timeframe).toMatchObject({
      kind: "deadline",
      by: { year: 2024, month: 4, day: 20 },
    });
    for (const l of ["b", "c", "d", "e"])
      expect([l, task(`a-assignment-V.1.${l}`)?.timeframe]).toEqual([l, undefined]);
    const quotas = (l: string) => task(`a-assignment-V.1.${l}`)?.quotas.map((q) => [q.count, q.per]);
    expect(quotas("a")).toEqual([]);
    expect(quotas("b")).toEqual([[12, "year"]]);
    expect(quotas("c")).toEqual([[1, "quarter"]]);
    expect(quotas("d")).toEqual([]);
    expect(quotas("e")).toEqual([]);
  });

  it("gives the monthly broadcast '01 lần/1 tháng' to 002 V.8 a) alone (002:131), not to b) and c) (002:133-135)", () => {
    expect(task("a-assignment-V.8.a")?.frequency).toMatchObject({ count: 1, per: "month" });
    expect(task("a-assignment-V.8.b")?.frequency).toBeUndefined();
    expect(task("a-assignment-V.8.c")?.frequency).toBeUndefined();
  });

  it("reads themes per sub-task: the inspection teams of 002 V.8 c) (002:135) are c)'s, not a)'s or b)'s", () => {
    expect(task("a-assignment-V.8.c")?.themes).toContain("steering.inspection");
    expect(task("a-assignment-V.8.a")?.themes).toEqual([]);
    expect(task("a-assignment-V.8.b")?.themes).toEqual([]);
    // "thanh toán trực tuyến" is b)'s (002:89); a) builds a plan (002:87) and names no theme the codelist has.
    expect(task("a-assignment-V.1.b")?.themes).toContain("online-services.payment");
    expect(task("a-assignment-V.1.a")?.themes).toEqual([]);
  });

  it("sets every field a sub-task's words can give, [] where they name none, so nothing is inherited by default", () => {
    for (const s of block("V.1")?.subtasks ?? []) {
      for (const field of ["themes", "channels", "audiences", "assignees", "quotas", "products"] as const)
        expect([s.id, field, Array.isArray(s[field])]).toEqual([s.id, field, true]);
    }
  });

  it("keeps on the block only what the words before the list say: nothing here (002:85, 002:129 are office names)", () => {
    for (const ref of ["V.1", "V.8"]) {
      const b = block(ref);
      expect([ref, b?.themes, b?.channels, b?.audiences, b?.quotas, b?.frequency, b?.timeframe]).toEqual([
        ref,
        [],
        [],
        [],
        [],
        undefined,
        undefined,
      ]);
    }
  });

  it("adds a sub-task's own 'phối hợp với …' group to it alone, the block's offices still leading (002:133)", () => {
    const wordings = (l: string, role: string) =>
      task(`a-assignment-V.8.${l}`)
        ?.assignees.filter((a) => a.role === role)
        .map((a) => a.wording);
    // 002:129 "8. Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh"; 002:133 "b) Phối hợp với các cơ quan, đơn vị đẩy mạnh …"
    expect(wordings("b", "lead")).toEqual(["Báo Tây Ninh", "Đài Phát thanh và Truyền hình Tây Ninh"]);
    expect(wordings("b", "coordinating")).toEqual(["các cơ quan, đơn vị"]);
    expect(wordings("a", "coordinating")).toEqual([]);
    expect(wordings("c", "coordinating")).toEqual([]);
  });
});

describe("extractPlan: a sub-task that opens 'Phối hợp với <office>' is that office's to lead", () => {
  /** `lines` of seed `prefix` under a plan's heading of assignments. */
  const tasksOf = (prefix: string, lines: readonly number[]) =>
    planTasks(
      extractPlan(
        planText(["ỦY BAN NHÂN DÂN TỈNH TÂY NINH"], "Thông tin, tuyên truyền cải cách hành chính năm 2024", [
          "",
          "IV. TỔ CHỨC THỰC HIỆN",
          ...quoted(prefix, lines),
        ]),
      ).plan,
    );
  const roles = (task: { assignees: readonly { role: string; wording?: string }[] } | undefined) =>
    task?.assignees.map((a) => `${a.role}: ${a.wording}`);

  it("gives 002 V.2 c) to Văn phòng UBND tỉnh, Sở Nội vụ helping (002:97, 002:101); a) stays Sở Nội vụ's (002:99)", () => {
    const tasks = tasksOf("002", [97, 99, 100, 101]);
    const c = tasks.find((t) => t.subtask?.text.includes("Phối hợp với Văn phòng UBND tỉnh"));
    expect(roles(c)).toEqual(["coordinating: Sở Nội vụ", "lead: Văn phòng UBND tỉnh"]);
    const a = tasks.find((t) => t.subtask?.text.includes("Theo dõi, kiểm tra, đôn đốc"));
    expect(roles(a)).toEqual(["lead: Sở Nội vụ"]);
  });

  it("keeps the block's office leading when it works with a group (001:113), not with a named office (001:111)", () => {
    const tasks = tasksOf("001", [109, 111, 113]);
    const named = tasks.find((t) => t.subtask?.text.includes("Phối hợp với phòng Văn hóa và Thông tin"));
    expect(roles(named)).toEqual([
      "coordinating: Phòng Nội vụ thành phố",
      "lead: phòng Văn hóa và Thông tin",
    ]);
    const group = tasks.find((t) => t.subtask?.text.includes("Phối hợp với các cơ quan, đơn vị liên quan"));
    expect(roles(group)).toEqual([
      "lead: Phòng Nội vụ thành phố",
      "coordinating: các cơ quan, đơn vị liên quan",
    ]);
  });
});

describe("extractPlan: bulleted tasks and requests in the body", () => {
  it("splits 004 IV.1 into its seven bullets (004:112-128), a bullet cut by a page break kept whole (004:116-118)", () => {
    const { plan } = extractPlan(
      planText(
        ["ỦY BAN NHÂN DÂN PHƯỜNG TRÚC LÂM"],
        "Tuyên truyền cải cách hành chính nhà nước năm 2025",
        quoted("004", [110, 112, 114, 116, 118, 120, 122, 124, 126, 128]),
      ),
    );
    const block = plan.activities.find((a) => a.origin.ref === "IV.1");
    // Lines are the test text's; each bullet is one line but the second, which goes on two lines on.
    const spans = block?.subtasks?.map((s) => [s.id, s.ref, (s.lines?.end ?? 0) - (s.lines?.start ?? 0)]);
    expect(spans).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [`a-assignment-IV.1.${n}`, "-", n === 2 ? 2 : 0]));
    expect(block?.subtasks?.[1]?.text).toBe(`${seedLines("004", 116).slice(2)} ${seedLines("004", 118)}`);
    // The Ngày Chuyển đổi số quốc gia 10-10 binds the events bullet (004:120) only.
    expect(block?.subtasks?.map((s) => s.timeframe?.kind ?? null)).toEqual([
      null,
      null,
      "yearlyDate",
      null,
      null,
      null,
      null,
    ]);
    expect(block?.timeframe).toBeUndefined();
  });

  it("makes the body requested when the block's body opens with 'Đề nghị' (004:150-152; 001:125)", () => {
    const ward = extractPlan(
      planText(
        ["ỦY BAN NHÂN DÂN PHƯỜNG TRÚC LÂM"],
        "Tuyên truyền cải cách hành chính nhà nước năm 2025",
        quoted("004", [110, 150, 152, 154]),
      ),
    );
    expect(ward.plan.activities.find((a) => a.origin.ref === "IV.5")?.assignees.map((a) => a.role)).toEqual([
      "requested",
    ]);
    expect(ward.issues.filter((i) => i.code === "extract.activity.no-lead")).toEqual([]);
    const city = extractPlan(
      planText(
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC GIANG"],
        "Tuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024",
        quoted("001", [97, 125, 127]),
      ),
    );
    const front = city.plan.activities.find((a) => a.origin.ref === "IV.6");
    expect(front?.assignees.filter((a) => a.role !== "coordinating").map((a) => a.role)).toEqual([
      "requested",
      "requested",
    ]);
  });

  it("takes words after the office's colon as a first task (suffix 0), or as what holds for all when they end in a colon", () => {
    const body = [
      "",
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Văn phòng Bộ: Chủ trì xây dựng chuyên mục cải cách hành chính trên Cổng thông tin điện tử.",
      "- Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Bộ.",
      "- Tổ chức tập huấn về cải cách hành chính cho công chức.",
      "2. Vụ Cải cách hành chính: thường xuyên thực hiện các nhiệm vụ sau:",
      "- Đăng tải tin, bài về cải cách hành chính trên Cổng thông tin điện tử của Bộ.",
      "- Tổ chức tập huấn về cải cách hành chính cho công chức.",
      "3. Văn phòng Bộ: tuyên truyền bằng các hình thức như:",
      "- Cổng thông tin điện tử của Bộ;",
      "- Bản tin cải cách hành chính.",
    ];
    const { plan } = extractPlan(planText(["BỘ NỘI VỤ"], "Tuyên truyền cải cách hành chính năm 2024", body));
    const block = (ref: string) => plan.activities.find((a) => a.origin.ref === ref);
    expect(block("II.1")?.subtasks?.map((s) => s.id)).toEqual([
      "a-assignment-II.1.0",
      "a-assignment-II.1.1",
      "a-assignment-II.1.2",
    ]);
    expect(block("II.1")?.channels).toEqual([]);
    expect(block("II.2")?.subtasks?.map((s) => s.id)).toEqual(["a-assignment-II.2.1", "a-assignment-II.2.2"]);
    // "thường xuyên" is said once for all: the block's, and so each task's.
    expect(block("II.2")?.timeframe?.kind).toBe("continuous");
    expect(
      planTasks(plan)
        .filter((t) => t.activityId === "a-assignment-II.2")
        .map((t) => t.timeframe?.kind),
    ).toEqual(["continuous", "continuous"]);
    // Bullets after "… như:" list media, not tasks: one activity.
    expect(block("II.3")?.subtasks).toBeUndefined();
  });
});

describe("extractPlan: an appendix cell it cannot read is reported, not dropped", () => {
  /** A plan whose appendix is 003's (003:288-430), row 5's time cell (003:374) replaced by `time`. */
  function withAppendixTime(time: string) {
    const appendix = seedPassage("003", 288, 430).split("\n").slice(287);
    appendix[374 - 288] = time;
    return extractPlan(
      planText(["ỦY BAN NHÂN DÂN", "XÃ GIA TÂN"], "Tuyên truyền cải cách hành chính năm 2024", [
        "",
        ...appendix,
      ]),
    );
  }

  it("reports a time it cannot read with its text and row lines (003:374 as '0 tuần 1 lần')", () => {
    const { plan, issues } = withAppendixTime("0 tuần 1 lần");
    const row = plan.activities.find((a) => a.id === "a-appendix-row-5");
    expect(row?.frequency).toBeUndefined();
    const issue = issues.find((i) => i.code === "extract.timeframe.unreadable");
    expect(issue?.params).toEqual({ text: "0 tuần 1 lần" });
    expect(issue?.lines).toEqual(row?.origin.lines);
  });

  it("reports a cell it cannot place in a column, with its text, and still reads the time after it", () => {
    const { plan, issues } = withAppendixTime("Kinh phí tự túc\n\nMỗi tháng 01 kỳ");
    expect(issues.find((i) => i.code === "extract.table.cell-unplaced")?.params).toEqual({
      row: 5,
      text: "Kinh phí tự túc",
    });
    expect(plan.activities.find((a) => a.id === "a-appendix-row-5")?.frequency).toMatchObject({
      count: 1,
      per: "month",
    });
  });

  it("reads the same row's time as written in 003 (003:374)", () => {
    const { plan, issues } = withAppendixTime("Mỗi tháng 01 kỳ");
    expect(plan.activities.find((a) => a.id === "a-appendix-row-5")?.frequency).toMatchObject({
      count: 1,
      per: "month",
    });
    expect(issues.map((i) => i.code)).not.toContain("extract.timeframe.unreadable");
  });
});
