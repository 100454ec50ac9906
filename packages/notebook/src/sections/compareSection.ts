import { compareUnits } from "@parcomms/analytics";
import type { GsoCode, Language, UnitSuccessor } from "@parcomms/core";
import { plansKey } from "../_lib/plansKey";
import { h } from "../dom/h";
import type { ExportTable } from "../export/toCsv";
import { t } from "../i18n/t";
import { unitsIfLoaded } from "../lazy/loadUnits";
import { dataTable } from "../ui/dataTable";
import { exportBar } from "../ui/exportBar";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";

/**
 * Section 3: the chosen plans side by side (analytics' `compareUnits`), rows
 * that differ between plans marked, with CSV and JSON export. When the units
 * list is loaded, a 2024 unit and its 2025 successor are paired.
 *
 * @example
 * compareSection("vi").element
 */
export function compareSection(language: Language): Section {
  const result = h("div", {});
  const element = section(
    "compare",
    t(language, "compare.title"),
    t(language, "compare.intro"),
    null,
    result,
  );
  let successors: ((code: GsoCode) => readonly UnitSuccessor[]) | undefined;
  const update = (context: Context) => {
    if (context.plans.length === 0) {
      result.replaceChildren(h("p", { class: "empty" }, t(language, "units.noneHint")));
      return;
    }
    // Pairing needs the admin-unit lists; they are not loaded for this (the first view stays small),
    // but used once the completeness section or a "→ 2025" button has loaded them.
    successors ??= unitsIfLoaded()?.successorsOf;
    const comparison = compareUnits(context.plans, { language, ...(successors ? { successors } : {}) });
    const table: ExportTable = {
      columns: [
        { key: "measure", label: t(language, "compare.measure") },
        ...comparison.columns.map((c) => ({
          key: c.planId,
          // Drafts read from a plan's text are marked wherever they show.
          label: context.selected.some((e) => e.id === c.planId && e.draft)
            ? `${c.label} (${t(language, "data.draftShort")})`
            : c.label,
        })),
      ],
      rows: comparison.rows.map((row) => ({
        measure: row.label,
        ...Object.fromEntries(row.cells.map((cell) => [cell.planId, cell.label])),
      })),
    };
    const view = dataTable(table, t(language, "compare.title"));
    // Mark the rows whose values differ between the plans.
    view.querySelectorAll("tbody tr").forEach((tr, i) => {
      if (comparison.rows[i]?.differs) tr.classList.add("differs");
    });
    result.replaceChildren(
      view,
      comparison.pairs.length > 0
        ? h(
            "p",
            { class: "hint" },
            comparison.pairs
              .map((p) => {
                const from = comparison.columns.find((c) => c.planId === p.from)?.label ?? p.from;
                const to = comparison.columns.find((c) => c.planId === p.to)?.label ?? p.to;
                return `${from} → ${to}`;
              })
              .join("; "),
          )
        : "",
      exportBar(language, { name: "so-sanh", what: t(language, "compare.title"), table, json: comparison }),
    );
  };
  // Pairing 2024 and 2025 units needs the unit lists: redraw once they are loaded.
  const key = (context: Context) => `${plansKey(context.plans)}|${unitsIfLoaded() ? "paired" : ""}`;
  return { element, update, key };
}
