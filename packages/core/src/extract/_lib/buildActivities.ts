import { foldText } from "../../_lib/fold";
import { matchAudiences } from "../../classify/matchAudiences";
import { matchChannels } from "../../classify/matchChannels";
import type { Activity, SubTask } from "../../model/Activity";
import type { Assignee } from "../../model/Assignee";
import type { Quota } from "../../model/Frequency";
import type { LineRange } from "../../model/LineRange";
import type { Reporting } from "../../model/Reporting";
import type { Timeframe } from "../../model/Timeframe";
import { parseFrequency } from "../../parse/parseFrequency";
import { parseReportingCadence } from "../../parse/parseReportingCadence";
import { parseTimeframe } from "../../parse/parseTimeframe";
import type { FormsEntry } from "./buildItems";
import type { ExtractionContext } from "./context";
import { coordinatingMentions } from "./coordinatingMentions";
import { dropCoveredParents } from "./dropCoveredParents";
import type { Block } from "./joinLines";
import type { TableRow } from "./readAppendixTable";
import { readRunningTime } from "./readRunningTime";
import { readThemes } from "./readThemes";
import { type OfficeResolver, splitAssignees } from "./resolveOffices";
import type { Section } from "./splitSections";

/** What the activity builders share. */
export interface ActivityInputs {
  year: number;
  resolver: OfficeResolver;
  ctx: ExtractionContext;
}

const CONDITION = /\(((?:khi|nếu|trường hợp)[^)]*)\)/iu;
function titleOf(text: string): string {
  const first =
    text
      .replace(/^[-–•]\s*/, "")
      .split(/;|:|\.\s|\n/)[0]
      ?.trim() ?? text;
  const clean = first.replace(/[.,]+$/, "");
  if (clean.length <= 120) return clean || text.slice(0, 120);
  const cut = clean.slice(0, 120);
  return cut.slice(0, Math.max(cut.lastIndexOf(","), cut.lastIndexOf(" "))).trim();
}

function readTime(text: string | undefined, year: number, ctx: ExtractionContext, lines?: LineRange) {
  if (!text) return {};
  const cleaned = text.replace(/[.;]+$/, "").trim();
  if (!cleaned) return {};
  const timeframe = parseTimeframe(cleaned, { year });
  if (timeframe.ok) return { timeframe: timeframe.value };
  const frequency = parseFrequency(cleaned);
  if (frequency.ok) {
    return frequency.value.kind === "frequency" ? { frequency: frequency.value } : { quota: frequency.value };
  }
  ctx.issue("extract.timeframe.unreadable", { text: cleaned.slice(0, 80) }, lines);
  return {};
}

function timeOf(timeframe: Timeframe | undefined): ReturnType<typeof readTime> {
  return timeframe ? { timeframe } : {};
}

/** `leadRole` "requested" for a block that asks rather than assigns ("Đề nghị Ủy ban MTTQ …"). */
function assigneesOf(
  lead: readonly string[],
  coordinating: readonly string[],
  resolver: OfficeResolver,
  leadRole: "lead" | "requested" = "lead",
): Assignee[] {
  const out: Assignee[] = [];
  for (const [role, texts] of [
    [leadRole, lead],
    ["coordinating", coordinating],
  ] as const) {
    for (const text of texts) {
      for (const wording of splitAssignees(text)) {
        const ref = resolver.resolve(wording);
        if (ref && !out.some((a) => a.ref === ref.ref && a.role === role)) out.push({ ...ref, role });
      }
    }
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.;])\s+|\n/).filter((s) => s.trim() !== "");
}

function quotasOf(text: string): { quotas: Quota[]; frequency?: Activity["frequency"] } {
  const quotas: Quota[] = [];
  let frequency: Activity["frequency"];
  for (const sentence of sentencesOf(text)) {
    const f = foldText(sentence);
    if (
      !/it nhat|toi thieu|toi da|moi (?:tuan|thang|quy)|hang (?:tuan|thang|quy)|lan\s*\/|\d+ (?:tin|bai|ky|lan)/.test(
        f,
      )
    )
      continue;
    const parsed = parseFrequency(sentence);
    if (!parsed.ok) continue;
    if (parsed.value.kind === "quota") quotas.push(parsed.value);
    else frequency ??= parsed.value;
  }
  return { quotas, ...(frequency ? { frequency } : {}) };
}

