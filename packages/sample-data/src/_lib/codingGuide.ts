import { channels, type Plan, themes } from "@parcomms/core";
import type { PlanProblem } from "./planChecks";
import { verbatimKey } from "./verbatim";

/** A passage that carries theme or channel codes, with the words they were coded from. */
export interface CodedPassage {
  /** The plan's id. */
  readonly plan: string;
  /** JSON Pointer to the passage. */
  readonly path: string;
  /** A block is an activity with sub-tasks: the sub-tasks carry its work, and the rules read them. */
  readonly kind: "content-item" | "forms-item" | "activity" | "block" | "subtask";
  /** Its own words: heading and text, or title and description. */
  readonly words: string;
  /** Its own codes; absent for a sub-task that takes the block's. */
  readonly themes: readonly string[] | undefined;
  readonly channels: readonly string[] | undefined;
  readonly note: string;
}

/**
 * Every passage of a plan that carries codes: content and forms items,
 * activities (a block's own codes) and sub-tasks.
 *
 * @example
 * codedPassages(plan002).filter((p) => p.kind === "subtask").length > 0 // true
 */
export function codedPassages(plan: Plan): CodedPassage[] {
  // Compared as the quote checks compare (verbatimKey: NFC, no emphasis marks, spaces collapsed), in lower case.
  const words = (...parts: (string | undefined)[]) =>
    verbatimKey(parts.filter(Boolean).join(" ")).toLowerCase();
  return [
    ...plan.contentItems.map(
      (c, i): CodedPassage => ({
        plan: plan.id,
        path: `/contentItems/${i}`,
        kind: "content-item",
        words: words(c.heading, c.text),
        themes: c.themes,
        channels: c.channels,
        note: c.note ?? "",
      }),
    ),
    ...plan.formsItems.map(
      (f, i): CodedPassage => ({
        plan: plan.id,
        path: `/formsItems/${i}`,
        kind: "forms-item",
        words: words(f.heading, f.text),
        themes: f.themes,
        channels: f.channels,
        note: f.note ?? "",
      }),
    ),
    ...plan.activities.flatMap((a, i): CodedPassage[] => [
      {
        plan: plan.id,
        path: `/activities/${i}`,
        kind: a.subtasks?.length ? "block" : "activity",
        words: words(a.title, a.description),
        themes: a.themes,
        channels: a.channels,
        note: a.note ?? "",
      },
      ...(a.subtasks ?? []).map(
        (s, j): CodedPassage => ({
          plan: plan.id,
          path: `/activities/${i}/subtasks/${j}`,
          kind: "subtask",
          words: words(s.text),
          themes: s.themes,
          channels: s.channels,
          note: s.note ?? "",
        }),
      ),
    ]),
  ];
}

const parentOf = new Map<string, string | undefined>(
  [...themes.entries, ...channels.entries].map((e) => [e.code, e.parent]),
);

function ancestors(code: string): string[] {
  const out: string[] = [];
  for (let p = parentOf.get(code); p !== undefined; p = parentOf.get(p)) out.push(p);
  return out;
}

/**
 * Codes listed beside one of their own descendants on the same passage,
 * against the rule of the most specific code (coding guide R1).
 *
 * @example
 * parentBesideChild(plan003) // []
 */
export function parentBesideChild(plan: Plan): PlanProblem[] {
  return codedPassages(plan).flatMap((passage) =>
    (["themes", "channels"] as const).flatMap((list) => {
      const codes = new Set(passage[list] ?? []);
      return [...codes].flatMap((child) =>
        ancestors(child)
          .filter((parent) => codes.has(parent))
          .map(
            (parent): PlanProblem => ({
              code: "parent-beside-child",
              path: `${passage.path}/${list}`,
              params: { parent, child },
            }),
          ),
      );
    }),
  );
}

/** A rule of the coding guide that words alone decide, as data. */
interface GuideRule {
  readonly id: string;
  /** Which passages it reads. */
  readonly kinds: readonly CodedPassage["kind"][];
  /** Passages whose words match… */
  readonly when: RegExp;
  /** …and, when given, carry a channel (the rule is about a medium). */
  readonly onlyWithChannels?: boolean;
  /** …must carry each of these codes (the code or one below it)… */
  readonly require: readonly string[];
  /** …and none of these, unless `unlessAlso` matches too. */
  readonly forbid?: readonly string[];
  readonly unlessAlso?: RegExp;
}

