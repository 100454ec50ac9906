import { type AdminUnit, type Language, planCompleteness } from "@parcomms/core";
import { h } from "../dom/h";
import { setChildren } from "../dom/setChildren";
import type { ExportTable } from "../export/toCsv";
import { t } from "../i18n/t";
import { loadUnits } from "../lazy/loadUnits";
import { dataTable } from "../ui/dataTable";
import { exportBar } from "../ui/exportBar";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";

/**
 * Section 8: for a parent unit (a chosen unit with units under it, or the
 * parent of a chosen unit), which of its children have a plan in the open
 * data (core's `planCompleteness` over sample-data's `childrenOf`).
 *
 * @example
 * completenessSection("vi", context).element
 */
export function completenessSection(language: Language, initial: Context): Section {
  let context = initial;
  const select = h("select", { id: "completeness-parent" });
  select.addEventListener("change", () => context.set({ parent: select.value }));
  const controls = h(
    "div",
    { class: "field" },
    h("label", { for: "completeness-parent" }, t(language, "completeness.parent")),
    select,
  );
  const result = h("div", {});
  const element = section(
    "completeness",
    t(language, "completeness.title"),
    t(language, "completeness.intro"),
    controls,
    result,
  );
  const update = async (next: Context) => {
    context = next;
    const units = await loadUnits();
    // Candidate parents: each chosen unit that has units under it, and the parent of each chosen unit.
    const candidates = new Map<string, AdminUnit>();
    for (const entry of next.selected) {
      if (!entry.code || !entry.era) continue;
      const unit = units.findUnit({ era: entry.era, code: entry.code });
      if (!unit) continue;
      if (units.childrenOf(unit.code).length > 0) candidates.set(`${unit.code.era}:${unit.code.code}`, unit);
      const parent = unit.parent ? units.findUnit(unit.parent) : undefined;
      if (parent) candidates.set(`${parent.code.era}:${parent.code.code}`, parent);
    }
    setChildren(
      select,
      [...candidates].map(([key, unit]) =>
        h("option", { value: key }, `${unit.name} (${t(language, `era.${unit.code.era}`)})`),
      ),
    );
    const key = candidates.has(next.state.parent) ? next.state.parent : ([...candidates.keys()][0] ?? "");
    select.value = key;
    select.disabled = candidates.size === 0;
    const parent = candidates.get(key);
    if (!parent) {
      result.replaceChildren(h("p", { class: "empty" }, t(language, "completeness.noParent")));
      return;
    }
    const children = units.childrenOf(parent.code);
    const codes = new Set(children.map((c) => c.code.code));
    const ids = next.entries
      .filter((e) => e.era === parent.code.era && e.code && codes.has(e.code))
      .map((e) => e.id);
    const plans = await next.store.plans(ids);
    // The first chosen plan that states its year (a draft may not); 2024 when none does, as before.
    const year = next.selected.find((e) => e.year !== undefined)?.year ?? 2024;
    const report = planCompleteness(parent.code, children, plans, String(year));
    const rate = report.rate === undefined ? "—" : `${Math.round(report.rate * 1000) / 10}%`;
    const table: ExportTable = {
      columns: [
        { key: "unit", label: t(language, "completeness.unit") },
        { key: "code", label: "GSO" },
        { key: "status", label: t(language, "completeness.status") },
        { key: "plans", label: t(language, "completeness.plans") },
      ],
      rows: report.units.map((u) => ({
        unit: u.name,
        code: u.code.code,
        status: t(language, `completeness.${u.status}`),
        plans: u.plans.join(", "),
      })),
    };
    result.replaceChildren(
      h(
        "p",
        { class: "summary" },
        t(language, "completeness.summary", {
          parent: `${parent.name} ${year}`,
          hasPlan: report.hasPlan,
          expected: report.expected,
          rate,
        }),
      ),
      h(
        "div",
        { class: "meter", role: "img", "aria-label": rate },
        h("span", { style: `width:${(report.rate ?? 0) * 100}%` }),
      ),
      dataTable(table, t(language, "completeness.title")),
      exportBar(language, { name: "day-du", what: t(language, "completeness.title"), table, json: report }),
    );
  };
  const key = (next: Context) =>
    `${next.selected.map((e) => e.id).join(",")}|${next.state.parent}|${next.entries.length}`;
  return { element, update, lazy: true, key };
}