function makeActivity(
  base: {
    id: string;
    description: string;
    origin: Activity["origin"];
    assignees: Assignee[];
    kindOf: OfficeResolver["kindOf"];
  },
  time: ReturnType<typeof readTime>,
  extra: Partial<Activity> = {},
): Activity {
  const subject = [base.description, ...(extra.products ?? [])].join("\n");
  // A lead that is itself a medium ("Đài truyền thanh xã", "Báo Tây Ninh") carries the task on its own channel.
  const leads = base.assignees
    .filter((a) => a.role === "lead" && a.wording && MEDIA_KINDS.has(base.kindOf(a.ref)))
    .map((a) => a.wording ?? "");
  const condition = CONDITION.exec(base.description)?.[1];
  const found = quotasOf(base.description);
  const quotas = [...found.quotas, ...(time.quota ? [time.quota] : [])];
  const frequency = time.frequency ?? found.frequency;
  return {
    id: base.id,
    title: titleOf(base.description),
    description: base.description,
    // Products say what the task makes ("Niêm yết công khai TTHC"), so they count for themes and channels.
    themes: readThemes(subject),
    channels: dropCoveredParents(matchChannels([subject, ...leads].join("\n"))),
    audiences: matchAudiences(base.description),
    assignees: base.assignees,
    ...(time.timeframe ? { timeframe: time.timeframe } : {}),
    ...(frequency ? { frequency } : {}),
    quotas,
    products: [],
    targets: [],
    ...(condition ? { condition } : {}),
    origin: base.origin,
    ...extra,
  };
}

/** Activities of the forms items that name who does them (000's "Bộ phận thực hiện"). */
export function formsActivities(
  entries: readonly FormsEntry[],
  romanRef: string | undefined,
  inputs: ActivityInputs,
): Activity[] {
  const out: Activity[] = [];
  for (const entry of entries) {
    if (!entry.lead && !entry.coordinating) continue;
    const ref = [romanRef, entry.item.ref].filter(Boolean).join(".") || entry.item.id;
    const leadText = entry.lead?.text ?? "";
    const condition = CONDITION.exec(leadText)?.[1];
    const assignees = assigneesOf(
      leadText ? [leadText.replace(CONDITION, "")] : [],
      entry.coordinating ? [entry.coordinating.text] : [],
      inputs.resolver,
    );
    const lines = { start: entry.item.lines?.start ?? entry.block.lines.start, end: entry.end };
    const time = readTime(entry.time?.text, inputs.year, inputs.ctx, lines);
    out.push(
      makeActivity(
        {
          id: `a-forms-item-${ref}`,
          description: entry.item.text,
          origin: { section: "forms-item", ref, lines },
          assignees,
          kindOf: inputs.resolver.kindOf,
        },
        time,
        condition ? { condition } : {},
      ),
    );
  }
  return out;
}

/** Office kinds that are themselves a medium of communication. */
const MEDIA_KINDS: ReadonlySet<string> = new Set(["radio-station", "press-broadcaster"]);
const REQUEST = /^(?:Đề nghị|Kính đề nghị|Đề xuất)\s+/u;
const OFFICE_END = /^(.{2,140}?)\s*:\s*(.*)$/su;
const VERB_SPLIT =
  /^(.{2,100}?)\s+(?=(?:chủ trì|có trách nhiệm|phối hợp|tham mưu|hướng dẫn|thực hiện)\b)(.*)$/su;