const ALL_KINDS = ["content-item", "forms-item", "activity", "subtask"] as const;

/** The rules of docs/coding-guide.md that can be checked from the words. */
export const GUIDE_RULES: readonly GuideRule[] = [
  {
    id: "R2",
    kinds: ALL_KINDS,
    when: /hiện đại hóa (nền )?hành chính|hiện đại hoá (nền )?hành chính/,
    require: ["digital-government"],
    forbid: ["digital-government.modernisation"],
    unlessAlso: /đổi mới lề lối|phương thức làm việc|quản trị hiện đại/,
  },
  {
    id: "R3",
    kinds: ALL_KINDS,
    when: /thông qua (các )?(buổi |lớp )?tập huấn/,
    require: [],
    forbid: ["civil-service.training"],
    unlessAlso: /tuyên truyền (về )?(công tác )?đào tạo, bồi dưỡng/,
  },
  {
    id: "R4",
    kinds: ["content-item"],
    when: /chương trình tổng thể cải cách hành chính|kế hoạch (thực hiện )?cải cách hành chính|kế hoạch cchc|văn bản,? chỉ đạo,? điều hành (công tác )?(cải cách hành chính|cchc)/,
    require: ["policy", "steering"],
  },
  {
    id: "R6",
    kinds: ALL_KINDS,
    when: /tham gia giám sát|giám sát (việc )?thực hiện (chính sách, pháp luật về )?(cải cách hành chính|cchc)|giám sát tiến trình/,
    require: ["citizen-rights"],
  },
  {
    id: "R5",
    kinds: ALL_KINDS,
    when: /chuyên mục|chuyên trang|phóng sự/,
    onlyWithChannels: true,
    require: ["press.reportage"],
  },
];

const carries = (codes: readonly string[], code: string) =>
  codes.some((c) => c === code || c.startsWith(`${code}.`));

/**
 * Passages that break a rule of the coding guide that words alone decide
 * (R2 to R6 in docs/coding-guide.md), in items, activities and sub-tasks (a
 * block's work is read in its sub-tasks). A passage whose note names the rule
 * ("R4 does not apply: …") records a judgement against it and is not reported.
 *
 * @example
 * codingGuideProblems(plan000) // []
 */
export function codingGuideProblems(plan: Plan): PlanProblem[] {
  return codedPassages(plan).flatMap((passage) =>
    GUIDE_RULES.flatMap((rule): PlanProblem[] => {
      if (!rule.kinds.includes(passage.kind) || !rule.when.test(passage.words)) return [];
      if (new RegExp(`\\b${rule.id}\\b`).test(passage.note)) return [];
      const codes = [...(passage.themes ?? []), ...(passage.channels ?? [])];
      if (rule.onlyWithChannels && (passage.channels ?? []).length === 0) return [];
      const missing = rule.require.filter((code) => !carries(codes, code));
      const forbidden =
        rule.unlessAlso?.test(passage.words) === true
          ? []
          : (rule.forbid ?? []).filter((code) => codes.includes(code));
      return [...missing.map((c) => `missing ${c}`), ...forbidden.map((c) => `has ${c}`)].map((what) => ({
        code: "guide-rule-broken",
        path: passage.path,
        params: { rule: rule.id, what },
      }));
    }),
  );
}

const MIN_SHARED_WORDS = 40;

/**
 * Passages of different plans with the same words (normalised, at least 40
 * characters) but different theme or channel codes (coding guide R7).
 *
 * @example
 * sameWordingCodedTwoWays(realPlans) // []
 */
export function sameWordingCodedTwoWays(plans: readonly Plan[]): PlanProblem[] {
  const first = new Map<string, CodedPassage>();
  const problems: PlanProblem[] = [];
  const key = (codes: readonly string[] | undefined) => [...(codes ?? [])].sort().join(";");
  for (const passage of plans.flatMap(codedPassages)) {
    if (passage.words.length < MIN_SHARED_WORDS || passage.themes === undefined) continue;
    const earlier = first.get(passage.words);
    if (earlier === undefined) {
      first.set(passage.words, passage);
    } else if (
      earlier.plan !== passage.plan &&
      (key(earlier.themes) !== key(passage.themes) || key(earlier.channels) !== key(passage.channels))
    ) {
      problems.push({
        code: "coded-two-ways",
        path: passage.path,
        params: { plan: passage.plan, first: `${earlier.plan}${earlier.path}` },
      });
    }
  }
  return problems;
}
