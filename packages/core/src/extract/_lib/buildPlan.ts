import { foldText } from "../../_lib/fold";
import { matchAudiences } from "../../classify/matchAudiences";
import type { Budget } from "../../model/Budget";
import { eraOn } from "../../model/Era";
import type { LegalReference } from "../../model/LegalReference";
import { PLAN_SCHEMA_VERSION, type Plan } from "../../model/Plan";
import { parseLegalReferences } from "../../parse/parseLegalReferences";
import { parseTimeframe } from "../../parse/parseTimeframe";
import { parseVietnameseDate } from "../../parse/parseVietnameseDate";
import { assignmentActivities, formsActivities, tableActivities } from "./buildActivities";
import { buildContentItems, buildFormsItems, buildTextItems } from "./buildItems";
import type { ExtractionContext } from "./context";
import { joinLines } from "./joinLines";
import { prepareLines, type SourceLine } from "./prepareLines";
import { pruneUnnamedReferences } from "./pruneUnnamedReferences";
import { readAppendixTable } from "./readAppendixTable";
import { readClosing } from "./readClosing";
import { readHeader } from "./readHeader";
import { readUnit } from "./readUnit";
import { createOfficeResolver } from "./resolveOffices";
import { type Section, splitSections, type Topic } from "./splitSections";

const APPENDIX = /^phu luc\b/;
/** Text that may cite a document: a symbol ("31/KH-", "04-NQ/"), or a name ending on a period ("năm 2024", "giai đoạn"). */
const MAY_CITE = /\d\s*[/-]\s*\p{Lu}|Đề án|năm \d{4}|giai đoạn/iu;
const KEM_THEO =
  /Kèm theo\s+(?:Kế hoạch|Quyết định)\s+số\s*(\d*)\s*\/\s*([\p{Lu}Đ-]+)\s*,?\s*(ngày[^)]*?)(?:\s+của\s+([^)]*))?\)?$/u;

function yearOf(text: string | undefined): number | undefined {
  const m = text ? /(?:năm|giai đoạn)\s+(\d{4})/iu.exec(text) : null;
  return m?.[1] ? Number(m[1]) : undefined;
}

