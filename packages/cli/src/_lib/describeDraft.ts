import { unitLabels } from "@parcomms/analytics";
import {
  type Activity,
  channels,
  formatMessage,
  isNotStated,
  type Language,
  type LocalizedText,
  type Plan,
  planLevel,
  planTasks,
  themes,
  vocabulary,
} from "@parcomms/core";
import type { PlanExtraction } from "@parcomms/core/extract";
import { cliText } from "./cliText";
import { truncateToWidth } from "./displayWidth";
import { draftMessages } from "./messages/draftMessages";
import { renderTextTable } from "./renderTextTable";

/** Widths (terminal columns) the activity table cuts titles and lead offices to; --json has them whole. */
const TITLE_WIDTH = 60;
const LEAD_WIDTH = 48;

type Words = Readonly<Record<string, LocalizedText>>;

const text = (code: keyof typeof draftMessages) => cliText(draftMessages, code, {});
const { words } = vocabulary;

const W = {
  title: text("cli.draft.title"),
  unit: words.unit.one,
  issuer: text("cli.draft.issuer"),
  number: text("cli.draft.number"),
  date: text("cli.draft.date"),
  period: text("cli.draft.period"),
  signatory: text("cli.draft.signatory"),
  references: text("cli.draft.references"),
  parent: text("cli.draft.parent"),
  counts: text("cli.draft.counts"),
  activities: words.activity.many,
  themes: words.theme.many,
  channels: words.channel.many,
  timeframe: text("cli.draft.timeframe"),
  none: text("cli.draft.none"),
  notFound: text("cli.draft.not-found"),
  blank: text("cli.draft.blank"),
} as const satisfies Words;

const SECTIONS = {
  purposes: text("cli.draft.section.purposes"),
  requirements: text("cli.draft.section.requirements"),
  audiences: text("cli.draft.section.audiences"),
  contentItems: text("cli.draft.section.content-items"),
  formsItems: text("cli.draft.section.forms-items"),
  activities: words.activity.many,
  offices: words.office.many,
  assigneeGroups: text("cli.draft.section.assignee-groups"),
  reporting: text("cli.draft.section.reporting"),
  recipients: text("cli.draft.section.recipients"),
} as const satisfies Words;

const ORIGINS: Readonly<Record<Activity["origin"]["section"], LocalizedText>> = {
  "forms-item": text("cli.draft.origin.forms-item"),
  "appendix-row": text("cli.draft.origin.appendix-row"),
  assignment: text("cli.draft.origin.assignment"),
  "content-item": text("cli.draft.origin.content-item"),
  other: text("cli.draft.origin.other"),
};

const COLUMNS = {
  ref: text("cli.draft.column.ref"),
  title: words.activity.one,
  lead: text("cli.draft.column.lead"),
  time: text("cli.draft.column.time"),
  lines: text("cli.draft.column.lines"),
  confidence: text("cli.draft.column.confidence"),
  code: text("cli.draft.column.code"),
  label: text("cli.draft.column.label"),
  count: text("cli.draft.column.count"),
} as const satisfies Words;

/**
 * A draft plan read from a plan's text, for a person: the header fields, the
 * number of items in each section, each activity with its lead office, time,
 * lines and the extractor's confidence, the themes and channels with how many
 * activities name them, and the average confidence.
 */
