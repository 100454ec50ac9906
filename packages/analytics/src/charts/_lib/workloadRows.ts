import { type OfficeWorkloadRow, officeWorkload, type Plan, planTasks } from "@parcomms/core";

/** A row of `officeWorkload` with the pieces of work the body is requested (đề nghị) to take part in. */
export interface WorkloadRow extends OfficeWorkloadRow {
  /** Number of pieces of work it is requested to take part in (đề nghị): neither lead nor coordinating. */
  readonly requested: number;
  /** Their ids, in plan order. */
  readonly requestedActivities: readonly string[];
}

/**
 * Each office's and group's workload over the plan's pieces of work
 * (`planTasks`: a block's sub-tasks in place of the block), with lead,
 * coordinating and requested apart. Core's `officeWorkload` rows are taken
 * as they are when they count `requested`; a core that does not yet is
 * recounted here from `planTasks`, keeping its rows' order, kinds and names
 * (a requested body is then not mistaken for a focal point).
 */
export function workloadRows(plan: Plan): WorkloadRow[] {
  const core = officeWorkload(plan);
  if (core.every((r) => typeof (r as Partial<WorkloadRow>).requested === "number")) {
    return core.map((r) => ({
      ...r,
      requestedActivities: (r as Partial<WorkloadRow>).requestedActivities ?? [],
    })) as WorkloadRow[];
  }
  const ids = {
    lead: new Map<string, string[]>(),
    coordinating: new Map<string, string[]>(),
    requested: new Map<string, string[]>(),
  };
  const focal = new Set<string>(plan.focalPoint ? [plan.focalPoint.ref] : []);
  const names = new Map<string, string>();
  for (const task of planTasks(plan)) {
    for (const a of task.assignees) {
      if (!names.has(a.ref)) names.set(a.ref, a.wording ?? a.ref);
      if (a.role === "focal-point") {
        focal.add(a.ref);
        continue;
      }
      const list = ids[a.role].get(a.ref) ?? [];
      if (!list.includes(task.id)) list.push(task.id);
      ids[a.role].set(a.ref, list);
    }
  }
  const rows = core.map((r) => r as OfficeWorkloadRow);
  for (const [ref, name] of names) {
    if (!rows.some((r) => r.ref === ref)) {
      rows.push({
        ref,
        kind: "unknown",
        name,
        leads: 0,
        coordinates: 0,
        leadActivities: [],
        coordinatingActivities: [],
        focalPoint: false,
      });
    }
  }
  return rows.map((r) => {
    const leadActivities = ids.lead.get(r.ref) ?? [];
    const coordinatingActivities = ids.coordinating.get(r.ref) ?? [];
    const requestedActivities = ids.requested.get(r.ref) ?? [];
    return {
      ...r,
      leads: leadActivities.length,
      coordinates: coordinatingActivities.length,
      requested: requestedActivities.length,
      leadActivities,
      coordinatingActivities,
      requestedActivities,
      focalPoint: focal.has(r.ref),
    };
  });
}
