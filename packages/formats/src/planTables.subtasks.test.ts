import { describe, expect, it } from "vitest";
import { plan002WithSubtasks } from "./_testing";
import { planTables } from "./planTables";
import type { Table } from "./Table";

const records = (table: Table) =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.name, row[i]])));

describe("planTables, schema 1.1 parts", () => {
  const tables = planTables([plan002WithSubtasks]);

  it("writes a row of subtasks per sub-task of 002 V.1, null where it takes the block's (002:87–95)", () => {
    const rows = records(tables.subtasks);
    expect(rows.map((r) => [r.subtask_id, r.ref, r.line_start])).toEqual([
      ["a-assignment-V.1.a", "a", 87],
      ["a-assignment-V.1.b", "b", 89],
      ["a-assignment-V.1.c", "c", 91],
      ["a-assignment-V.1.d", "d", null],
      ["a-assignment-V.1.e", "e", 95],
    ]);
    expect(rows[0]).toMatchObject({
      plan_id: "002_9c9d59d1a9d0f229",
      activity_id: "a-assignment-V.1",
      position: 0,
      timeframe_kind: "deadline",
      quotas: null,
      products: '["kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa phương"]',
      condition: null,
      themes_given: true,
      channels_given: false,
      assignees_given: false,
    });
    // b) keeps the block's timeframe (none) and gives its yearly quota of 12 (002:89)
    expect(rows[1]).toMatchObject({ timeframe: null, themes_given: false });
    expect(JSON.parse(String(rows[1]?.quotas))).toMatchObject([{ count: 12, per: "year" }]);
    // c) gives an empty condition, d) an empty list of products: given, not inherited
    expect(rows[2]?.condition).toBe("");
    expect(rows[3]?.products).toBe("[]");
    expect(rows[4]).toMatchObject({ assignees_given: true, targets_given: true });
  });

  it("keeps a sub-task's own lists under its subtask_id, the block's under null", () => {
    const offices = records(tables.activity_offices).filter((r) => r.activity_id === "a-assignment-V.1");
    expect(offices.map((r) => [r.subtask_id, r.assignee_ref, r.role])).toEqual([
      [null, "so-ban-nganh", "lead"],
      [null, "ubnd-huyen", "lead"],
      ["a-assignment-V.1.e", "ubnd-huyen", "lead"],
    ]);
    const channels = records(tables.activity_channels).filter((r) => r.subtask_id !== null);
    expect(channels.map((r) => [r.subtask_id, r.channel_code])).toEqual([
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
    expect(v1[1]?.theme_codes).toBe(
      "results;procedures;online-services;online-services.payment;one-stop-shop",
    );
    expect(v1[2]?.channel_codes).toBe("online.web-portal");
    expect(rows).toHaveLength(plan002WithSubtasks.activities.length - 1 + 5);
    expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
  });

  it("writes 002's escalation as a row and marks the plan as stating one (002:141)", () => {
    expect(records(tables.escalation)).toEqual([
      {
        plan_id: "002_9c9d59d1a9d0f229",
        position: 0,
        trigger: "nếu có phát sinh vướng mắc",
        reporters: '[{"ref":"so-ban-nganh"},{"ref":"ubnd-huyen"}]',
        via: '[{"ref":"snv","wording":"Sở Nội vụ"}]',
        to: '["UBND tỉnh"]',
        text: plan002WithSubtasks.escalation?.[0]?.text,
        line_start: 141,
        line_end: 141,
      },
    ]);
    expect(records(tables.plans)[0]).toMatchObject({ escalation_given: true, issuer_level: "province" });
  });

  it("writes a central plan without a unit as null unit columns, and a horizon", () => {
    const { unit: _unit, ...rest } = plan002WithSubtasks;
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
