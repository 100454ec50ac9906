import { foldVietnamese, type Language } from "@parcomms/core";
import type { PlanEntry } from "../data/PlanEntry";
import { h } from "../dom/h";
import { setChildren } from "../dom/setChildren";
import { t } from "../i18n/t";
import { loadUnits } from "../lazy/loadUnits";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";

/** Most units listed at once; the filters narrow the rest. */
const SHOWN = 150;

const LEVELS = ["province", "district", "commune"] as const;
const ERAS = ["three-tier", "two-tier"] as const;

function badge(language: Language, entry: PlanEntry): HTMLElement | HTMLElement[] {
  const key =
    entry.origin === "synthetic"
      ? "data.syntheticBadge"
      : entry.origin === "own"
        ? "data.ownBadge"
        : "data.realBadge";
  const origin = h("span", { class: `badge ${entry.origin}` }, t(language, key));
  if (!entry.draft) return origin;
  return [
    origin,
    h("span", { class: "badge draft", title: t(language, "data.draftHint") }, t(language, "data.draftBadge")),
  ];
}

/** The unit with its year, province and level, as the picker lists it. */
export function entryLabel(language: Language, entry: PlanEntry): string {
  const where = entry.province && entry.province !== entry.unit ? `, ${entry.province}` : "";
  // A draft's unstated year and tier are shown as unknown, never guessed.
  const unknown = t(language, "value.unknown");
  const level = entry.level ? t(language, `level.${entry.level}`) : unknown;
  return `${entry.unit} ${entry.year ?? unknown}${where} · ${level}`;
}

/**
 * Section 2: choosing units, by province, level and era, with a search box
 * that matches names with or without diacritics, the chosen units as chips,
 * and a button that sets a 2024 unit beside its 2025 successor.
 *
 * @example
 * unitsSection("vi", context).element
 */