/** The assignments under "Tổ chức thực hiện": one activity per office block, with reporting and focal point. */
export function assignmentActivities(
  sections: readonly Section[],
  inputs: ActivityInputs,
): {
  activities: Activity[];
  reporting: Reporting[];
  focalPoint?: { ref: string; wording?: string; lines: LineRange };
} {
  const activities: Activity[] = [];
  const reporting: Reporting[] = [];
  let focalPoint: { ref: string; wording?: string; lines: LineRange } | undefined;
  for (const section of sections) {
    const blocks = section.items;
    const top = blocks.find((b) => b.marker.kind === "decimal" || b.marker.kind === "letter");
    if (!top) continue;
    const key = (b: Block) => `${b.marker.kind}${b.marker.depth}`;
    const groups: { head: Block; children: Block[] }[] = [];
    for (const block of blocks) {
      if (key(block) === key(top)) groups.push({ head: block, children: [] });
      else groups[groups.length - 1]?.children.push(block);
    }
    for (const group of groups) {
      const head = group.head;
      let office = head.text;
      let rest = "";
      const colon = OFFICE_END.exec(head.text);
      const verb = VERB_SPLIT.exec(head.text);
      if (colon?.[1] && colon[1].split(" ").length <= 25) {
        office = colon[1];
        rest = colon[2] ?? "";
      } else if (head.text.length > 100 && verb?.[1]) {
        office = verb[1];
        rest = verb[2] ?? "";
      }
      const description = [
        rest,
        ...group.children.map((c) =>
          c.marker.kind === "bullet"
            ? `- ${c.text}`
            : c.marker.kind === "letter"
              ? `${c.marker.ref}) ${c.text}`
              : c.text,
        ),
      ]
        .filter((s) => s.trim() !== "")
        .join("\n");
      // "Đề nghị Ủy ban MTTQ …": a body outside the issuer's authority is asked (requested), not
      // assigned; the request's verb is not part of the name.
      const requested = REQUEST.test(office);
      office = office.replace(REQUEST, "");
      const ref = [section.romanRef, head.marker.ref].filter(Boolean).join(".");
      const lines = {
        start: head.lines.start,
        end: (group.children[group.children.length - 1] ?? head).lines.end,
      };
      // Lettered tasks a), b) … directly under the block are its sub-tasks: each keeps its own
      // date and coordinating offices; the block keeps what its own words state.
      const letters = group.children.filter((c) => c.marker.kind === "letter");
      const split = letters.length >= 2 && letters.length === group.children.length;
      const id = `a-assignment-${ref}`;
      const assignees = assigneesOf(
        [office],
        coordinatingMentions(split ? rest : description),
        inputs.resolver,
        requested ? "requested" : "lead",
      );
      if (!requested && !assignees.some((a) => a.role === "lead"))
        inputs.ctx.issue("extract.activity.no-lead", { ref }, lines);
      const text = description || office;
      const subtasks = split
        ? letters.map((c): SubTask => {
            const timeframe = readRunningTime(c.text, inputs.year);
            const coordinating = assigneesOf([], coordinatingMentions(c.text), inputs.resolver);
            return {
              id: `${id}.${c.marker.ref}`,
              ...(c.marker.ref ? { ref: c.marker.ref } : {}),
              text: c.text,
              lines: c.lines,
              ...(timeframe ? { timeframe } : {}),
              ...(coordinating.length > 0 ? { assignees: [...assignees, ...coordinating] } : {}),
            };
          })
        : undefined;
      const activity = makeActivity(
        {
          id,
          description: text,
          origin: { section: "assignment", ref, lines },
          assignees,
          kindOf: inputs.resolver.kindOf,
        },
        timeOf(readRunningTime(split ? rest : text, inputs.year)),
      );
      activities.push(subtasks ? { ...activity, subtasks } : activity);
      const lead = assignees.find((a) => a.role === "lead");
      const folded = foldText(text);
      if (lead && !focalPoint && /dau moi|co quan thuong truc|thuong truc to chuc/.test(folded)) {
        focalPoint = { ref: lead.ref, ...(lead.wording ? { wording: lead.wording } : {}), lines };
      }
      // Only a block that speaks of reports has sentences worth folding one by one.
      for (const sentence of /bao cao/.test(folded) ? sentencesOf(text) : []) {
        if (!/bao cao/.test(foldText(sentence))) continue;
        const cadences = parseReportingCadence(sentence);
        if (!cadences.ok) continue;
        reporting.push({
          cadences: cadences.value,
          reporters: lead ? [{ ref: lead.ref, ...(lead.wording ? { wording: lead.wording } : {}) }] : [],
          to: [],
          text: sentence.replace(/^-\s*/, "").trim(),
          lines,
        });
      }
    }
  }
  return { activities, reporting, ...(focalPoint ? { focalPoint } : {}) };
}

/** One activity per appendix row. */
export function tableActivities(rows: readonly TableRow[], inputs: ActivityInputs): Activity[] {
  return rows.map((row) => {
    const assignees = assigneesOf(row.lead, row.coordinating, inputs.resolver);
    if (!assignees.some((a) => a.role === "lead"))
      inputs.ctx.issue("extract.activity.no-lead", { ref: `row ${row.number}` }, row.lines);
    const time = readTime(row.time, inputs.year, inputs.ctx, row.lines);
    const description = row.task || `row ${row.number}`;
    return makeActivity(
      {
        id: `a-appendix-row-${row.number}`,
        description,
        origin: { section: "appendix-row", ref: `row ${row.number}`, lines: row.lines },
        assignees,
        kindOf: inputs.resolver.kindOf,
      },
      time,
      { products: row.products.filter((p) => p.trim() !== "") },
    );
  });
}
