import { describe, expect, it } from "vitest";
import { plan002 } from "./_testing";
import { planTables } from "./planTables";
import type { Table } from "./Table";

const records = (table: Table) =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.name, row[i]])));

describe("planTables, schema 1.1 parts", () => {
  const tables = planTables([plan002]);

  it("writes a row of subtasks per sub-task of 002 V.1, null where it takes the block's (002:87–95)", () => {
    const rows = records(tables.subtasks).filter((r) => r.activity_id === "a-assignment-V.1");
    expect(rows.map((r) => [r.subtask_id, r.ref, r.position, r.line_start])).toEqual([
      ["a-assignment-V.1.a", "a", 0, 87],
      ["a-assignment-V.1.b", "b", 1, 89],
      ["a-assignment-V.1.c", "c", 2, 91],
      ["a-assignment-V.1.d", "d", 3, 93],
      ["a-assignment-V.1.e", "e", 4, 95],
    ]);
    // a) alone is due "Chậm nhất ngày 20/04/2024" (002:87) and gives the plans to write as its product
    expect(rows[0]).toMatchObject({
      plan_id: "002_9c9d59d1a9d0f229",
      timeframe_kind: "deadline",
      quotas: null,
      products: '["kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa phương"]',
      condition: null,
      themes_given: true,
      channels_given: true,
      audiences_given: false,
      assignees_given: false,
    });
    expect(JSON.parse(String(rows[0]?.timeframe))).toMatchObject({ by: { year: 2024, month: 4, day: 20 } });
    // b) keeps the block's timeframe (none) and gives the yearly quota "tối thiểu 12 tin/bài trong năm" (002:89)
    expect(rows[1]).toMatchObject({ timeframe: null, audiences_given: true });
    expect(JSON.parse(String(rows[1]?.quotas))).toMatchObject([{ count: 12, per: "year" }]);
    // c) "Hàng quý … ít nhất 01 tin/bài" (002:91): the quarterly quota, no products of its own
    expect(JSON.parse(String(rows[2]?.quotas))).toMatchObject([{ count: 1, per: "quarter" }]);
    expect(rows[2]?.products).toBeNull();
    // d) only folds the results into the periodic reports (002:93): it gives no quota or product
    expect(rows[3]).toMatchObject({ quotas: null, products: null, timeframe: null });
    // e) names the districts alone (002:95): it gives its own assignees
    expect(rows.map((r) => r.assignees_given)).toEqual([false, false, false, false, true]);
  });

  it("writes a row for each of the 19 sub-tasks of 002's blocks V.1–V.4 and V.8, none for V.5–V.7 or V.9", () => {
    const perBlock: Record<string, number> = {};
    for (const r of records(tables.subtasks)) {
      const id = String(r.activity_id);
      perBlock[id] = (perBlock[id] ?? 0) + 1;
    }
    expect(perBlock).toEqual({
      "a-assignment-V.1": 5, // a)–e), 002:87–95
      "a-assignment-V.2": 4, // a)–d), 002:99–102
      "a-assignment-V.3": 4, // a)–d), 002:106–109
      "a-assignment-V.4": 3, // a)–c), 002:113–115
      "a-assignment-V.8": 3, // a)–c), 002:131–135
    });
  });

  it("keeps a sub-task's own lists under its subtask_id, the block's under null", () => {
    const offices = records(tables.activity_offices).filter((r) => r.activity_id === "a-assignment-V.1");
    expect(offices.map((r) => [r.subtask_id, r.assignee_ref, r.role])).toEqual([
      [null, "so-ban-nganh", "lead"],
      [null, "ubnd-huyen", "lead"],
      ["a-assignment-V.1.e", "ubnd-huyen", "lead"],
    ]);
    const channels = records(tables.activity_channels).filter((r) => r.activity_id === "a-assignment-V.1");
    // b) "báo, đài, youtube, facebook, zalo" and the portal (002:89); c) the provincial portal (002:91)
    expect(channels.map((r) => [r.subtask_id, r.channel_code])).toEqual([
      ["a-assignment-V.1.b", "online.web-portal"],
      ["a-assignment-V.1.b", "press.newspaper"],
      ["a-assignment-V.1.b", "broadcast"],
      ["a-assignment-V.1.b", "online.social-media"],
      ["a-assignment-V.1.b", "online.video"],
      ["a-assignment-V.1.c", "online.web-portal"],
    ]);
    // a) gives an empty list of themes: no rows, themes_given true
    expect(records(tables.activity_themes).filter((r) => r.subtask_id === "a-assignment-V.1.a")).toEqual([]);
  });

  it("lists each piece of work once in tasks: V.1's five sub-tasks in place of the block, only a) due 20/04/2024", () => {
    const rows = records(tables.tasks);
    expect(rows.filter((r) => r.task_id === "a-assignment-V.1")).toEqual([]);
    const v1 = rows.filter((r) => r.activity_id === "a-assignment-V.1");
    expect(v1.map((r) => [r.task_id, r.subtask_ref, r.start_date, r.end_date, r.lead_refs])).toEqual([
      ["a-assignment-V.1.a", "a", "2024-01-01", "2024-04-20", "so-ban-nganh;ubnd-huyen"],
      ["a-assignment-V.1.b", "b", null, null, "so-ban-nganh;ubnd-huyen"],
      ["a-assignment-V.1.c", "c", null, null, "so-ban-nganh;ubnd-huyen"],
      ["a-assignment-V.1.d", "d", null, null, "so-ban-nganh;ubnd-huyen"],
      ["a-assignment-V.1.e", "e", null, null, "ubnd-huyen"],
    ]);
    expect(v1[0]?.theme_codes).toBeNull();
    // "nộp hồ sơ trực tuyến và thanh toán trực tuyến" (002:89): the child code alone (most specific code)
    expect(v1[1]?.theme_codes).toBe("results;procedures;online-services.payment");
    expect(v1[2]?.channel_codes).toBe("online.web-portal");
    // the 19 sub-tasks of V.1–V.4 and V.8, and V.5, V.6, V.7, V.9 once each (002:85–139)
    expect(rows).toHaveLength(23);
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
    // V.9 "Đề nghị Ủy ban Mặt trận…" (002:137): the Front is requested, so the task has no lead
    expect(rows.find((r) => r.task_id === "a-assignment-V.9")?.lead_refs).toBeNull();
  });

  it("writes 002's escalation as a row and marks the plan as stating one (002:141)", () => {
    expect(records(tables.escalation)).toEqual([
      {
        plan_id: "002_9c9d59d1a9d0f229",
        position: 0,
        trigger: "nếu có phát sinh vướng mắc",
        reporters: '[{"ref":"co-quan-don-vi-dia-phuong","wording":"các cơ quan, đơn vị, địa phương"}]',
        via: '[{"ref":"snv","wording":"Sở Nội vụ"}]',
        to: '["UBND tỉnh"]',
        text: "Trong quá trình thực hiện, nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp) để xem xét, giải quyết./.",
        line_start: 141,
        line_end: 141,
      },
    ]);
    expect(records(tables.plans)[0]).toMatchObject({ escalation_given: true, issuer_level: "province" });
  });

  it("writes a central plan without a unit as null unit columns, and a horizon", () => {
    // none of the five real plans is central: 002 made into a ministry's plan for 2021–2025, horizon 2030
    const { unit: _unit, ...rest } = plan002;
    const central = {
      ...rest,
      issuer: { body: "ministry" as const, level: "central" as const, wording: "Bộ Nội vụ" },
      period: { start: "2021", end: "2025", horizon: 2030 },
    };
    const row = records(planTables([central]).plans)[0];
    expect(row).toMatchObject({
      issuer_body: "ministry",
      issuer_level: "central",
      unit_name: null,
      unit_kind: null,
      unit_parents: null,
      period_start: "2021",
      period_end: "2025",
      period_horizon: 2030,
    });
  });
});