export function unitsSection(language: Language, initial: Context): Section {
  let context = initial;
  const search = h("input", {
    type: "search",
    id: "unit-search",
    placeholder: t(language, "units.searchPlaceholder"),
    autocomplete: "off",
  });
  search.value = initial.state.query;
  search.addEventListener("input", () => context.set({ query: search.value }));
  const province = h("select", { id: "unit-province" });
  province.addEventListener("change", () => context.set({ province: province.value }));
  const level = h(
    "select",
    { id: "unit-level" },
    h("option", { value: "" }, t(language, "units.any")),
    LEVELS.map((l) => h("option", { value: l }, t(language, `level.${l}`))),
  );
  level.value = initial.state.level;
  level.addEventListener("change", () => context.set({ level: level.value as (typeof LEVELS)[number] | "" }));
  const era = h(
    "select",
    { id: "unit-era" },
    h("option", { value: "" }, t(language, "units.any")),
    ERAS.map((e) => h("option", { value: e }, t(language, `era.${e}`))),
  );
  era.value = initial.state.era;
  era.addEventListener("change", () => context.set({ era: era.value as (typeof ERAS)[number] | "" }));
  const field = (id: string, label: string, input: HTMLElement) =>
    h("div", { class: "field" }, h("label", { for: id }, label), input);

  const count = h("p", { class: "count", "aria-live": "polite" });
  const loading = h("p", { class: "loading-note", hidden: true });
  const chips = h("ul", { class: "chips", "aria-label": t(language, "units.list") });
  const notice = h("p", { class: "notice", "aria-live": "polite" });
  const list = h("ul", { class: "unit-list", id: "unit-list", "aria-label": t(language, "units.list") });
  const more = h("p", { class: "hint" });
  const selectShown = h("button", { type: "button", class: "button small" }, t(language, "units.selectAll"));
  const clear = h("button", { type: "button", class: "button small" }, t(language, "units.clear"));
  let shown: PlanEntry[] = [];
  selectShown.addEventListener("click", () =>
    context.set({ selected: [...new Set([...context.state.selected, ...shown.map((e) => e.id)])] }),
  );
  clear.addEventListener("click", () => context.set({ selected: [] }));

  const controls = h(
    "div",
    {},
    h(
      "div",
      { class: "filters" },
      field("unit-search", t(language, "units.search"), search),
      field("unit-province", t(language, "units.province"), province),
      field("unit-level", t(language, "units.level"), level),
      field("unit-era", t(language, "units.era"), era),
    ),
    count,
    loading,
    chips,
    notice,
  );
  const result = h("div", {}, h("div", { class: "list-actions" }, selectShown, clear), list, more);

  async function addSuccessor(entry: PlanEntry): Promise<void> {
    const { successorsOf } = await loadUnits();
    const codes = new Set(
      entry.code && entry.era
        ? successorsOf({ era: entry.era, code: entry.code }).map((s) => s.code.code)
        : [],
    );
    const found = context.entries.filter((e) => e.era === "two-tier" && e.code && codes.has(e.code));
    if (found.length === 0) {
      notice.textContent = t(language, "units.noSuccessor", { unit: entry.unit });
      return;
    }
    const ids = context.state.selected.filter((id) => !found.some((f) => f.id === id));
    const at = ids.indexOf(entry.id);
    ids.splice(at + 1, 0, ...found.map((f) => f.id)); // bounded-spread: a unit's few successors
    notice.textContent = t(language, "units.successorAdded", {
      unit: entry.unit,
      successors: found.map((f) => f.unit).join(", "),
    });
    context.set({ selected: ids });
  }

  const update = (next: Context) => {
    context = next;
    const { state, entries } = next;
    if (document.activeElement !== search) search.value = state.query;
    // Provinces of the open data, in Vietnamese alphabetical order.
    const provinces = new Map<string, string>();
    for (const e of entries) if (e.province) provinces.set(e.provinceKey, e.province);
    const sorted = [...provinces].sort((a, b) => a[1].localeCompare(b[1], "vi"));
    setChildren(
      province,
      h("option", { value: "" }, t(language, "units.any")),
      sorted.map(([key, label]) => h("option", { value: key }, label)),
    );
    province.value = provinces.has(state.province) ? state.province : "";
    level.value = state.level;
    era.value = state.era;

    const query = foldVietnamese(state.query);
    const matches = entries.filter(
      (e) =>
        (!state.province || e.provinceKey === state.province) &&
        (!state.level || e.level === state.level) &&
        (!state.era || e.era === state.era) &&
        (!query || e.search.includes(query)),
    );
    shown = matches.slice(0, SHOWN);
    const chosen = new Set(state.selected);
    count.textContent = t(language, "units.found", { count: matches.length, selected: next.selected.length });
    const generating = next.state.datasets.flatMap((d) => {
      const s = d === "real" ? undefined : next.store.synthetic.get(d === "syn3" ? "three-tier" : "two-tier");
      return s?.state === "generating" ? [s] : [];
    });
    loading.hidden = generating.length === 0;
    loading.textContent = generating
      .map((s) => t(language, "units.loading", { done: s.done, total: s.total }))
      .join(" ");
    more.textContent = matches.length > SHOWN ? t(language, "units.more", { shown: SHOWN }) : "";
    setChildren(
      list,
      shown.map((entry) => {
        const id = `unit-${entry.id}`;
        const box = h("input", { type: "checkbox", id, value: entry.id, "data-plan": entry.id });
        box.checked = chosen.has(entry.id);
        box.addEventListener("change", () =>
          context.set({
            selected: box.checked
              ? [...context.state.selected, entry.id]
              : context.state.selected.filter((s) => s !== entry.id),
          }),
        );
        return h("li", {}, box, h("label", { for: id }, entryLabel(language, entry)), badge(language, entry));
      }),
    );
    setChildren(
      chips,
      next.selected.length === 0
        ? [h("li", { class: "empty" }, t(language, "units.none"))]
        : next.selected.map((entry) =>
            h(
              "li",
              { class: `chip ${entry.origin}`, "data-plan": entry.id },
              badge(language, entry),
              h("span", {}, `${entry.unit} ${entry.year ?? t(language, "value.unknown")}`),
              entry.era === "three-tier" && entry.code && entry.level !== "district"
                ? h(
                    "button",
                    {
                      type: "button",
                      class: "button small ghost",
                      "aria-label": t(language, "units.successorOf", { unit: entry.unit }),
                      onclick: () => void addSuccessor(entry),
                    },
                    `→ 2025`,
                  )
                : null,
              h(
                "button",
                {
                  type: "button",
                  class: "chip-remove",
                  "aria-label": `${t(language, "data.remove")} ${entry.unit}`,
                  onclick: () =>
                    context.set({ selected: context.state.selected.filter((s) => s !== entry.id) }),
                },
                "×",
              ),
            ),
          ),
    );
  };

  const element = section("units", t(language, "units.title"), t(language, "units.intro"), controls, result);
  return { element, update };
}