export function describeDraft(
  extraction: PlanExtraction,
  language: Language,
  options: { readonly maxWidth?: number } = {},
): string {
  const { plan, elements } = extraction;
  const say = (words: LocalizedText) => words[language];
  const confidenceOf = new Map(elements.map((e) => [e.path, e.confidence]));
  const out: string[] = [];
  const field = (label: LocalizedText, value: string) => out.push(`  ${say(label).padEnd(18)} ${value}`);
  out.push(formatMessage(draftMessages, "cli.draft.heading", { id: plan.id }, language));
  // A field the text does not state is shown as such, never filled: "(chưa rõ)" / "(unknown)".
  const unknown = `(${say(vocabulary.values.unknown)})`;
  field(W.title, plan.title ?? unknown);
  // A central body's plan (Bộ Nội vụ) has no unit: "Trung ương", at its issuer's level.
  const level = planLevel(plan);
  field(
    W.unit,
    `${unitLabels(plan, language).unit} (${level ? say(vocabulary.levels[level].long) : unknown})`,
  );
  field(W.issuer, plan.issuer ? (plan.issuer.wording ?? plan.issuer.body) : unknown);
  field(W.number, numberOf(plan, language));
  field(W.date, plan.issueDate ? dateOf(plan.issueDate) : say(W.notFound));
  const period = plan.period;
  field(
    W.period,
    period ? (period.start === period.end ? period.start : `${period.start}–${period.end}`) : unknown,
  );
  field(W.signatory, signatoryOf(plan) ?? say(W.notFound));
  const parent = plan.references.find((r) => r.role === "parent-plan");
  const parentText = parent ? `; ${say(W.parent)}: ${parent.symbol ?? parent.title ?? ""}`.trimEnd() : "";
  field(W.references, `${plan.references.length}${parentText}`);
  out.push("", `${say(W.counts)}:`);
  const counts = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map(
    (key) => `${say(SECTIONS[key])} ${plan[key].length}`,
  );
  out.push(`  ${counts.join(", ")}`);
  const byOrigin = new Map<string, number>();
  // Pieces of work, counted once: a block's sub-tasks in place of the block.
  const tasks = planTasks(plan);
  for (const a of tasks) byOrigin.set(a.origin.section, (byOrigin.get(a.origin.section) ?? 0) + 1);
  if (byOrigin.size > 0) {
    const parts = [...byOrigin].map(
      ([section, n]) => `${say(ORIGINS[section as Activity["origin"]["section"]])} ${n}`,
    );
    out.push(`  ${say(W.activities)}: ${parts.join(", ")}`);
  }
  out.push("", `${say(W.activities)} (${tasks.length}):`);
  const blockIndex = new Map(plan.activities.map((a, i) => [a.id, i]));
  const rows = tasks.map((a) => {
    const i = blockIndex.get(a.activityId) ?? 0;
    const j = a.subtask ? (plan.activities[i]?.subtasks ?? []).indexOf(a.subtask) : -1;
    const confidence =
      (j >= 0 ? confidenceOf.get(`/activities/${i}/subtasks/${j}`) : undefined) ??
      confidenceOf.get(`/activities/${i}`);
    return {
      ref: a.subtask?.ref ? `${a.origin.ref} ${a.subtask.ref})` : a.origin.ref,
      // A sub-task is named by its own text: the block's title is the same for all of them.
      title: truncateToWidth(a.subtask?.text ?? a.title, TITLE_WIDTH),
      lead: truncateToWidth(leadOf(plan, a) ?? "—", LEAD_WIDTH),
      time: a.timeframe?.raw ?? a.frequency?.raw ?? (a.timeframe ? a.timeframe.kind : "—"),
      lines: a.origin.lines ? `${a.origin.lines.start}–${a.origin.lines.end}` : "",
      confidence: round(confidence),
    };
  });
  const keys = ["ref", "title", "lead", "time", "lines", "confidence"] as const;
  const table = renderTextTable(
    { columns: keys.map((key) => ({ key, label: say(COLUMNS[key]) })), rows },
    { ...options, empty: say(W.none) },
  );
  for (const item of table
    .trimEnd()
    .split("\n")
    .map((line) => `  ${line}`))
    out.push(item);
  for (const key of ["themes", "channels"] as const) {
    const lines = codeCounts(plan, key, language);
    const codes = Math.max(0, lines.length - 2);
    out.push("", `${say(W[key])} (${codes}):`);
    for (const item of lines.length ? lines : [`  ${say(W.none)}`]) out.push(item);
  }
  out.push("");
  if (plan.timeframe) out.push(`${say(W.timeframe)}: ${plan.timeframe.text}`);
  const all = elements.map((e) => e.confidence);
  const mean = all.length === 0 ? 0 : all.reduce((a, b) => a + b, 0) / all.length;
  // toFixed: the figures keep their two decimals and a point, as in the --json output.
  const confidence = {
    mean: mean.toFixed(2),
    count: all.length,
    lowest: all.reduce((m, v) => Math.min(m, v), 1).toFixed(2),
  };
  out.push(formatMessage(draftMessages, "cli.draft.confidence", confidence, language));
  return `${out.join("\n")}\n`;
}

function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 100) / 100;
}

function numberOf(plan: Plan, language: Language): string {
  if (plan.number === undefined) return W.notFound[language];
  const number = isNotStated(plan.number) ? W.blank[language] : plan.number;
  return plan.symbol ? `${number} / ${plan.symbol}` : number;
}

function dateOf(date: NonNullable<Plan["issueDate"]>): string {
  const two = (n: number | undefined) => (n === undefined ? "..." : String(n).padStart(2, "0"));
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

function signatoryOf(plan: Plan): string | undefined {
  const s = plan.signatory;
  if (!s) return undefined;
  const name = typeof s.name === "string" ? s.name : "…";
  return s.title ? `${name} (${s.form === "direct" ? "" : `${s.form} `}${s.title})` : name;
}

/** The lead office or group of an activity, by its name in the plan. */
function leadOf(plan: Plan, activity: Omit<Activity, "subtasks">): string | undefined {
  const names = activity.assignees
    .filter((a) => a.role === "lead")
    .map(
      (a) =>
        plan.offices.find((o) => o.id === a.ref)?.name ??
        plan.assigneeGroups.find((g) => g.id === a.ref)?.label ??
        a.wording ??
        a.ref,
    );
  return names.length === 0 ? undefined : names.join("; ");
}

/** One line per code the activities name, most used first: "  procedures  Cải cách thủ tục hành chính  ×3". */
function codeCounts(plan: Plan, key: "themes" | "channels", language: Language): string[] {
  const list = key === "themes" ? themes : channels;
  const counts = new Map<string, number>();
  for (const a of planTasks(plan)) for (const code of a[key]) counts.set(code, (counts.get(code) ?? 0) + 1);
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => ({
      code,
      label: list.entries.find((e) => e.code === code)?.label[language] ?? "",
      n,
    }));
  if (rows.length === 0) return [];
  const table = renderTextTable({
    columns: [
      { key: "code", label: COLUMNS.code[language] },
      { key: "label", label: COLUMNS.label[language] },
      { key: "n", label: COLUMNS.count[language] },
    ],
    rows,
  });
  return table
    .trimEnd()
    .split("\n")
    .map((line) => `  ${line}`);
}
