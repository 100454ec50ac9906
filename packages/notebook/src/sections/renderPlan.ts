import {
  channels,
  formatIssue,
  type Language,
  type LineRange,
  type Plan,
  planTasks,
  themes,
  validatePlan,
  vocabulary,
} from "@parcomms/core";
import { codeLabel } from "../_lib/codeLabel";
import { escalationItems } from "../_lib/escalationItems";
import { linesFor } from "../_lib/linesFor";
import { sourceLines } from "../_lib/sourceLines";
import { textItemsTable } from "../_lib/textItemsTable";
import { h } from "../dom/h";
import type { ExportTable } from "../export/toCsv";
import { t } from "../i18n/t";
import { dataTable } from "../ui/dataTable";
import { exportBar } from "../ui/exportBar";

const fieldId = (pointer: string) => `field${pointer.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0)}`)}`;

/** Every field of a value as nested, collapsible lists; each node's id comes from its JSON Pointer. */
function fieldTree(value: unknown, pointer: string, label: string, open: boolean): HTMLElement {
  if (value === null || typeof value !== "object") {
    return h(
      "div",
      { class: "leaf", id: fieldId(pointer), "data-path": pointer, tabindex: -1 },
      h("span", { class: "key" }, label),
      h("span", { class: `val ${typeof value}` }, value === null ? "null" : String(value)),
    );
  }
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value as Record<string, unknown>);
  return h(
    "details",
    { id: fieldId(pointer), open },
    h(
      "summary",
      { "data-path": pointer },
      h("span", { class: "key" }, label),
      h("span", { class: "count" }, Array.isArray(value) ? ` [${value.length}]` : ""),
    ),
    h(
      "div",
      { class: "children" },
      entries.map(([k, v]) =>
        fieldTree(v, `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`, k, false),
      ),
    ),
  );
}

/**
 * One plan in full, for the plan section: its issuer, its validation issues
 * (core's `validatePlan`, messages by `formatIssue`) each linked to the field
 * and to the highlighted lines of the original document, its pieces of work,
 * whom to tell when problems arise, its content and forms items with their
 * headings, and every field.
 *
 * @param language - "vi" or "en"
 * @param plan - the plan
 * @returns the view's element
 * @example
 * result.replaceChildren(await renderPlan("vi", plan003));
 */
export async function renderPlan(language: Language, plan: Plan): Promise<HTMLElement> {
  const source = await sourceView(language, plan);

  /** A button that shows the given lines in the source text, when there are both. */
  function sourceButton(lines: LineRange | undefined) {
    if (!lines || !source) return null;
    return h(
      "button",
      { type: "button", class: "link", onclick: () => source.highlight(lines) },
      t(language, "plan.goToSource", { lines: `${lines.start}–${lines.end}` }),
    );
  }

  const tree = h("div", { class: "field-tree" }, fieldTree(plan, "", plan.id, true));
  const goToField = (pointer: string) => {
    const target = tree.querySelector<HTMLElement>(`#${CSS.escape(fieldId(pointer))}`);
    if (!target) return;
    for (let p: HTMLElement | null = target; p && p !== tree; p = p.parentElement)
      if (p instanceof HTMLDetailsElement) p.open = true;
    for (const e of Array.from(tree.querySelectorAll(".target"))) e.classList.remove("target");
    target.classList.add("target");
    const focusable = target instanceof HTMLDetailsElement ? target.querySelector("summary") : target;
    focusable?.scrollIntoView({ block: "center" });
    focusable?.focus({ preventScroll: true });
  };

  const { issues } = validatePlan(plan);
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  const issueList = h(
    "ol",
    { class: "issues" },
    issues.map((issue) => {
      const lines = linesFor(plan, issue.path);
      return h(
        "li",
        { class: `issue ${issue.severity}`, "data-code": issue.code },
        h("span", { class: `sev ${issue.severity}` }, t(language, `plan.severity.${issue.severity}`)),
        h("span", { class: "msg" }, formatIssue(issue, language)),
        h("code", { class: "code" }, issue.code),
        h(
          "span",
          { class: "links" },
          h(
            "button",
            { type: "button", class: "link", onclick: () => goToField(issue.path) },
            t(language, "plan.goToField", { path: issue.path || "/" }),
          ),
          sourceButton(lines),
        ),
      );
    }),
  );

  const tasks = planTasks(plan);
  const namesOf = (role: "lead" | "requested", assignees: readonly { ref: string; role: string }[]) =>
    assignees
      .filter((x) => x.role === role)
      .map(
        (x) =>
          plan.offices.find((o) => o.id === x.ref)?.name ??
          plan.assigneeGroups.find((g) => g.id === x.ref)?.label ??
          x.ref,
      )
      .join(", ");
  const activities: ExportTable = {
    columns: [
      { key: "ref", label: t(language, "plan.origin") },
      { key: "title", label: t(language, "plan.activity") },
      { key: "themes", label: t(language, "plan.themes") },
      { key: "channels", label: t(language, "plan.channels") },
      { key: "lead", label: t(language, "plan.lead") },
      { key: "requested", label: t(language, "plan.requested") },
      { key: "when", label: t(language, "plan.when") },
      { key: "lines", label: t(language, "plan.source") },
    ],
    // Each piece of work once: a block's sub-tasks under its ref with their letter, their own
    // assignees and dates where they differ from the block's (planTasks resolves the rest).
    rows: tasks.map((a) => ({
      ref: a.subtask?.ref ? `${a.origin.ref} ${a.subtask.ref})` : a.origin.ref,
      title: a.subtask
        ? `${a.title} — ${a.subtask.ref ? `${a.subtask.ref}) ` : ""}${a.subtask.text}`
        : a.title,
      themes: a.themes.map((c) => codeLabel(themes.entries, c, language)).join("; "),
      channels: a.channels.map((c) => codeLabel(channels.entries, c, language)).join("; "),
      lead: namesOf("lead", a.assignees),
      requested: namesOf("requested", a.assignees),
      when: a.timeframe?.raw ?? "",
      lines: a.origin.lines ? `${a.origin.lines.start}–${a.origin.lines.end}` : "",
    })),
  };
  // The last column of a table (its source lines) becomes a button that highlights them.
  const linkLines = (table: HTMLElement, lines: readonly (LineRange | undefined)[]) => {
    if (!source) return table;
    table.querySelectorAll("tbody tr").forEach((tr, i) => {
      const range = lines[i];
      if (!range) return;
      const cell = tr.lastElementChild;
      cell?.replaceChildren(
        h(
          "button",
          { type: "button", class: "link", onclick: () => source.highlight(range) },
          cell.textContent ?? "",
        ),
      );
    });
    return table;
  };
  const activityTable = linkLines(
    dataTable(activities, t(language, "plan.activities", { count: tasks.length })),
    tasks.map((task) => task.origin.lines),
  );
  // Content and forms items with their headings (Về …:) apart from their text.
  const itemTables = (["content", "forms"] as const).map((kind) => {
    const items = kind === "content" ? plan.contentItems : plan.formsItems;
    const caption = t(language, kind === "content" ? "plan.contentItems" : "plan.formsItems", {
      count: items.length,
    });
    return [
      h("h4", {}, caption),
      linkLines(
        h("div", { class: `plan-items ${kind}` }, dataTable(textItemsTable(plan, kind, language), caption)),
        items.map((item) => item.lines),
      ),
    ];
  });
  // Who is told when problems arise (escalation), each passage with its source lines.
  const escalation = escalationItems(plan, language);
  const escalationView =
    escalation.length === 0
      ? h("p", { class: "hint plan-escalation" }, t(language, "plan.escalationNone"))
      : h(
          "ul",
          { class: "plan-escalation" },
          escalation.map((item) => {
            const lines = item.lines;
            return h("li", {}, h("span", { class: "msg" }, item.sentence), sourceButton(lines));
          }),
        );

  return h(
    "div",
    { class: "plan-view", "data-plan": plan.id },
    // A draft may leave its title, issuer or the issuer's tier blank: shown as "(chưa rõ)", never guessed.
    h("h3", {}, plan.title ?? t(language, "value.unknown")),
    h(
      "p",
      { class: "hint" },
      t(language, "plan.issuer", {
        issuer: plan.issuer
          ? (plan.issuer.wording ?? t(language, `plan.issuerBody.${plan.issuer.body}`))
          : t(language, "value.unknown"),
        body: plan.issuer ? t(language, `plan.issuerBody.${plan.issuer.body}`) : t(language, "value.unknown"),
        level: plan.issuer?.level
          ? vocabulary.levels[plan.issuer.level].long[language]
          : t(language, "value.unknown"),
      }),
    ),
    plan.provenance.synthetic
      ? h("p", { class: "synthetic-banner" }, t(language, "data.syntheticBanner"))
      : null,
    h(
      "div",
      { class: "plan-grid" },
      h(
        "div",
        { class: "plan-main" },
        h("h4", {}, t(language, "plan.issues")),
        h(
          "p",
          { class: "hint" },
          issues.length === 0
            ? t(language, "plan.noIssues")
            : t(language, "plan.issueCount", {
                errors: count("error"),
                warnings: count("warning"),
                infos: count("info"),
              }),
        ),
        issueList,
        h("h4", {}, t(language, "plan.activities", { count: tasks.length })),
        activityTable,
        exportBar(language, {
          name: `hoat-dong-${plan.id}`,
          what: plan.title ?? plan.id,
          table: activities,
          json: plan,
        }),
        h("h4", {}, t(language, "plan.escalation")),
        escalationView,
        itemTables.flat(),
        h("h4", {}, t(language, "plan.fields")),
        tree,
      ),
      h(
        "div",
        { class: "plan-source" },
        h("h4", {}, t(language, "plan.source")),
        source?.element ?? h("p", { class: "hint" }, t(language, "plan.sourceNone")),
      ),
    ),
  );
}

