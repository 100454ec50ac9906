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
import { coordinatingMentions, WORKS_WITH } from "./coordinatingMentions";
import { dropCoveredParents } from "./dropCoveredParents";
import type { Block } from "./joinLines";
import { readMarker } from "./markers";
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

/** The fields a passage's own words give: codes, time, how often, quotas, condition. */
interface WordFields {
  themes: string[];
  channels: string[];
  audiences: string[];
  timeframe?: Timeframe;
  frequency?: Activity["frequency"];
  quotas: Quota[];
  condition?: string;
}

/**
 * Reads `text` for the fields of a task. `leads` are the wordings of the task's lead offices that are
 * themselves a medium ("Đài truyền thanh xã", "Báo Tây Ninh"): the task goes out on their channel.
 * Products say what the task makes ("Niêm yết công khai TTHC"), so they count for themes and channels.
 */
function fieldsOf(
  text: string,
  leads: readonly string[],
  time: ReturnType<typeof readTime>,
  products: readonly string[] = [],
): WordFields {
  const subject = [text, ...products].join("\n");
  const condition = CONDITION.exec(text)?.[1];
  const found = quotasOf(text);
  const frequency = time.frequency ?? found.frequency;
  return {
    themes: readThemes(subject),
    channels: dropCoveredParents(matchChannels([subject, ...leads].join("\n"))),
    audiences: matchAudiences(text),
    ...(time.timeframe ? { timeframe: time.timeframe } : {}),
    ...(frequency ? { frequency } : {}),
    quotas: [...found.quotas, ...(time.quota ? [time.quota] : [])],
    ...(condition ? { condition } : {}),
  };
}

/** Wordings of the leads that are themselves a medium (office kinds in {@link MEDIA_KINDS}). */
function mediaLeads(assignees: readonly Assignee[], kindOf: OfficeResolver["kindOf"]): string[] {
  return assignees
    .filter((a) => a.role === "lead" && a.wording && MEDIA_KINDS.has(kindOf(a.ref)))
    .map((a) => a.wording ?? "");
}