/** "giai đoạn 2022 - 2025", "năm 2019 – 2020", any dash, with "định hướng đến năm 2030" as the horizon. */
const YEARS_IN_TITLE =
  /(?:giai đoạn|năm)\s+(\d{4})\s*[-\u2010-\u2015\u2212]\s*(\d{4})(?:\s*[,;]?\s*(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?(\d{4}))?/iu;

function periodOf(title: string | undefined): Plan["period"] | undefined {
  const range = title ? YEARS_IN_TITLE.exec(title.normalize("NFC")) : null;
  // A range whose end is before its start is not read: the period falls back as when none is named.
  if (range?.[1] && range[2] && Number(range[2]) >= Number(range[1])) {
    const horizon = range[3] ? Number(range[3]) : undefined;
    return {
      start: range[1],
      end: range[2],
      ...(horizon !== undefined && horizon > Number(range[2]) ? { horizon } : {}),
    };
  }
  const year = yearOf(title);
  return year ? { start: String(year), end: String(year) } : undefined;
}

function mostFrequentYear(lines: readonly SourceLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(/năm (\d{4})/gu)) {
      const y = Number(m[1]);
      if (y >= 1945 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > (counts.get(best) ?? 0)) best = y;
  return best;
}

function of(sections: readonly Section[], topic: Topic): Section[] {
  return sections.filter((s) => s.topic === topic);
}

function budgetOf(sections: readonly Section[]): Budget | undefined {
  const blocks = sections.flatMap((s) => s.items);
  if (blocks.length === 0) return undefined;
  const text = blocks.map((b) => b.text).join("\n");
  const f = foldText(text);
  const sources: Budget["sources"] = [];
  if (/ngan sach nha nuoc/.test(f)) sources.push("state-budget");
  if (/(?:kinh phi|ngan sach) (?:cai cach hanh chinh|cchc)/.test(f)) sources.push("reform-budget");
  if (/kinh phi thuong xuyen|chi thuong xuyen/.test(f)) sources.push("recurrent-budget");
  if (/ngan sach (?:cua )?(?:thanh pho|xa|phuong|huyen|tinh|don vi|co quan)|du toan ngan sach cua/.test(f))
    sources.push("unit-budget");
  if (/(?:ubnd|ngan sach) (?:cac )?(?:phuong, xa|xa, phuong|xa, thi tran|cap xa|cap duoi)/.test(f))
    sources.push("lower-unit-budgets");
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const start = sections[0]?.heading?.lines.start ?? first?.lines.start ?? 1;
  return { sources, estimateBy: [], submittedTo: [], text, lines: { start, end: last?.lines.end ?? start } };
}

/**
 * Reads a whole plan. May throw on a bug; {@link extractPlan} wraps it.
 *
 * @param text - the document text
 * @param sourceName - the document's name, for provenance
 * @param ctx - collects elements and issues
 */
export function buildPlan(text: string, sourceName: string, ctx: ExtractionContext): Plan {
  const lines = prepareLines(text);
  const header = readHeader(lines);
  const appendixIndex = (() => {
    for (let i = header.bodyStart; i < lines.length; i++) {
      const line = lines[i] as SourceLine;
      if (!line.blank && APPENDIX.test(line.foldedHead) && line.text.length < 200) return i;
    }
    return lines.length;
  })();
  const closing = readClosing(lines, header.bodyStart, appendixIndex);
  const closingIndex =
    closing.recipientsHeading !== undefined
      ? lines.findIndex((l) => l.n === closing.recipientsHeading)
      : closing.signatory?.lines
        ? lines.findIndex((l) => l.n === closing.signatory?.lines?.start)
        : appendixIndex;
  const appendixLines = lines.slice(appendixIndex);
  const kemTheo = appendixLines.map((l) => KEM_THEO.exec(l.text.replace(/^\(/, "").trim())).find(Boolean);

  const title = header.title?.text;
  const period =
    periodOf(title) ??
    (header.issueDate
      ? { start: String(header.issueDate.date.year), end: String(header.issueDate.date.year) }
      : undefined);
  const fallbackYear = mostFrequentYear(lines) ?? 2000;
  if (!period) ctx.issue("extract.header.period-missing", { year: fallbackYear });
  const planPeriod = period ?? { start: String(fallbackYear), end: String(fallbackYear) };
  const year = Number(planPeriod.end.slice(0, 4));

  const table = readAppendixTable(lines, year);
  const bodyLines = lines.slice(header.bodyStart, closingIndex >= 0 ? closingIndex : appendixIndex);
  const blocks = joinLines(bodyLines, table?.consumed);
  const sections = splitSections(blocks);
  const preamble = (sections[0]?.items ?? []).map((b) => b.text).join(" ");
  const closingText = sections
    .find((s) => s.topic === "closing")
    ?.items.map((b) => b.text)
    .join(" ");

  const reading = readUnit(
    {
      organisationLines: header.organisationLines.map((l) => l.text),
      ...(header.issuerLine ? { issuerLine: header.issuerLine.text } : {}),
      preamble,
      ...(title ? { title } : {}),
      ...(kemTheo?.[4] ? { appendix: kemTheo[4] } : {}),
      ...(closingText ? { closing: closingText } : {}),
    },
    year,
  );
  let issueDate = header.issueDate?.date;
  if (!issueDate && kemTheo?.[3]) {
    const parsed = parseVietnameseDate(kemTheo[3]);
    if (parsed.ok && parsed.value.kind === "date") issueDate = parsed.value.date;
  }
  const eraDate = issueDate
    ? `${issueDate.year}-${String(issueDate.month ?? 1).padStart(2, "0")}-${String(issueDate.day ?? 1).padStart(2, "0")}`
    : `${year}-01-01`;
  const era = eraOn(eraDate);
  // A central body (a ministry) has no unit; any other unread unit is a placeholder, with an issue.
  if (!reading.unit && !reading.central) ctx.issue("extract.header.unit-missing");
  const unit: Plan["unit"] = reading.unit
    ? { ...reading.unit, era, match: "not-checked" }
    : reading.central
      ? undefined
      : { name: "không xác định", kind: "xa", level: "commune", era, parents: [], match: "not-checked" };

  // References: basis from the preamble, cited ones from the rest of the text and its footnotes.
  const references: LegalReference[] = [];
  const seen = new Set<string>();
  const addReferences = (
    source: string,
    role: LegalReference["role"],
    range: { start: number; end: number },
  ) => {
    // parseLegalReferences is costly: only text that MAY_CITE can hold a reference.
    if (!MAY_CITE.test(source)) return;
    const parsed = parseLegalReferences(source, { role, unnumbered: true });
    if (!parsed.ok) return;
    for (const reference of parsed.value) {
      const key = reference.symbol ?? foldText(reference.raw ?? "");
      if (!key || seen.has(key)) continue;
      if (reference.symbol && !reference.number) continue;
      seen.add(key);
      references.push({ ...reference, lines: range });
    }
  };
  for (const block of sections[0]?.items ?? []) addReferences(block.text, "basis", block.lines);
  for (const section of sections.slice(1)) {
    if (section.topic === "closing") continue;
    for (const block of section.items) addReferences(block.text, "cited", block.lines);
  }
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] as SourceLine).footnote) continue;
    const start = (lines[i] as SourceLine).n;
    const parts: string[] = [];
    for (; i < lines.length && (lines[i] as SourceLine).footnote; i++)
      parts.push((lines[i] as SourceLine).text);
    addReferences(parts.join(" "), "cited", { start, end: start + parts.length - 1 });
  }
  const kept = pruneUnnamedReferences(references, title ?? "", unit?.name ?? "");
  references.splice(0, references.length, ...kept);
  for (const [i, r] of references.entries())
    ctx.element(`/references/${i}`, r.lines, r.role === "basis" ? 0.85 : r.number === undefined ? 0.6 : 0.7);
  // A parent plan is cited by its number: a plan named without one is too vague to be the parent.
  const parent = references.find(
    (r) =>
      r.role === "basis" &&
      r.number !== undefined &&
      (r.type === "ke-hoach" || r.type === "quyet-dinh") &&
      /tuyen truyen/.test(foldText(`${r.title ?? ""} ${r.raw ?? ""}`)),
  );
  if (parent) parent.role = "parent-plan";
  if (references.length === 0) ctx.issue("extract.references.none");
  else if (!parent) ctx.issue("extract.references.no-parent");

  const purposes = buildTextItems(of(sections, "purposes"), "p", "/purposes", ctx);
  const requirements = buildTextItems(of(sections, "requirements"), "r", "/requirements", ctx);
  const audienceBlocks = of(sections, "audiences").flatMap((s) => s.items);
  const audienceStatement = audienceBlocks.length
    ? {
        id: "audience",
        text: audienceBlocks.map((b) => b.text).join("\n"),
        lines: {
          start: (audienceBlocks[0] as (typeof audienceBlocks)[number]).lines.start,
          end: (audienceBlocks[audienceBlocks.length - 1] as (typeof audienceBlocks)[number]).lines.end,
        },
      }
    : undefined;
  const audiences = matchAudiences(
    audienceStatement?.text ?? [...purposes, ...requirements].map((i) => i.text).join("\n"),
  );
  const contentItems = buildContentItems(of(sections, "content"), ctx);
  const formsSections = of(sections, "forms");
  const formsEntries = buildFormsItems(formsSections, ctx);
  for (const [topic, label] of [
    ["content", "nội dung / content"],
    ["forms", "hình thức / forms"],
    ["assignments", "tổ chức thực hiện / assignments"],
  ] as const) {
    if (of(sections, topic).length === 0) ctx.issue("extract.section.missing", { section: label });
  }

  const resolver = createOfficeResolver();
  const inputs = { year, resolver, ctx };
  const activities = formsActivities(formsEntries, formsSections[0]?.romanRef, inputs);
  const assigned = assignmentActivities(of(sections, "assignments"), inputs);
  activities.push(...assigned.activities);
  if (table) {
    activities.push(...tableActivities(table.rows, inputs));
    for (const row of table.missing) ctx.issue("extract.table.row-missing", { row });
    const guessed = table.rows.filter((r) => r.confidence < 0.9).length;
    if (guessed > 0) ctx.issue("extract.table.cells-guessed", { rows: guessed });
  }
  for (const [i, activity] of activities.entries()) {
    const confidence =
      activity.origin.section === "appendix-row" ? (table?.rows[0]?.confidence ?? 0.6) : 0.75;
    ctx.element(`/activities/${i}`, activity.origin.lines, confidence);
    for (const [j] of activity.assignees.entries())
      ctx.element(`/activities/${i}/assignees/${j}`, activity.origin.lines, confidence * 0.9);
  }

  const timeSection = of(sections, "timeframe").flatMap((s) => s.items);
  let timeframe: Plan["timeframe"];
  if (timeSection.length > 0) {
    const timeText = timeSection.map((b) => b.text).join(" ");
    const parsed = parseTimeframe(timeText, { year });
    const range = {
      start: (timeSection[0] as (typeof timeSection)[number]).lines.start,
      end: (timeSection[timeSection.length - 1] as (typeof timeSection)[number]).lines.end,
    };
    if (parsed.ok) {
      timeframe = { timeframe: parsed.value, text: timeText, lines: range };
      ctx.element("/timeframe", range, 0.8);
    } else ctx.issue("extract.timeframe.unreadable", { text: timeText.slice(0, 80) }, range);
  }
  const budget = budgetOf(of(sections, "budget"));
  if (budget) ctx.element("/budget", budget.lines, 0.7);

  if (!title) ctx.issue("extract.header.title-missing");
  if (!header.number && !kemTheo) ctx.issue("extract.header.number-missing");
  if (!header.issueDate && !kemTheo) ctx.issue("extract.header.date-missing");
  if (!closing.signatory) ctx.issue("extract.signatory.missing");
  if (closing.recipients.length === 0) ctx.issue("extract.recipients.missing");

  const numberValue =
    header.number?.value ??
    (kemTheo ? kemTheo[1] || { notStated: true as const, raw: `Số /${kemTheo[2]}` } : undefined);
  const symbol = header.number?.symbol ?? kemTheo?.[2];
  const date = issueDate;
  if (header.title) ctx.element("/title", header.title.lines, 0.9);
  if (header.number) ctx.element("/number", header.number.lines, 0.95);
  if (header.issueDate) ctx.element("/issueDate", header.issueDate.lines, 0.9);
  if (header.place) ctx.element("/place", header.place.lines, 0.85);
  if (closing.signatory?.lines) ctx.element("/signatory", closing.signatory.lines, 0.85);
  for (const [i, r] of closing.recipients.entries()) ctx.element(`/recipients/${i}`, r.lines, 0.9);

  const id = (sourceName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "") || "extracted").trim();
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    title: title ?? "(không có tiêu đề)",
    documentType: header.documentType,
    ...(unit ? { unit } : {}),
    issuer: reading.issuer,
    period: planPeriod,
    ...(numberValue !== undefined ? { number: numberValue } : {}),
    ...(symbol ? { symbol } : {}),
    ...(date ? { issueDate: date } : {}),
    ...(header.place ? { place: header.place.text } : {}),
    status: header.draft ? "draft" : "issued",
    references,
    purposes,
    requirements,
    audiences,
    ...(audienceStatement ? { audienceStatement } : {}),
    contentItems,
    formsItems: formsEntries.map((e) => e.item),
    activities,
    offices: resolver.offices(),
    assigneeGroups: resolver.groups(),
    ...(assigned.focalPoint ? { focalPoint: assigned.focalPoint } : {}),
    ...(timeframe ? { timeframe } : {}),
    ...(budget ? { budget } : {}),
    reporting: assigned.reporting,
    targets: [],
    ...(closing.signatory ? { signatory: closing.signatory } : {}),
    recipients: closing.recipients,
    provenance: {
      document: sourceName,
      lines: { start: 1, end: Math.max(1, lines.length) },
      method: "extracted",
      synthetic: false,
    },
  };
}
