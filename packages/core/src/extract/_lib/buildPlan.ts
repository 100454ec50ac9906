import { foldText } from "../../_lib/fold";
import { matchAudiences } from "../../classify/matchAudiences";
import type { Budget } from "../../model/Budget";
import { eraOn } from "../../model/Era";
import type { LegalReference } from "../../model/LegalReference";
import { PLAN_SCHEMA_VERSION, type Plan } from "../../model/Plan";
import type { DocumentKind, IssuingDecision, PlanMention } from "../../model/PlanMention";
import { canonicalCode } from "../../parse/_lib/canonicalCode";
import { parseLegalReferences } from "../../parse/parseLegalReferences";
import { parseTimeframe } from "../../parse/parseTimeframe";
import { parseVietnameseDate } from "../../parse/parseVietnameseDate";
import { assignmentActivities, formsActivities, tableActivities } from "./buildActivities";
import { buildContentItems, buildFormsItems, buildTextItems } from "./buildItems";
import { classifyDocument } from "./classifyDocument";
import type { ExtractionContext } from "./context";
import { findAttachedPlan } from "./findAttachedPlan";
import { joinLines } from "./joinLines";
import { prepareLines, type SourceLine } from "./prepareLines";
import { pruneUnnamedReferences } from "./pruneUnnamedReferences";
import { readAppendixTable } from "./readAppendixTable";
import { readClosing } from "./readClosing";
import { readHeader } from "./readHeader";
import { readMentions } from "./readMentions";
import { periodIn } from "./readPeriod";
import { readUnit } from "./readUnit";
import { createOfficeResolver } from "./resolveOffices";
import { type Section, splitSections, type Topic } from "./splitSections";

const APPENDIX = /^phu luc\b/;
/** Text that may cite a document: a symbol ("31/KH-", "04-NQ/"), or a name ending on a period ("năm 2024", "giai đoạn"). */
const MAY_CITE = /\d\s*[/-]\s*\p{Lu}|Đề án|năm \d{4}|giai đoạn/iu;
const KEM_THEO =
  /Kèm theo\s+(?:Kế hoạch|Quyết định)\s+số\s*(\d*)\s*\/\s*([\p{Lu}Đ-]+)\s*,?\s*(ngày[^)]*?)(?:\s+của\s+([^)]*))?\)?$/u;

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

/** What {@link buildPlan} reads: the draft and what kind of document it came from. */
export interface BuiltPlan {
  readonly plan: Plan;
  readonly documentKind: DocumentKind;
  readonly decision?: IssuingDecision;
  readonly mentions: PlanMention[];
}

