import type { Plan } from "../model/Plan";
import { planTasks } from "../model/planTasks";

/** The workload of one office or assignee group of a plan. */
export interface OfficeWorkloadRow {
  /** Id of the office or assignee group, as activities refer to it. */
  readonly ref: string;
  /** office (cơ quan, bộ phận), group (a class of units or offices), or unknown (a ref the plan does not define). */
  readonly kind: "office" | "group" | "unknown";
  /** The office's canonical name, the group's label, or for an unknown ref its first wording (else the ref). */
  readonly name: string;
  /** Number of tasks it leads (chủ trì). */
  readonly leads: number;
  /** Number of tasks it coordinates (phối hợp). */
  readonly coordinates: number;
  /** Number of tasks it is requested to take part in (đề nghị): a body the issuer cannot direct. */
  readonly requested: number;
  /** Ids of the tasks it leads (activities, or sub-tasks in place of their block), in plan order. */
  readonly leadActivities: string[];
  /** Ids of the tasks it coordinates, in plan order. */
  readonly coordinatingActivities: string[];
  /** Ids of the tasks it is requested to take part in, in plan order. */
  readonly requestedActivities: string[];
  /** Whether it is the plan's focal point (đầu mối), or named focal point of an activity. */
  readonly focalPoint: boolean;
}

/** The result of {@link officeWorkload}: every office, then every group, then unknown refs, in plan order. */
export type OfficeWorkload = OfficeWorkloadRow[];

/**
 * Counts, for each office and assignee group of a plan, the tasks it leads
 * (chủ trì), coordinates (phối hợp) and is requested to take part in (đề
 * nghị), and marks the focal point (đầu mối tổng hợp).
 *
 * Tasks are `planTasks`: an activity with sub-tasks counts through its
 * sub-tasks (each with the block's assignees unless it names its own), never
 * as well as them. A requested body (the Front and mass organisations,
 * "Đề nghị Ủy ban MTTQ…", 002:137) is outside the issuer's authority: its
 * tasks are counted apart, neither as led nor as coordinated.
 *
 * Every office and group is listed, those with no task too (they are gaps
 * worth seeing). An activity counts once per office and role, however many
 * wordings name it. A ref that is neither an office nor a group of the plan
 * is listed as `unknown` rather than dropped.
 *
 * @param plan - the plan
 * @returns one row per office, group and unknown ref
 * @example
 * // 000:135 "Văn hóa – Xã hội: Làm đầu mối …"; it leads forms items III.3, III.4, III.5, III.7 and V.1.
 * officeWorkload(plan000).find((r) => r.ref === "vhxh")
 * // { ref: "vhxh", kind: "office", name: "Văn hóa – Xã hội xã", leads: 5, coordinates: 0, requested: 0,
 * //   leadActivities: ["a-forms-item-III.3", …, "a-assignment-V.1"], coordinatingActivities: [],
 * //   requestedActivities: [], focalPoint: true }
 */
export function officeWorkload(plan: Plan): OfficeWorkload {
  const rows = new Map<string, { kind: OfficeWorkloadRow["kind"]; name: string }>();
  for (const o of plan.offices) rows.set(o.id, { kind: "office", name: o.name });
  for (const g of plan.assigneeGroups) if (!rows.has(g.id)) rows.set(g.id, { kind: "group", name: g.label });

  const leads = new Map<string, string[]>();
  const coordinates = new Map<string, string[]>();
  const requested = new Map<string, string[]>();
  const focal = new Set<string>(plan.focalPoint ? [plan.focalPoint.ref] : []);
  const add = (map: Map<string, string[]>, ref: string, id: string) => {
    const list = map.get(ref) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(ref, list);
  };
  for (const task of planTasks(plan)) {
    for (const a of task.assignees) {
      if (!rows.has(a.ref)) rows.set(a.ref, { kind: "unknown", name: a.wording ?? a.ref });
      if (a.role === "lead") add(leads, a.ref, task.id);
      else if (a.role === "coordinating") add(coordinates, a.ref, task.id);
      else if (a.role === "requested") add(requested, a.ref, task.id);
      else focal.add(a.ref);
    }
  }
  if (plan.focalPoint && !rows.has(plan.focalPoint.ref)) {
    rows.set(plan.focalPoint.ref, { kind: "unknown", name: plan.focalPoint.wording ?? plan.focalPoint.ref });
  }

  const rank = { office: 0, group: 1, unknown: 2 } as const;
  return [...rows]
    .map(([ref, { kind, name }], i) => ({ i, row: { ref, kind, name } }))
    .sort((a, b) => rank[a.row.kind] - rank[b.row.kind] || a.i - b.i)
    .map(({ row }) => {
      const leadActivities = leads.get(row.ref) ?? [];
      const coordinatingActivities = coordinates.get(row.ref) ?? [];
      const requestedActivities = requested.get(row.ref) ?? [];
      return {
        ...row,
        leads: leadActivities.length,
        coordinates: coordinatingActivities.length,
        requested: requestedActivities.length,
        leadActivities,
        coordinatingActivities,
        requestedActivities,
        focalPoint: focal.has(row.ref),
      };
    });
}
