import type { Language } from "@parcomms/core";
import { h } from "../dom/h";
import { setChildren } from "../dom/setChildren";
import { t } from "../i18n/t";
import { section } from "../ui/section";
import type { Context, Section } from "./Context";
import { entryLabel } from "./unitsSection";

/**
 * Section 10: one plan in full: its validation issues (core's `validatePlan`,
 * messages by `formatIssue`) each linked to the field and to the highlighted
 * lines of the original document, every field, its activities, whom to tell
 * when problems arise (escalation), and its content and forms items with
 * their headings.
 *
 * @example
 * planSection("vi", context).element
 */
export function planSection(language: Language, initial: Context): Section {
  let context = initial;
  const select = h("select", { id: "plan-choose" });
  select.addEventListener("change", () => context.set({ plan: select.value }));
  const controls = h(
    "div",
    { class: "field" },
    h("label", { for: "plan-choose" }, t(language, "plan.choose")),
    select,
  );
  const result = h("div", {});
  const element = section("plan", t(language, "plan.title"), t(language, "plan.intro"), controls, result);
  let shownId = "";

  const update = async (next: Context) => {
    context = next;
    const options = next.selected.length > 0 ? next.selected : next.entries.slice(0, 50);
    const wanted =
      next.state.plan && next.entries.some((e) => e.id === next.state.plan)
        ? next.state.plan
        : options[0]?.id;
    const choices = options.some((e) => e.id === wanted)
      ? options
      : [...options, ...next.entries.filter((e) => e.id === wanted)];
    setChildren(
      select,
      choices.map((e) => h("option", { value: e.id }, entryLabel(language, e))),
    );
    if (!wanted) {
      shownId = "";
      result.replaceChildren(h("p", { class: "empty" }, t(language, "plan.none")));
      return;
    }
    select.value = wanted;
    if (wanted === shownId && result.childElementCount > 0) return;
    const [plan] = await next.store.plans([wanted]);
    if (!plan) return;
    shownId = wanted;
    // The view is its own chunk: a visitor who never opens a plan does not load it.
    const { renderPlan } = await import("./renderPlan");
    result.replaceChildren(await renderPlan(language, plan));
  };
  return { element, update, lazy: true };
}
