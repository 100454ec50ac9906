import type { Plan } from "@parcomms/core";

/** The least plan that parses: what an extractor that reads nothing would return. */
export function emptyPlan(id: string): Plan {
  return {
    schemaVersion: "1.2",
    id,
    title: "(không đọc được / unreadable)",
    documentType: "plan",
    unit: { name: "?", kind: "xa", level: "commune", era: "three-tier", parents: [], match: "not-checked" },
    issuer: { body: "people-committee", level: "commune" },
    period: { start: "2024", end: "2024" },
    status: "draft",
    references: [],
    purposes: [],
    requirements: [],
    audiences: [],
    contentItems: [],
    formsItems: [],
    activities: [],
    offices: [],
    assigneeGroups: [],
    reporting: [],
    targets: [],
    recipients: [],
    provenance: { document: id, method: "extracted", synthetic: false },
  };
}
