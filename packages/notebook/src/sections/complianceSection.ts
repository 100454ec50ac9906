import {
  type Codelist,
  type ComplianceCheck,
  channels,
  childCompliance,
  complianceMessage,
  type Language,
  themes,
} from "@parcomms/core";
import { plansKey } from "../_lib/plansKey";
import { parentEntry } from "../data/parentEntry";
import { h } from "../dom/h";
import type { ExportTable } from "../export/toCsv";
import { t } from "../i18n/t";
import { dataTable } from "../ui/dataTable";
import { exportBar } from "../ui/exportBar";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";

const KINDS = ["themes", "channels", "quotas", "reporting", "deadline"] as const;

/**
 * A check in the interface language. Theme and channel checks are worded here
 * with the codelists' labels; the others come from core's message catalogue
 * (`complianceMessage`, keyed by the check's stable codes).
 */
function worded(
  language: Language,
  kind: (typeof KINDS)[number],
  check: ComplianceCheck,
): { requirement: string; reason: string } {
  const codelist: Codelist | undefined =
    kind === "themes" ? themes : kind === "channels" ? channels : undefined;
  if (!codelist) {
    return {
      requirement: complianceMessage(check.requirementCode, check.params, language),
      reason: complianceMessage(check.reasonCode, check.params, language),
    };
  }
  const label = (code: string) => codelist.entries.find((e) => e.code === code)?.label[language] ?? code;
  const requirement = label(check.requirement);
  const reason =
    check.status === "met"
      ? t(language, "compliance.codeMet", { codes: check.evidence.map((c) => `“${label(c)}”`).join(", ") })
      : t(language, "compliance.codeNotMet", { code: `“${requirement}”` });
  return { requirement, reason };
}

/**
 * Section 9: each chosen plan against its parent plan when that is open
 * (core's `childCompliance`): one row per requirement, met or not, and why.
 *
 * @example
 * complianceSection("vi").element
 */
export function complianceSection(language: Language): Section {
  const result = h("div", {});
  const element = section(
    "compliance",
    t(language, "compliance.title"),
    t(language, "compliance.intro"),
    null,
    result,
  );
  const update = async (context: Context) => {
    const pairs = context.selected.flatMap((child) => {
      const parent = parentEntry(child, context.entries);
      return parent ? [{ child, parent }] : [];
    });
    if (pairs.length === 0) {
      result.replaceChildren(h("p", { class: "empty" }, t(language, "compliance.none")));
      return;
    }
    const parents = await context.store.plans(pairs.map((p) => p.parent.id));
    const summaries: HTMLElement[] = [];
    const rows: Record<string, string>[] = [];
    for (const { child, parent } of pairs) {
      const childPlan = context.plans.find((p) => p.id === child.id);
      const parentPlan = parents.find((p) => p.id === parent.id);
      if (!childPlan || !parentPlan) continue;
      const report = childCompliance(childPlan, parentPlan);
      summaries.push(
        h(
          "li",
          { "data-plan": child.id },
          t(language, "compliance.summary", {
            child: `${child.unit} ${child.year ?? t(language, "value.unknown")}`,
            parent: `${parent.unit} ${parent.year ?? t(language, "value.unknown")}`,
            met: report.summary.met,
            notMet: report.summary["not-met"],
            na: report.summary["not-applicable"],
          }),
        ),
      );
      for (const kind of KINDS) {
        const checks: ComplianceCheck[] = Array.isArray(report[kind])
          ? (report[kind] as ComplianceCheck[])
          : [report[kind] as ComplianceCheck];
        for (const check of checks)
          rows.push({
            child: `${child.unit} ${child.year ?? t(language, "value.unknown")}`,
            parent: parent.unit,
            kind: t(language, `compliance.${kind}`),
            ...worded(language, kind, check),
            status: t(language, `compliance.${check.status}`),
          });
      }
    }
    const table: ExportTable = {
      columns: [
        { key: "child", label: t(language, "compliance.child") },
        { key: "parent", label: t(language, "compliance.parentPlan") },
        { key: "kind", label: t(language, "compliance.kind") },
        { key: "requirement", label: t(language, "compliance.check") },
        { key: "status", label: t(language, "compliance.status") },
        { key: "reason", label: t(language, "compliance.reason") },
      ],
      rows,
    };
    result.replaceChildren(
      h("ul", { class: "summary-list" }, summaries),
      h(
        "details",
        {},
        h("summary", {}, t(language, "chart.showTable")),
        dataTable(table, t(language, "compliance.title")),
      ),
      exportBar(language, { name: "tuan-thu", what: t(language, "compliance.title"), table }),
    );
  };
  // Parents may appear as more data opens (synthetic provinces arrive in batches).
  const key = (context: Context) => `${plansKey(context.plans)}|${context.entries.length}`;
  return { element, update, key };
}