/** "(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày 05/01/2025 của …)": the decision a plan is attached to. */
const ATTACHED_TO = /^\(?\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s+(?:Quyết định|QĐ)\b/iu;

/**
 * Reads a whole document. May throw on a bug; {@link extractPlan} wraps it.
 *
 * @param text - the document text
 * @param sourceName - the document's name, for provenance
 * @param ctx - collects elements and issues
 */
export function buildPlan(text: string, sourceName: string, ctx: ExtractionContext): BuiltPlan {
  const lines = prepareLines(text);
  const header = readHeader(lines);
  // A decision that issues a plan: the plan's text follows the decision's articles, with its own header.
  // A decision that says it issues a plan ("Về việc ban hành Kế hoạch …", "Điều 1. Ban hành kèm theo Quyết
  // định này Kế hoạch …") may attach it with no type line, under its title in capitals.
  const issuesPlan =
    header.type === "quyet-dinh" &&
    (/\b(?:ban hanh|phe duyet)\b.{0,30}\bke hoach\b/.test(foldText(header.title?.text ?? "")) ||
      lines.some((l) => /^dieu 1\b.{0,60}\bke hoach\b/.test(l.foldedHead)));
  const attached =
    header.type === "quyet-dinh"
      ? findAttachedPlan(lines, header.bodyStart, { untyped: issuesPlan })
      : undefined;
  const attachedAt = attached?.start;
  const planHeader: typeof header = attached?.untyped
    ? { documentType: "plan", draft: false, organisationLines: [], ...attached.untyped }
    : attached
      ? readHeader(lines, attached.start)
      : header;
  const decisionHeader = header.type === "quyet-dinh" ? header : undefined;
  // The plan's line "(Ban hành kèm theo Quyết định số …)" under its title names the decision.
  const attachedLine = (() => {
    for (let i = planHeader.bodyStart, seen = 0; i < lines.length && seen < 3; i++) {
      const line = lines[i] as SourceLine;
      if (line.blank || line.furniture) continue;
      seen++;
      if (ATTACHED_TO.test(line.text.trim())) return line;
    }
    return undefined;
  })();
  const attachedTo = attachedLine
    ? (() => {
        const parsed = parseLegalReferences(attachedLine.text, { role: "basis" });
        return parsed.ok ? parsed.value.find((r) => r.type === "quyet-dinh" && r.number) : undefined;
      })()
    : undefined;
  const bodyFrom = planHeader.bodyStart;
  const appendixIndex = (() => {
    for (let i = bodyFrom; i < lines.length; i++) {
      const line = lines[i] as SourceLine;
      if (!line.blank && APPENDIX.test(line.foldedHead) && line.text.length < 200) return i;
    }
    return lines.length;
  })();
  const closing = readClosing(lines, bodyFrom, appendixIndex);
  const closingIndex =
    closing.recipientsHeading !== undefined
      ? lines.findIndex((l) => l.n === closing.recipientsHeading)
      : closing.signatory?.lines
        ? lines.findIndex((l) => l.n === closing.signatory?.lines?.start)
        : appendixIndex;
  const appendixLines = lines.slice(appendixIndex);
  const kemTheo = appendixLines.map((l) => KEM_THEO.exec(l.text.replace(/^\(/, "").trim())).find(Boolean);

  const bodyLines = lines.slice(bodyFrom, closingIndex >= 0 ? closingIndex : appendixIndex);
  // A decision's own preamble and articles, before the plan it issues: read for references only.
  const decisionLines = attachedAt !== undefined ? lines.slice(header.bodyStart, attachedAt) : [];
  const readYear = mostFrequentYear(lines);
  const documentKind = classifyDocument({
    header,
    attached: attachedAt !== undefined,
    sections: splitSections(joinLines(bodyLines)),
    body: lines
      .slice(header.bodyStart)
      .filter((l) => !l.furniture && !/^can cu\b/.test(l.foldedHead))
      .map((l) => l.text)
      .join("\n"),
  });
  const isPlan = documentKind === "plan" || documentKind === "decision-with-plan";

  // The plan's title: its own summary; a decision issuing a plan without its text names it in its summary.
  const titleRead =
    documentKind !== "decision-with-plan" || planHeader !== header ? planHeader.title : undefined;
  let titleFromDecision: string | undefined;
  if (!titleRead && documentKind === "decision-with-plan" && header.title) {
    const named = /ban hành\s+(?:kèm theo[^,]*,\s*)?Kế hoạch\s+(.+)$/iu.exec(header.title.text)?.[1]?.trim();
    if (named) titleFromDecision = named.charAt(0).toLocaleUpperCase("vi") + named.slice(1);
  }
  const title = titleRead?.text ?? titleFromDecision;

  // The plan's years: read from its title, else from the sentence that issues it; inferred from its date.
  const issuing = (() => {
    for (const line of bodyLines.slice(0, 40)) {
      const m = /\b(?:ban hành|xây dựng)\s+Kế hoạch\b[^.;:]{0,200}/iu.exec(line.text);
      if (m) return { text: m[0], lines: { start: line.n, end: line.n } };
    }
    return undefined;
  })();
  const fromTitle = isPlan ? periodIn(title) : undefined;
  const fromSentence = isPlan && !fromTitle ? periodIn(issuing?.text) : undefined;
  const dateForPeriod = planHeader.issueDate?.date ?? decisionHeader?.issueDate?.date ?? attachedTo?.date;
  const fromDate =
    isPlan && !fromTitle && !fromSentence && dateForPeriod
      ? { start: String(dateForPeriod.year), end: String(dateForPeriod.year) }
      : undefined;
  const period = fromTitle ?? fromSentence ?? fromDate;
  if (fromTitle && titleRead) ctx.element("/period", titleRead.lines, 0.9);
  else if (fromTitle) ctx.element("/period", header.title?.lines, 0.6);
  else if (fromSentence) ctx.element("/period", issuing?.lines, 0.8);
  else if (fromDate) {
    ctx.element("/period", planHeader.issueDate?.lines ?? decisionHeader?.issueDate?.lines, 0.5);
    ctx.issue("extract.header.period-inferred", { year: fromDate.start });
  } else if (isPlan) ctx.issue("extract.header.period-missing");
  // The year dates without one are read in: the plan's, else the text's most frequent (for reading only).
  const year = Number(
    (period?.end ?? String(dateForPeriod?.year ?? readYear ?? new Date().getUTCFullYear())).slice(0, 4),
  );

  const table = readAppendixTable(lines, year);
  const blocks = joinLines(bodyLines, table?.consumed);
  const sections = splitSections(blocks);
  const preamble = (sections[0]?.items ?? []).map((b) => b.text).join(" ");
  const closingText = sections
    .find((s) => s.topic === "closing")
    ?.items.map((b) => b.text)
    .join(" ");

  // The plan's own organisation block, when a decision's plan has one (a province approving a department's
  // plan: the department issues the plan); else the document's.
  const blockText = (h: typeof header) => foldText(h.organisationLines.map((l) => l.text).join(" "));
  const ownBlock =
    planHeader !== header &&
    planHeader.organisationLines.length > 0 &&
    blockText(planHeader) !== blockText(header);
  const organisationLines = ownBlock ? planHeader.organisationLines : header.organisationLines;
  const issuerLine = ownBlock ? planHeader.issuerLine : header.issuerLine;
  const reading = readUnit(
    {
      organisationLines: organisationLines.map((l) => l.text),
      ...(issuerLine ? { issuerLine: issuerLine.text } : {}),
      ...(header.authority && !ownBlock ? { authority: header.authority.text } : {}),
      preamble: isPlan ? preamble : "",
      ...(title && isPlan ? { title } : {}),
      ...(kemTheo?.[4] ? { appendix: kemTheo[4] } : {}),
      ...(closingText && isPlan ? { closing: closingText } : {}),
    },
    year,
  );
  let issueDate = planHeader.issueDate?.date;
  if (!issueDate && kemTheo?.[3]) {
    const parsed = parseVietnameseDate(kemTheo[3]);
    if (parsed.ok && parsed.value.kind === "date") issueDate = parsed.value.date;
  }
  const eraDate = issueDate ?? dateForPeriod;
  const era = eraOn(
    eraDate
      ? `${eraDate.year}-${String(eraDate.month ?? 1).padStart(2, "0")}-${String(eraDate.day ?? 1).padStart(2, "0")}`
      : `${year}-01-01`,
  );
  // A central body (a ministry) has no unit; any other unread unit is left out, with an issue.
  if (!reading.unit && !reading.central) ctx.issue("extract.header.unit-missing");
  const unit: Plan["unit"] = reading.unit ? { ...reading.unit, era, match: "not-checked" } : undefined;
  const organisationRange =
    organisationLines.length > 0
      ? {
          start: (organisationLines[0] as (typeof organisationLines)[number]).lines.start,
          end: (organisationLines[organisationLines.length - 1] as (typeof organisationLines)[number]).lines
            .end,
        }
      : issuerLine?.lines;
  const sourceRange = (source: string | undefined) =>
    source === "header"
      ? organisationRange
      : source === "sentence"
        ? sections[0]?.items[0]?.lines
        : source === "title"
          ? titleRead?.lines
          : source === "closing"
            ? sections.find((s) => s.topic === "closing")?.items[0]?.lines
            : undefined;
  const UNIT_CONFIDENCE: Record<string, number> = {
    header: 0.9,
    sentence: 0.8,
    title: 0.7,
    appendix: 0.6,
    closing: 0.6,
  };
  if (unit)
    ctx.element(
      "/unit",
      sourceRange(reading.unitSource) ?? organisationRange,
      UNIT_CONFIDENCE[reading.unitSource ?? ""] ?? 0.5,
    );
  if (reading.issuer) {
    if (reading.issuerSource === "inferred") {
      ctx.element("/issuer", sourceRange(reading.unitSource), 0.5);
      ctx.issue("extract.header.issuer-inferred", { level: reading.issuer.level ?? "" });
    } else
      ctx.element(
        "/issuer",
        sourceRange(reading.issuerSource),
        reading.issuerSource === "header" ? 0.9 : 0.8,
      );
    if (reading.issuer.level === undefined) ctx.issue("extract.header.level-missing");
  } else ctx.issue("extract.header.issuer-missing");

  // References: basis from the preamble, cited ones from the rest of the text and its footnotes.
  const references: LegalReference[] = [];
  // The document itself, the decision that issues it and the plan it issues are never its references.
  const own = [
    planHeader.number,
    decisionHeader?.number,
    attachedTo
      ? { value: attachedTo.number, symbol: attachedTo.symbol?.replace(/^[^/-]*[/-]/, "") }
      : undefined,
  ]
    .filter((n) => n !== undefined && typeof n.value === "string" && n.symbol)
    .map((n) => `${n?.value as string}/${canonicalCode(n?.symbol ?? "")}`);
  const seen = new Set<string>(own);
  // "Quyết định số 872" after "Quyết định số 872/QĐ-UBND … (sau đây viết tắt là Quyết định số 872)": the same document.
  const numbered = new Set<string>();
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
      const key = reference.symbol
        ? `${reference.number ?? ""}/${canonicalCode(reference.symbol.replace(/^\d+[a-z]?[/-]/iu, ""))}`
        : foldText(reference.raw ?? "");
      if (!key || seen.has(key)) continue;
      if (reference.symbol && !reference.number) continue;
      if (reference.number && !reference.symbol && numbered.has(`${reference.type}|${reference.number}`))
        continue;
      seen.add(key);
      if (reference.number) numbered.add(`${reference.type}|${reference.number}`);
      references.push({ ...reference, lines: range });
    }
  };
  for (const block of joinLines(decisionLines)) addReferences(block.text, "basis", block.lines);
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
  // A text about a plan names it: a mention, not a reference.
  const mentions =
    documentKind === "about-plan"
      ? readMentions(
          [
            ...(header.title ? [{ text: header.title.text, lines: header.title.lines }] : []),
            ...joinLines(lines.slice(header.bodyStart)),
          ],
          year,
        )
      : [];
  const mentioned = new Set(mentions.map((m) => `${m.number ?? ""}/${m.symbol ?? ""}`));
  const kept = pruneUnnamedReferences(references, title ?? "", unit?.name ?? "").filter(
    (r) =>
      !(
        r.symbol &&
        mentioned.has(`${r.number ?? ""}/${canonicalCode(r.symbol.replace(/^\d+[a-z]?[/-]/iu, ""))}`)
      ),
  );
  references.length = 0;
  for (const reference of kept) references.push(reference);
  for (const [i, m] of mentions.entries()) ctx.element(`/mentions/${i}`, m.lines, m.number ? 0.8 : 0.6);
  for (const [i, r] of references.entries())
    ctx.element(`/references/${i}`, r.lines, r.role === "basis" ? 0.85 : r.number === undefined ? 0.6 : 0.7);
  // A parent plan is cited by its number: a plan named without one is too vague to be the parent.
  const parent = references.find(
    (r) =>
      isPlan &&
      r.role === "basis" &&
      r.number !== undefined &&
      (r.type === "ke-hoach" || r.type === "quyet-dinh") &&
      /tuyen truyen/.test(foldText(`${r.title ?? ""} ${r.raw ?? ""}`)),
  );
  if (parent) parent.role = "parent-plan";
  if (references.length === 0 && isPlan) ctx.issue("extract.references.none");
  else if (!parent && isPlan) ctx.issue("extract.references.no-parent");

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
  for (const item of assigned.activities) activities.push(item);
  if (table) {
    for (const item of tableActivities(table.rows, inputs)) activities.push(item);
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
  else if (titleFromDecision) {
    ctx.element("/title", header.title?.lines, 0.6);
    ctx.issue("extract.header.title-from-decision", { title: titleFromDecision.slice(0, 80) });
  } else if (titleRead) ctx.element("/title", titleRead.lines, 0.9);

  // The plan's number and date: its own header's; else, for a plan a decision issues, the decision's
  // (the plan is known by it: "Kế hoạch ban hành kèm theo Quyết định số 123/QĐ-UBND"); else its appendix's.
  const decisionNumber =
    decisionHeader?.number ??
    (attachedTo?.number
      ? {
          value: attachedTo.number,
          symbol: attachedTo.symbol?.replace(/^\d+[a-z]?[/-]/iu, ""),
          lines: attachedLine ? { start: attachedLine.n, end: attachedLine.n } : undefined,
        }
      : undefined);
  const decisionDate =
    decisionHeader?.issueDate ??
    (attachedTo?.date && attachedLine
      ? { date: attachedTo.date, lines: { start: attachedLine.n, end: attachedLine.n } }
      : undefined);
  // A plan's text issued by a decision ("(Ban hành kèm theo Quyết định số …)" under its title) is known by it too.
  const issuedByDecision =
    documentKind === "decision-with-plan" || (documentKind === "plan" && attachedTo !== undefined);
  const number = planHeader.number ?? (issuedByDecision ? decisionNumber : undefined);
  const dated = planHeader.issueDate ?? (issuedByDecision ? decisionDate : undefined);
  const numberValue =
    number?.value ??
    (kemTheo && isPlan ? kemTheo[1] || { notStated: true as const, raw: `Số /${kemTheo[2]}` } : undefined);
  const symbol = number?.symbol ?? (isPlan ? kemTheo?.[2] : undefined);
  const date = dated?.date ?? (isPlan ? issueDate : undefined);
  if (!number && !(kemTheo && isPlan)) ctx.issue("extract.header.number-missing");
  if (!dated && !(kemTheo && isPlan)) ctx.issue("extract.header.date-missing");
  const kemTheoLine = kemTheo
    ? appendixLines.find((l) => KEM_THEO.test(l.text.replace(/^\(/, "").trim()))
    : undefined;
  const kemTheoRange = kemTheoLine ? { start: kemTheoLine.n, end: kemTheoLine.n } : undefined;
  // The decision's number and date stand for the plan's by convention; its own header may carry others the
  // reader did not find (a page break inside it), so they are not held as sure as the plan's own.
  const ownOrDecision = (read: unknown, sure: number) =>
    read === planHeader.number || read === planHeader.issueDate ? sure : 0.7;
  if (number?.lines) ctx.element("/number", number.lines, ownOrDecision(number, 0.95));
  else if (numberValue !== undefined) ctx.element("/number", kemTheoRange, 0.8);
  if (dated?.lines) ctx.element("/issueDate", dated.lines, ownOrDecision(dated, 0.9));
  else if (date) ctx.element("/issueDate", kemTheoRange, 0.8);
  if (planHeader.place) ctx.element("/place", planHeader.place.lines, 0.85);
  if (closing.signatory?.lines) ctx.element("/signatory", closing.signatory.lines, 0.85);
  for (const [i, r] of closing.recipients.entries()) ctx.element(`/recipients/${i}`, r.lines, 0.9);
  const decision: IssuingDecision | undefined = issuedByDecision
    ? {
        ...(typeof decisionNumber?.value === "string" ? { number: decisionNumber.value } : {}),
        ...(decisionNumber?.symbol ? { symbol: decisionNumber.symbol } : {}),
        ...(decisionDate ? { issueDate: decisionDate.date } : {}),
        ...(decisionHeader?.title ? { title: decisionHeader.title.text } : {}),
        ...(decisionHeader?.lines ? { lines: decisionHeader.lines } : {}),
      }
    : undefined;

  const id = (sourceName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "") || "extracted").trim();
  const plan: Plan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    ...(title ? { title } : {}),
    documentType: issuedByDecision ? "decision" : "plan",
    ...(unit ? { unit } : {}),
    ...(reading.issuer ? { issuer: reading.issuer } : {}),
    ...(period ? { period } : {}),
    ...(numberValue !== undefined ? { number: numberValue } : {}),
    ...(symbol ? { symbol } : {}),
    ...(date ? { issueDate: date } : {}),
    ...(planHeader.place ? { place: planHeader.place.text } : {}),
    status: header.draft || planHeader.draft ? "draft" : "issued",
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
  return { plan, documentKind, ...(decision ? { decision } : {}), mentions };
}
