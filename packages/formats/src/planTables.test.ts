import { planTasks } from "@parcomms/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { errorOf, plan001, plan003, realPlans } from "./_testing";
import { planTables } from "./planTables";
import type { Table } from "./Table";

const record = (table: Table, row: number) =>
  Object.fromEntries(table.columns.map((column, i) => [column.name, table.rows[row]?.[i]]));

describe("planTables", () => {
  it("writes one plans row per plan, its header flattened and a blank number kept as not stated (001_ec564b67ad28c11a.txt:3)", () => {
    expect(record(planTables(realPlans).plans, 1)).toEqual({
      plan_id: "001_ec564b67ad28c11a",
      position: 1,
      schema_version: "1.2",
      title: plan001.title,
      document_type: "plan",
      issuer_body: "chair",
      issuer_level: "district",
      issuer_wording: "Chủ tịch UBND thành phố",
      unit_name: "Bắc Giang",
      unit_kind: "thanh-pho",
      unit_level: "district",
      unit_era: "three-tier",
      unit_code_era: "three-tier",
      unit_code: "213",
      unit_official_name: null,
      unit_parents: '[{"kind":"tinh","name":"Bắc Giang"}]',
      unit_match: "exact",
      unit_note: plan001.unit?.note,
      period_start: "2024",
      period_end: "2024",
      period_horizon: null,
      number: null,
      number_not_stated: true,
      number_not_stated_raw: "Số: /KH-UBND",
      symbol: "KH-UBND",
      issue_year: 2024,
      issue_month: 1,
      issue_day: null,
      issue_date_raw: "ngày tháng 01 năm 2024",
      place: "TP. Bắc Giang",
      status: "issued",
      audiences: '["leaders","officials","citizens","businesses","students","mass-organisation-members"]',
      purposes: JSON.stringify(plan001.purposes),
      requirements: JSON.stringify(plan001.requirements),
      audience_statement: null,
      focal_point:
        '{"ref":"vhtt","wording":"Phòng Văn hóa và Thông tin thành phố","lines":{"start":99,"end":105}}',
      timeframe_kind: null,
      timeframe: null,
      budget: JSON.stringify(plan001.budget),
      reporting: JSON.stringify(plan001.reporting),
      escalation_given: false,
      child_plan_requirements: null,
      signatory: JSON.stringify(plan001.signatory),
      recipients: JSON.stringify(plan001.recipients),
      provenance_document: "001_ec564b67ad28c11a.txt",
      provenance_line_start: 1,
      provenance_line_end: 165,
      provenance_method: "hand-encoded",
      synthetic: false,
      provenance_notes: JSON.stringify(plan001.provenance.notes),
    });
  });

  it("gives each theme of a task its own row, in order, under its sub-task (003_c2f82bd70c212939.txt:181–186)", () => {
    // VI.1's block (003:176) codes no theme; its second bullet (003:181–186) codes four, the most specific ones
    const rows = planTables([plan003]).activity_themes.rows.filter((row) => row[1] === "a-assignment-VI.1");
    expect(rows).toEqual([
      ["003_c2f82bd70c212939", "a-assignment-VI.1", "a-assignment-VI.1.2", 0, "procedures.control"],
      ["003_c2f82bd70c212939", "a-assignment-VI.1", "a-assignment-VI.1.2", 1, "results"],
      ["003_c2f82bd70c212939", "a-assignment-VI.1", "a-assignment-VI.1.2", 2, "online-services.payment"],
      ["003_c2f82bd70c212939", "a-assignment-VI.1", "a-assignment-VI.1.2", 3, "one-stop-shop"],
    ]);
  });

  it("keeps the parent plan as the first reference, its date split into columns, with its lines (003_c2f82bd70c212939.txt:4–6)", () => {
    expect(planTables([plan003]).references.rows[0]).toEqual([
      "003_c2f82bd70c212939",
      0,
      "ke-hoach",
      "13",
      "KH",
      "UBND",
      "13/KH-UBND",
      2024,
      1,
      26,
      "ngày 26/01/2024",
      "UBND huyện Gia Lộc",
      "về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
      "parent-plan",
      "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
      4,
      6,
      null,
    ]);
  });

  it("marks an assignee that is a class of offices as a group (000_34833a3694ee8a96.txt:78)", () => {
    const row = planTables(realPlans).activity_offices.rows.find(
      (r) => r[1] === "a-forms-item-III.1" && r[3] === 1,
    );
    expect(row).toEqual([
      "000_34833a3694ee8a96",
      "a-forms-item-III.1",
      null,
      1,
      "related",
      "group",
      "coordinating",
      "Các Ban, ngành và đơn vị liên quan",
    ]);
  });

  it("puts plan-level targets in the targets table with a null activity_id (001_ec564b67ad28c11a.txt:49)", () => {
    const rows = planTables([plan001]).targets.rows.filter((row) => row[1] === null);
    expect(rows.map((row) => row.slice(4, 8))).toEqual([
      ["tỷ lệ giải quyết đúng và trước hạn", "exactly", 100, "percent"],
      [
        "hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử",
        "greaterThan",
        90,
        "percent",
      ],
      [
        "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công",
        "greaterThan",
        70,
        "percent",
      ],
      ["tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá", "greaterThan", 60, "percent"],
    ]);
  });

  it("writes as many rows as the five plans have parts", () => {
    const counts = Object.values(planTables(realPlans)).map((table) => [table.name, table.rows.length]);
    const sum = (f: (p: (typeof realPlans)[number]) => number) => realPlans.reduce((n, p) => n + f(p), 0);
    const activities = realPlans.flatMap((p) => p.activities);
    const subtasks = activities.flatMap((a) => a.subtasks ?? []);
    const lists = (f: (owner: { themes?: unknown[] | undefined } & Record<string, unknown>) => number) =>
      [...activities, ...subtasks].reduce((n, owner) => n + f(owner as never), 0);
    const length = (key: string) => lists((o) => (Array.isArray(o[key]) ? o[key].length : 0));
    expect(counts).toEqual([
      ["plans", 5],
      ["content_items", sum((p) => p.contentItems.length)],
      ["forms_items", sum((p) => p.formsItems.length)],
      ["activities", activities.length],
      ["subtasks", subtasks.length],
      ["activity_themes", length("themes")],
      ["activity_channels", length("channels")],
      ["activity_audiences", length("audiences")],
      ["offices", sum((p) => p.offices.length)],
      ["assignee_groups", sum((p) => p.assigneeGroups.length)],
      ["activity_offices", length("assignees")],
      ["targets", sum((p) => p.targets.length) + length("targets")],
      ["references", sum((p) => p.references.length)],
      ["escalation", sum((p) => p.escalation?.length ?? 0)],
      ["tasks", sum((p) => planTasks(p).length)],
    ]);
  });

  it("gives every row as many cells as its table has columns, of the column's type", () => {
    fc.assert(
      fc.property(arbitraryPlans, (plans) => {
        for (const table of Object.values(planTables(plans))) {
          for (const row of table.rows) {
            expect(row.length).toBe(table.columns.length);
            row.forEach((cell, i) => {
              const column = table.columns[i];
              if (cell === null) expect(column?.nullable).toBe(true);
              else
                expect(typeof cell).toBe(
                  {
                    string: "string",
                    json: "string",
                    integer: "number",
                    number: "number",
                    boolean: "boolean",
                  }[column?.type ?? "string"],
                );
            });
          }
        }
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it("refuses two plans with one id, which would no longer join back", () => {
    expect(errorOf(() => planTables([plan003, plan003]))).toEqual({
      code: "table.duplicate-key",
      file: "plans",
      row: 2,
      column: "plan_id",
      message:
        'table.duplicate-key: plans, row 2, column "plan_id": two plans have the id "003_c2f82bd70c212939"',
    });
  });

  it("refuses two activities of a plan with one id", () => {
    const first = plan003.activities[0];
    if (!first) throw new Error("003 has activities");
    const twice = { ...plan003, activities: [first, first] };
    expect(errorOf(() => planTables([twice]))).toEqual({
      code: "table.duplicate-key",
      file: "activities",
      column: "activity_id",
      message:
        'table.duplicate-key: activities, column "activity_id": plan "003_c2f82bd70c212939" has two activities or sub-tasks with the id "a-assignment-VI.1"',
    });
  });
});
