import {
  type AssigneeRef,
  audiences,
  channels,
  type LineRange,
  type Plan,
  type TextItem,
  themes,
} from "@parcomms/core";
import { seedLines, seedText } from "../seeds/seedText";
import { isVerbatimIn, verbatimKey } from "./verbatim";

/**
 * A problem a faithfulness check found in an encoded plan, as data: a stable
 * code, a JSON Pointer (RFC 6901) to the value concerned, and the values that
 * explain it. The checks return lists of these and never assert.
 */
export interface PlanProblem {
  readonly code:
    | "quote-not-verbatim"
    | "split-quote-mismatch"
    | "split-quote-unneeded"
    | "lines-outside-document"
    | "item-without-lines"
    | "id-duplicate"
    | "assignee-unresolved"
    | "assignee-wording-unlisted"
    | "office-unused"
    | "parent-unresolved"
    | "code-unknown"
    | "parent-beside-child"
    | "guide-rule-broken"
    | "coded-two-ways";
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A string of the plan that quotes the seed, with the nearest lines that enclose it. */
export interface Quote {
  /** JSON Pointer to the string. */
  readonly path: string;
  /** The key it stands under ("text", "aliases" …). */
  readonly field: string;
  readonly quote: string;
  /** Own `lines`, else an activity's `origin.lines`, else an ancestor's; undefined means the whole document. */
  readonly lines: LineRange | undefined;
}

/**
 * A quote the source splits (across a page number, or a table whose grid was
 * lost): accepted when the quote is its pieces joined by one space and every
 * piece stands verbatim in its own lines, inside the quote's lines.
 */
export interface SplitQuote {
  /** JSON Pointer to the quote in the plan. */
  readonly path: string;
  readonly pieces: readonly { readonly text: string; readonly lines: LineRange }[];
}

/** Keys whose string value, or list of strings, is quoted from the document. */
const QUOTED_KEYS = new Set([
  ...["text", "description", "raw", "wording", "title", "name", "label", "metric", "occasion", "signsFor"],
  ...["aliases", "products", "to", "issuer", "symbol", "number", "condition", "purpose", "place"],
  ...["heading", "trigger"],
]);

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isLineRange(value: unknown): value is LineRange {
  return isRecord(value) && typeof value.start === "number" && typeof value.end === "number";
}

/** Calls `visit` on every key of every object below `value`; descends into a child where it returns true. */
function walk(
  value: unknown,
  path: string,
  visit: (key: string, child: unknown, at: string) => boolean,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}/${i}`, visit);
    });
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (visit(key, child, `${path}/${key}`)) walk(child, `${path}/${key}`, visit);
    }
  }
}

/** The items of a list with their JSON Pointers. */
function located<T>(base: string, list: readonly T[] | undefined): [string, T][] {
  return (list ?? []).map((item, i) => [`${base}/${i}`, item]);
}

function collectQuotes(value: unknown, path: string, lines: LineRange | undefined, out: Quote[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectQuotes(item, `${path}/${i}`, lines, out);
    });
    return;
  }
  if (!isRecord(value)) return;
  const { origin } = value;
  const here = isLineRange(value.lines)
    ? value.lines
    : isRecord(origin) && isLineRange(origin.lines)
      ? origin.lines
      : lines;
  for (const [field, child] of Object.entries(value)) {
    const at = `${path}/${field}`;
    const quoted = QUOTED_KEYS.has(field);
    if (quoted && typeof child === "string") {
      out.push({ path: at, field, quote: child, lines: here });
    } else if (quoted && Array.isArray(child) && child.every((s) => typeof s === "string")) {
      child.forEach((quote: string, i) => {
        out.push({ path: `${at}/${i}`, field, quote, lines: here });
      });
    } else {
      collectQuotes(child, at, here, out);
    }
  }
}

/**
 * Every string of a plan that quotes its seed (text, description, raw,
 * wording, title, name, label, metric, aliases, products …), with the nearest
 * enclosing lines.
 *
 * @param plan - any plan
 * @returns the quotes, in the order of the plan's fields
 * @example
 * quotedStrings(plan000).find((q) => q.path === "/focalPoint/wording")
 * // { path: "/focalPoint/wording", field: "wording", quote: "Văn hóa – Xã hội", lines: { start: 135, end: 135 } }
 */
export function quotedStrings(plan: Plan): Quote[] {
  const out: Quote[] = [];
  collectQuotes(plan, "", undefined, out);
  return out;
}

/** How a field compares with the source, on top of `verbatimKey` (the comparison of `isVerbatimIn`). */
type Comparison = "exact" | "any-case" | "symbol";

function comparisonOf(field: string): Comparison {
  // A short title may capitalise the first word of the passage it is cut from; a symbol is
  // normalised: "3740/QĐ - UBND" (004:10) is kept as "3740/QĐ-UBND".
  return field === "title" ? "any-case" : field === "symbol" ? "symbol" : "exact";
}

function compareKey(text: string, comparison: Comparison): string {
  const key = verbatimKey(text);
  if (comparison === "any-case") return key.toLocaleLowerCase("vi");
  return comparison === "symbol" ? key.replace(/\s*([/-])\s*/g, "$1") : key;
}

function splitProblems(quote: Quote, split: SplitQuote, seedFile: string): PlanProblem[] {
  const joined = split.pieces.map((p) => p.text).join(" ");
  const problems: PlanProblem[] =
    joined === quote.quote
      ? []
      : [{ code: "split-quote-mismatch", path: quote.path, params: { reason: "not-its-pieces", joined } }];
  const outer = quote.lines;
  for (const { text, lines } of split.pieces) {
    const inside = outer === undefined || (lines.start >= outer.start && lines.end <= outer.end);
    if (!inside || !isVerbatimIn(text, seedLines(seedFile, lines))) {
      const params = { reason: "piece-not-in-its-lines", piece: text, start: lines.start, end: lines.end };
      problems.push({ code: "split-quote-mismatch", path: quote.path, params });
    }
  }
  return problems;
}

/**
 * The quotes of a plan that do not stand verbatim in their lines of the seed
 * (the whole document when no lines enclose them). Titles compare without
 * case, symbols without spaces around "/" and "-". A quote the source splits
 * passes only through `splitQuotes`, whose pieces are checked in turn; an
 * allowance that is not needed is itself a problem.
 *
 * @param plan - the encoded plan
 * @param seedFile - its seed document, e.g. "003_c2f82bd70c212939.txt"
 * @param options.splitQuotes - quotes the source splits, with their pieces (default none)
 * @returns one problem per unfaithful quote or stale allowance
 * @example
 * unquotedStrings(plan000, "000_34833a3694ee8a96.txt") // []
 */
export function unquotedStrings(
  plan: Plan,
  seedFile: string,
  options: { readonly splitQuotes?: readonly SplitQuote[] } = {},
): PlanProblem[] {
  const unused = new Map((options.splitQuotes ?? []).map((s) => [s.path, s]));
  const problems: PlanProblem[] = [];
  // Each range's key is made once: most quotes without lines share the whole document.
  const keys = new Map<string, string>();
  const sourceKey = (lines: LineRange | undefined, comparison: Comparison): string => {
    const id = `${comparison} ${lines?.start}-${lines?.end}`;
    const key =
      keys.get(id) ??
      compareKey(lines === undefined ? seedText(seedFile) : seedLines(seedFile, lines), comparison);
    keys.set(id, key);
    return key;
  };
  for (const quote of quotedStrings(plan)) {
    const { path, lines } = quote;
    const split = unused.get(path);
    unused.delete(path);
    const comparison = comparisonOf(quote.field);
    if (sourceKey(lines, comparison).includes(compareKey(quote.quote, comparison))) {
      if (split !== undefined) {
        problems.push({ code: "split-quote-unneeded", path, params: { reason: "quote-is-verbatim" } });
      }
    } else if (split !== undefined) {
      for (const item of splitProblems(quote, split, seedFile)) problems.push(item);
    } else {
      const { start, end } = lines ?? { start: 1, end: seedLineCount(seedFile) };
      problems.push({ code: "quote-not-verbatim", path, params: { quote: quote.quote, start, end } });
    }
  }
  for (const path of unused.keys()) {
    problems.push({ code: "split-quote-unneeded", path, params: { reason: "no-such-quote" } });
  }
  return problems;
}

/**
 * The number of lines of a seed document; a final newline ends the last line
 * rather than opening another.
 *
 * @example
 * seedLineCount("000_34833a3694ee8a96.txt") // 169
 */
export function seedLineCount(seedFile: string): number {
  return seedText(seedFile)
    .replace(/\r?\n$/, "")
    .split(/\r?\n/).length;
}

/**
 * Every `lines` range of a plan, origins included, with its JSON Pointer.
 *
 * @example
 * lineRanges(plan000).find((r) => r.path === "/focalPoint/lines")
 * // { path: "/focalPoint/lines", lines: { start: 135, end: 135 } }
 */
export function lineRanges(plan: Plan): { path: string; lines: LineRange }[] {
  const out: { path: string; lines: LineRange }[] = [];
  walk(plan, "", (key, child, at) => {
    if (key !== "lines" || !isLineRange(child)) return true;
    out.push({ path: at, lines: child });
    return false;
  });
  return out;
}

/**
 * Every `lines` range of a plan (origins included) that starts before line 1,
 * ends before it starts, or ends past the document.
 *
 * @param lineCount - lines of the seed, see {@link seedLineCount}
 * @example
 * linesOutsideDocument(plan000, 169) // []
 */
export function linesOutsideDocument(plan: Plan, lineCount: number): PlanProblem[] {
  return lineRanges(plan)
    .filter(({ lines }) => lines.start < 1 || lines.end < lines.start || lines.end > lineCount)
    .map(({ path, lines: { start, end } }) => ({
      code: "lines-outside-document",
      path,
      params: { start, end, lineCount },
    }));
}

/**
 * Passages kept as written that do not say where they stand: purposes,
 * requirements, the audience statement, content and forms items, sub-tasks,
 * references, escalation and recipients without `lines`.
 *
 * @example
 * itemsWithoutLines(plan004) // []
 */
export function itemsWithoutLines(plan: Plan): PlanProblem[] {
  const items: [string, { readonly lines?: LineRange | undefined }][] = [
    ...located("/purposes", plan.purposes),
    ...located("/requirements", plan.requirements),
    ...(plan.audienceStatement === undefined
      ? []
      : [["/audienceStatement", plan.audienceStatement] as [string, TextItem]]),
    ...located("/contentItems", plan.contentItems),
    ...located("/formsItems", plan.formsItems),
    ...located("/recipients", plan.recipients),
    ...plan.activities.flatMap((a, i) => located(`/activities/${i}/subtasks`, a.subtasks)),
    ...located("/references", plan.references),
    ...located("/escalation", plan.escalation),
  ];
  return items
    .filter(([, item]) => item.lines === undefined)
    .map(([path]) => ({ code: "item-without-lines", path, params: {} }));
}

/**
 * Every `id` below the plan's own that repeats an earlier one: items,
 * activities, offices and assignee groups share one name space.
 *
 * @example
 * duplicateIds(plan000) // []
 */
export function duplicateIds(plan: Plan): PlanProblem[] {
  const first = new Map<string, string>();
  const problems: PlanProblem[] = [];
  walk(plan, "", (key, id, at) => {
    if (key !== "id" || typeof id !== "string" || at === "/id") return true;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, at);
    else problems.push({ code: "id-duplicate", path: at, params: { id, first: earlier } });
    return false;
  });
  return problems;
}

/** Every place a plan names an office or assignee group by id. */
function assigneeSites(plan: Plan): [string, AssigneeRef][] {
  return [
    ...plan.activities.flatMap((a, i) => [
      ...located(`/activities/${i}/assignees`, a.assignees),
      ...a.targets.flatMap((t, j) => located(`/activities/${i}/targets/${j}/appliesTo`, t.appliesTo)),
      ...(a.subtasks ?? []).flatMap((sub, j) => [
        ...located(`/activities/${i}/subtasks/${j}/assignees`, sub.assignees),
        ...(sub.targets ?? []).flatMap((t, k) =>
          located(`/activities/${i}/subtasks/${j}/targets/${k}/appliesTo`, t.appliesTo),
        ),
      ]),
    ]),
    ...(plan.escalation ?? []).flatMap((e, i) => [
      ...located(`/escalation/${i}/reporters`, e.reporters),
      ...located(`/escalation/${i}/via`, e.via),
    ]),
    ...located("/budget/estimateBy", plan.budget?.estimateBy),
    ...located("/budget/submittedTo", plan.budget?.submittedTo),
    ...plan.reporting.flatMap((r, i) => [
      ...located(`/reporting/${i}/reporters`, r.reporters),
      ...(r.via === undefined ? [] : [[`/reporting/${i}/via`, r.via] as [string, AssigneeRef]]),
    ]),
    ...plan.targets.flatMap((t, i) => located(`/targets/${i}/appliesTo`, t.appliesTo)),
    ...located("/childPlanRequirements/appliesTo", plan.childPlanRequirements?.appliesTo),
    ...(plan.focalPoint === undefined ? [] : [["/focalPoint", plan.focalPoint] as [string, AssigneeRef]]),
  ];
}

/**
 * Every reference to an office or assignee group (assignees of activities
 * and sub-tasks, budget, reporting, escalation, targets, child-plan
 * requirements, focal point) whose id names
 * none, or whose wording is neither the name (label) nor an alias of the one
 * it names.
 *
 * @example
 * unresolvedAssignees(plan003) // []
 */
export function unresolvedAssignees(plan: Plan): PlanProblem[] {
  const names = new Map<string, readonly string[]>([
    ...plan.offices.map((o) => [o.id, [o.name, ...o.aliases]] as const),
    ...plan.assigneeGroups.map((g) => [g.id, [g.label, ...g.aliases]] as const),
  ]);
  return assigneeSites(plan).flatMap(([path, { ref, wording }]): PlanProblem[] => {
    const known = names.get(ref);
    if (known === undefined) return [{ code: "assignee-unresolved", path: `${path}/ref`, params: { ref } }];
    if (wording === undefined || known.includes(wording)) return [];
    return [{ code: "assignee-wording-unlisted", path: `${path}/wording`, params: { ref, wording } }];
  });
}

/**
 * Offices and assignee groups that no assignee, budget, reporting, target,
 * child-plan requirement or focal point refers to.
 *
 * @example
 * unusedOfficesAndGroups(plan001) // []
 */
export function unusedOfficesAndGroups(plan: Plan): PlanProblem[] {
  const used = new Set(assigneeSites(plan).map(([, r]) => r.ref));
  return [...located("/offices", plan.offices), ...located("/assigneeGroups", plan.assigneeGroups)]
    .filter(([, { id }]) => !used.has(id))
    .map(([path, { id }]) => ({ code: "office-unused", path, params: { id } }));
}

/**
 * Content items whose `parentId` names no content item.
 *
 * @example
 * unresolvedParents(plan001) // []
 */
export function unresolvedParents(plan: Plan): PlanProblem[] {
  const ids = new Set(plan.contentItems.map((c) => c.id));
  return located("/contentItems", plan.contentItems)
    .filter(([, c]) => c.parentId !== undefined && !ids.has(c.parentId))
    .map(([path, c]) => ({
      code: "parent-unresolved",
      path: `${path}/parentId`,
      params: { parentId: c.parentId ?? "" },
    }));
}

type CodeHolder = Partial<Record<"themes" | "channels" | "audiences", readonly string[]>>;

/**
 * Theme, channel and audience codes that are not in their codelists, wherever
 * the plan uses them (content and forms items, activities and their
 * sub-tasks, child-plan requirements, the plan's audiences).
 *
 * @example
 * unknownCodes(plan002) // []
 */
export function unknownCodes(plan: Plan): PlanProblem[] {
  const holders: [string, CodeHolder][] = [
    ...located<CodeHolder>("/contentItems", plan.contentItems),
    ...located<CodeHolder>("/formsItems", plan.formsItems),
    ...located<CodeHolder>("/activities", plan.activities),
    ...plan.activities.flatMap((a, i) => located<CodeHolder>(`/activities/${i}/subtasks`, a.subtasks)),
    ...(plan.childPlanRequirements === undefined
      ? []
      : [["/childPlanRequirements", plan.childPlanRequirements] as [string, CodeHolder]]),
    ["", plan],
  ];
  return [themes, channels, audiences].flatMap((codelist) => {
    const list = codelist.id as keyof CodeHolder;
    const known = new Set(codelist.entries.map((e) => e.code));
    return holders.flatMap(([base, holder]) =>
      located(`${base}/${list}`, holder[list])
        .filter(([, code]) => !known.has(code))
        .map(([path, code]): PlanProblem => ({ code: "code-unknown", path, params: { list, code } })),
    );
  });
}
