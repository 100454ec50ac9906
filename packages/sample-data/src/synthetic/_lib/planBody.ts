import type { AdminUnit, AssigneeGroup, Era, Office, UnitKind } from "@parcomms/core";
import { OFFICE_TABLES } from "./officeTables";
import { sharedCache } from "./shared";
import { kindWord, kindWords, unitLabel } from "./unitWords";

/** Ids of the assignee groups every generated plan may have. */
export const GROUP_IDS = {
  subordinate: "ubnd-cap-duoi",
  own: "co-quan-don-vi",
  related: "lien-quan",
  massOrganisations: "to-chuc-ct-xh",
} as const;

const officeLists = sharedCache<Office[]>();
const groupLists = sharedCache<AssigneeGroup[]>();

/** The offices of a unit's plan: those of its level in its era, named for the unit (shared and frozen). */
export function officesFor(unit: AdminUnit, era: Era): Office[] {
  const templates = OFFICE_TABLES[`${era}:${unit.level}`];
  const byName = templates.some(
    (t) => t.name.includes("{name}") || t.aliases.some((a) => a.includes("{name}")),
  );
  return officeLists([era, unit.level, unit.kind, byName ? unit.name : ""], () => makeOffices(unit, era));
}

function makeOffices(unit: AdminUnit, era: Era): Office[] {
  const fill = (text: string) =>
    text.replaceAll("{kind}", kindWord(unit.kind)).replaceAll("{name}", unit.name);
  return OFFICE_TABLES[`${era}:${unit.level}`].map((t) => ({
    id: t.id,
    name: fill(t.byUnitKind?.[unit.kind] ?? t.name),
    kind: t.kind,
    aliases: t.aliases.map(fill),
    ...(t.note ? { note: t.note } : {}),
  }));
}

/**
 * The assignee groups of a unit's plan: the units below it ("UBND các xã,
 * phường, thị trấn", when it has any), its own offices, those concerned,
 * and the mass organisations (shared and frozen).
 */
export function assigneeGroupsFor(unit: AdminUnit, childKinds: ReadonlySet<UnitKind>): AssigneeGroup[] {
  return groupLists([unit.level, unit.kind, ...[...childKinds].sort()], () => makeGroups(unit, childKinds));
}

function makeGroups(unit: AdminUnit, childKinds: ReadonlySet<UnitKind>): AssigneeGroup[] {
  const groups: AssigneeGroup[] = [];
  if (childKinds.size > 0) {
    groups.push({
      id: GROUP_IDS.subordinate,
      label: `UBND các ${kindWords(childKinds)}`,
      aliases: [`UBND các ${kindWords(childKinds)} trực thuộc`],
      members: "units",
      scope: "subordinate",
      unitKinds: [...childKinds].sort(),
    });
  }
  const own =
    unit.level === "province"
      ? `Các sở, ban, ngành ${kindWord(unit.kind)}`
      : unit.level === "district"
        ? `Các cơ quan, đơn vị ${kindWord(unit.kind)}`
        : `Các ban, ngành, đoàn thể ${kindWord(unit.kind)}`;
  groups.push(
    { id: GROUP_IDS.own, label: own, aliases: [], members: "offices", scope: "own" },
    {
      id: GROUP_IDS.related,
      label: "Các cơ quan, đơn vị liên quan",
      aliases: [],
      members: "offices",
      scope: "related",
    },
    {
      id: GROUP_IDS.massOrganisations,
      label: `Các tổ chức chính trị - xã hội ${kindWord(unit.kind)}`,
      aliases: [],
      members: "mass-organisations",
      scope: "all",
    },
  );
  return groups;
}

/** The title of a unit's plan, in one of the wordings the real plans use (000:3-5, 001:9, 002:3-5). */
export function planTitle(unit: AdminUnit, year: number, variant: number): string {
  const where = unitLabel(unit);
  switch (variant % 3) {
    case 0:
      return `Tuyên truyền cải cách hành chính năm ${year} trên địa bàn ${where}`;
    case 1:
      return `Tuyên truyền cải cách hành chính nhà nước ${where} năm ${year}`;
    default:
      return `Thông tin, tuyên truyền cải cách hành chính năm ${year} trên địa bàn ${where}`;
  }
}