function makeActivity(
  base: {
    id: string;
    description: string;
    /** The words the fields are read from; the description by default. */
    words?: string;
    /** False for a block split into sub-tasks: a medium that leads carries each sub-task, not the block. */
    mediaLeads?: boolean;
    origin: Activity["origin"];
    assignees: Assignee[];
    kindOf: OfficeResolver["kindOf"];
  },
  time: ReturnType<typeof readTime>,
  extra: Partial<Activity> = {},
): Activity {
  const fields = fieldsOf(
    base.words ?? base.description,
    base.mediaLeads === false ? [] : mediaLeads(base.assignees, base.kindOf),
    time,
    extra.products,
  );
  return {
    id: base.id,
    title: titleOf(base.description),
    description: base.description,
    themes: fields.themes,
    channels: fields.channels,
    audiences: fields.audiences,
    assignees: base.assignees,
    ...(fields.timeframe ? { timeframe: fields.timeframe } : {}),
    ...(fields.frequency ? { frequency: fields.frequency } : {}),
    quotas: fields.quotas,
    products: [],
    targets: [],
    ...(fields.condition ? { condition: fields.condition } : {}),
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

/** A body that opens with a request ("Đề nghị phối hợp …", 001:125). */
const BODY_REQUEST = /^(?:Kính\s+)?Đề nghị\s+/u;
/** An introduction to a list of things, not of tasks ("… bằng các hình thức như:"). */
const LISTING_INTRO = /(?:như|gồm|bao gồm)\s*:\s*$/u;
/** Fewest words of a bullet that is a task of its own (a verb and what it acts on). */
const MIN_TASK_WORDS = 4;

/** One task of a split block: its id suffix, printed mark, words and lines. */
interface TaskPiece {
  suffix: string;
  ref?: string;
  text: string;
  lines: LineRange;
}

/**
 * The tasks of an office block when it is a list of them: its children all lettered (a), b) …) or all
 * bullets of at least {@link MIN_TASK_WORDS} words that do not follow "… như:", two or more. Words
 * after the office's colon are a task of their own (suffix "0", 000:137) unless they end in a colon,
 * which makes them an introduction whose words hold for every task (`intro`). Undefined for a block
 * that is one task.
 */
function tasksOf(
  rest: string,
  blocks: readonly Block[],
  headLines: LineRange,
): { intro: string; items: TaskPiece[] } | undefined {
  const children = joinWrappedItems(blocks);
  const kind = children[0]?.marker.kind;
  if (children.length < 2 || (kind !== "letter" && kind !== "bullet")) return undefined;
  if (!children.every((c) => c.marker.kind === kind)) return undefined;
  const leadIn = rest.trim();
  if (kind === "bullet") {
    if (LISTING_INTRO.test(leadIn)) return undefined;
    if (!children.every((c) => c.text.split(/\s+/).filter(Boolean).length >= MIN_TASK_WORDS))
      return undefined;
  }
  const leadInIsTask = leadIn !== "" && !/:\s*$/.test(leadIn);
  const items: TaskPiece[] = children.map((c, i) =>
    kind === "letter"
      ? {
          suffix: c.marker.ref ?? String(i + 1),
          ...(c.marker.ref ? { ref: c.marker.ref } : {}),
          text: c.text,
          lines: c.lines,
        }
      : { suffix: String(i + 1), ref: "-", text: c.text, lines: c.lines },
  );
  return {
    intro: leadInIsTask ? "" : leadIn,
    items: leadInIsTask ? [{ suffix: "0", text: leadIn, lines: headLines }, ...items] : items,
  };
}

/** A sentence that ends: the next paragraph does not continue it. */
const ENDED = /[.;:!?…)"”]\s*$/u;

/**
 * An unmarked paragraph right after an item whose sentence is cut off ("… biên soạn tin bài về công
 * tác" / "CCHC phát thanh …", 004:116–118, a page break) is the rest of that item.
 */
function joinWrappedItems(
  blocks: readonly Block[],
): { marker: Block["marker"]; text: string; lines: LineRange }[] {
  const out: { marker: Block["marker"]; text: string; lines: LineRange }[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (last && block.marker.kind === "plain" && last.marker.kind !== "plain" && !ENDED.test(last.text)) {
      last.text = `${last.text} ${block.text}`;
      last.lines = { start: last.lines.start, end: block.lines.end };
    } else out.push({ marker: block.marker, text: block.text, lines: block.lines });
  }
  return out;
}

/** Whether an assignee is one of the resolver's groups ("các cơ quan, đơn vị liên quan"), not an office. */
function isGroup(resolver: OfficeResolver): (assignee: Assignee) => boolean {
  const groups = new Set(resolver.groups().map((g) => g.id));
  return (assignee) => groups.has(assignee.ref);
}

/** A task whose words, after its marker, open with "Phối hợp (với) …": its subject, the block's office, is the one helping. */
const HELPS_OPENING = new RegExp(`^${WORKS_WITH}\\s`, "u");

/**
 * A sub-task with every field its words can give set explicitly, an empty list where they name none,
 * so that it takes nothing from its block but what the block says for all (its timeframe, frequency
 * and condition, when the sub-task states none): the block's offices and the sub-task's own
 * "phối hợp với …" offices, its own codes, time, frequency and quotas.
 */
function subTaskOf(id: string, task: TaskPiece, block: readonly Assignee[], inputs: ActivityInputs): SubTask {
  const partners = assigneesOf([], coordinatingMentions(task.text), inputs.resolver);
  // "c) Phối hợp với Văn phòng UBND tỉnh đưa …" under "2. Sở Nội vụ" (002:101): the block's office
  // helps, and the office it works with leads that task. Not so with a group ("Phối hợp với các cơ
  // quan, đơn vị liên quan cung cấp thông tin …", 001:113): the block's office does the work with them.
  const helps =
    partners.length > 0 &&
    HELPS_OPENING.test(readMarker(task.text).body) &&
    !partners.some(isGroup(inputs.resolver));
  const assignees: Assignee[] = helps
    ? block.map((a) => (a.role === "lead" ? { ...a, role: "coordinating" } : a))
    : [...block];
  for (const a of partners) {
    if (!assignees.some((b) => b.ref === a.ref)) assignees.push(helps ? { ...a, role: "lead" } : a);
  }
  // the block's own media carry the task even when they help ("Báo …, Đài …: b) Phối hợp với …", 002:133)
  const own = fieldsOf(
    task.text,
    mediaLeads(helps ? block : assignees, inputs.resolver.kindOf),
    timeOf(readRunningTime(task.text, inputs.year)),
  );
  return {
    id,
    ...(task.ref ? { ref: task.ref } : {}),
    text: task.text,
    lines: task.lines,
    themes: own.themes,
    channels: own.channels,
    audiences: own.audiences,
    assignees,
    ...(own.timeframe ? { timeframe: own.timeframe } : {}),
    ...(own.frequency ? { frequency: own.frequency } : {}),
    quotas: own.quotas,
    products: [],
    ...(own.condition ? { condition: own.condition } : {}),
  };
}

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
      // assigned; the request's verb is not part of the name. The request may open the heading
      // (003:261) or the body ("…: Đề nghị phối hợp …", 001:125; "Đề nghị MTTQ Việt Nam phường …", 004:152).
      const requested = REQUEST.test(office) || BODY_REQUEST.test(description);
      office = office.replace(REQUEST, "");
      const ref = [section.romanRef, head.marker.ref].filter(Boolean).join(".");
      const lines = {
        start: head.lines.start,
        end: (group.children[group.children.length - 1] ?? head).lines.end,
      };
      const id = `a-assignment-${ref}`;
      const text = description || office;
      // A block whose items are all tasks (lettered a), b) …, or bullets that are tasks) is split into
      // sub-tasks; each carries what its own words say, the block only what is said once for all.
      const tasks = tasksOf(rest, group.children, head.lines);
      const blockWords = tasks ? tasks.intro : text;
      const role = requested ? "requested" : "lead";
      const assignees = assigneesOf([office], coordinatingMentions(blockWords), inputs.resolver, role);
      if (!requested && !assignees.some((a) => a.role === "lead"))
        inputs.ctx.issue("extract.activity.no-lead", { ref }, lines);
      const subtasks = tasks?.items.map((task) => subTaskOf(`${id}.${task.suffix}`, task, assignees, inputs));
      const activity = makeActivity(
        {
          id,
          description: text,
          words: blockWords,
          mediaLeads: tasks === undefined,
          origin: { section: "assignment", ref, lines },
          assignees,
          kindOf: inputs.resolver.kindOf,
        },
        timeOf(readRunningTime(blockWords, inputs.year)),
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
    for (const text of row.unplaced ?? [])
      inputs.ctx.issue(
        "extract.table.cell-unplaced",
        { row: row.number, text: text.slice(0, 80) },
        row.lines,
      );
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