/** The original document with numbered lines, and a way to highlight a range. */
async function sourceView(
  language: Language,
  plan: Plan,
): Promise<{ element: HTMLElement; highlight: (lines: LineRange) => void } | undefined> {
  const seeds = await import("../lazy/seeds");
  if (plan.provenance.synthetic || !seeds.SEED_FILES.includes(plan.provenance.document)) return undefined;
  const lines = sourceLines(seeds.seedText(plan.provenance.document));
  const pre = h(
    "pre",
    {
      class: "source",
      tabindex: 0,
      "aria-label": `${t(language, "plan.source")}: ${plan.provenance.document}`,
    },
    lines.map((line, i) =>
      h(
        "span",
        { class: "line", "data-line": i + 1 },
        h("span", { class: "ln", "aria-hidden": "true" }, String(i + 1)),
        line,
        "\n",
      ),
    ),
  );
  const highlight = (range: LineRange) => {
    for (const e of Array.from(pre.querySelectorAll(".hl"))) e.classList.remove("hl");
    for (let n = range.start; n <= range.end; n++)
      pre.querySelector(`[data-line="${n}"]`)?.classList.add("hl");
    const first = pre.querySelector<HTMLElement>(`[data-line="${range.start}"]`);
    if (first) pre.scrollTop = first.offsetTop - pre.clientHeight / 3;
  };
  return { element: h("div", {}, h("p", { class: "hint" }, plan.provenance.document), pre), highlight };
}
