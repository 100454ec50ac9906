import type { Assignee, Plan } from "@parcomms/core";
import { nameKey } from "./text";

/** An assignee resolved in its plan: every name key it goes by, its kind, and a label for reports. */
export interface Party {
  readonly names: ReadonlySet<string>;
  /** Office kind, or "group:<members>:<scope>" for an assignee group; undefined when unknown or "other". */
  readonly kind: string | undefined;
  readonly label: string;
}

/** Resolves an assignee's ref to the office or assignee group of its plan. */
export function partyOf(plan: Plan, assignee: Assignee): Party {
  const office = plan.offices.find((o) => o.id === assignee.ref);
  const group = office ? undefined : plan.assigneeGroups.find((g) => g.id === assignee.ref);
  const wordings = [
    ...(office ? [office.name, ...office.aliases] : []),
    ...(group ? [group.label, ...group.aliases] : []),
    ...(assignee.wording ? [assignee.wording] : []),
  ];
  if (wordings.length === 0) wordings.push(assignee.ref);
  const kind = office
    ? office.kind === "other"
      ? undefined
      : office.kind
    : group
      ? `group:${group.members}:${group.scope}`
      : undefined;
  return {
    names: new Set(wordings.map(nameKey)),
    kind,
    label: office?.name ?? group?.label ?? assignee.wording ?? assignee.ref,
  };
}

/**
 * How well two parties agree: 2 when they share a name (after folding), 1
 * when only their kind agrees (Phòng VHTT = Phòng Văn hóa và Thông tin),
 * 0 otherwise.
 */
export function partyScore(a: Party, b: Party): number {
  for (const n of a.names) if (b.names.has(n)) return 2;
  return a.kind !== undefined && a.kind === b.kind ? 1 : 0;
}

/** A party's label in quotes, so that names with commas stay apart in a list. */
export const quoted = (p: Party) => `“${p.label}”`;

/** Greedy one-to-one matching of two lists of parties, best score first; returns tp, fp, fn and the labels left over. */
export function matchParties(
  want: readonly Party[],
  have: readonly Party[],
): { tp: number; fp: number; fn: number; missing: string[]; extra: string[] } {
  const candidates: [number, number, number][] = [];
  want.forEach((w, i) => {
    have.forEach((h, j) => {
      const s = partyScore(w, h);
      if (s > 0) candidates.push([s, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedW = new Set<number>();
  const usedH = new Set<number>();
  for (const [, i, j] of candidates) {
    if (usedW.has(i) || usedH.has(j)) continue;
    usedW.add(i);
    usedH.add(j);
  }
  return {
    tp: usedW.size,
    fp: have.length - usedH.size,
    fn: want.length - usedW.size,
    missing: want.filter((_, i) => !usedW.has(i)).map(quoted),
    extra: have.filter((_, j) => !usedH.has(j)).map(quoted),
  };
}
