import { mostFrequentCadence } from "../_lib/mostFrequentCadence";
import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { Codelist } from "../model/CodelistEntry";
import type { Quota } from "../model/Frequency";
import type { Plan } from "../model/Plan";
import type { ReportingCadence } from "../model/Reporting";
import { codeTree, selfAndAncestors, sortCodes } from "./_lib/codeTree";
import { formatPartialDate, partialDateSpan } from "./_lib/partialDateSpan";
import { planCodes } from "./_lib/planCodes";
import { quotaCandidates } from "./_lib/quotaGuarantee";

/** met, not-met, or not-applicable (nothing to check, or not enough stated to tell). */
export type ComplianceStatus = "met" | "not-met" | "not-applicable";

/** One requirement of the parent checked against the child. */
export interface ComplianceCheck {
  /** A theme or channel code, a quota ("at least 12 articles per year"), the reporting cadence or the deadline. */
  readonly requirement: string;
  readonly status: ComplianceStatus;
  /** Why, in a sentence. */
  readonly reason: string;
  /** What in the child meets it: codes, activity ids or cadences; empty when nothing does. */
  readonly evidence: string[];
}

/** Options of {@link childCompliance}. */
export interface ChildComplianceOptions {
  /** The themes codelist that says which codes lie below which; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/** The result of {@link childCompliance}. */
export interface ChildCompliance {
  /** The child plan's id. */
  readonly child: string;
  /** The parent plan's id. */
  readonly parent: string;
  /** One check per theme the parent requires, in the parent's order. */
  readonly themes: ComplianceCheck[];
  /** One check per channel the parent requires. */
  readonly channels: ComplianceCheck[];
  /** One check per quota the parent sets. */
  readonly quotas: ComplianceCheck[];
  readonly reporting: ComplianceCheck;
  readonly deadline: ComplianceCheck;
  /** How many checks are in each state. */
  readonly summary: Readonly<Record<ComplianceStatus, number>>;
}

/**
 * Checks a child plan against what its parent plan asks of child plans
 * (childPlanRequirements): the themes and channels it must cover, the quotas
 * it must plan for, how often it must report, and by when it must be issued.
 *
 * Every check has three states, each with a reason: "met", "not-met", and
 * "not-applicable" when there is nothing to check (no deadline set) or the
 * child does not say enough to tell (its issue date or its reporting rate not
 * stated, or an issue month that straddles the deadline).
 *
 * - Themes and channels: a child code covers a required code when it is that
 *   code or a code below it ("online-services.payment" covers "online-services").
 * - Quotas: met when some child activity's own quota or frequency of the same
 *   output (or, for a frequency, no stated output) guarantees the count in
 *   every period of the quota: "Mỗi tháng 01 kỳ" gives 3 a quarter, but 12 a
 *   year does not ensure one a quarter. "At most" quotas are not checked.
 * - Reporting: the child's most frequent cadence against the parent's, by
 *   reports a year (reportingCadences perYear); cadences with no rate
 *   (integrated, periodic, on-request) cannot be compared.
 * - Deadline: a child issued on or before it (inclusive) meets it; a partial
 *   issue date meets it only when all its days do.
 *
 * @param child - the child plan
 * @param parent - the parent plan
 * @param options - see {@link ChildComplianceOptions}
 * @returns the checks, grouped, with a summary
 * @example
 * // 002:87 sub-plans by 20/04/2024; 003 was issued on 05/02/2024 (003:289).
 * childCompliance(plan003, plan002).deadline
 * // { requirement: "issued by 20/04/2024", status: "met", reason: "issued 05/02/2024, on or before the deadline 20/04/2024", evidence: ["05/02/2024"] }
 */
export function childCompliance(
  child: Plan,
  parent: Plan,
  options: ChildComplianceOptions = {},
): ChildCompliance {
  const required = parent.childPlanRequirements;
  const used = planCodes(child);
  const themes = (required?.themes ?? []).map((code) =>
    codeCheck(options.themes ?? themeCodelist, used.themes, code, "theme"),
  );
  const channels = (required?.channels ?? []).map((code) =>
    codeCheck(options.channels ?? channelCodelist, used.channels, code, "channel"),
  );
  const quotas = (required?.quotas ?? []).map((q) => quotaCheck(child, q));
  const reporting = reportingCheck(child, required?.reporting);
  const deadline = deadlineCheck(child, required?.deadline);
  const all = [...themes, ...channels, ...quotas, reporting, deadline];
  const count = (s: ComplianceStatus) => all.filter((c) => c.status === s).length;
  return {
    child: child.id,
    parent: parent.id,
    themes,
    channels,
    quotas,
    reporting,
    deadline,
    summary: { met: count("met"), "not-met": count("not-met"), "not-applicable": count("not-applicable") },
  };
}

function codeCheck(
  codelist: Codelist,
  used: ReadonlySet<string>,
  code: string,
  what: "theme" | "channel",
): ComplianceCheck {
  const tree = codeTree(codelist);
  const evidence = sortCodes(
    tree,
    [...used].filter((c) => selfAndAncestors(tree, c).includes(code)),
  );
  return evidence.length > 0
    ? {
        requirement: code,
        status: "met",
        reason: `the child plan names the ${what} ${evidence.map((c) => `"${c}"`).join(", ")}`,
        evidence,
      }
    : {
        requirement: code,
        status: "not-met",
        reason: `the child plan names neither the ${what} "${code}" nor a code below it`,
        evidence: [],
      };
}

const COMPARATOR = { atLeast: "at least", exactly: "exactly", atMost: "at most" } as const;

function describeQuota(q: Quota): string {
  return `${COMPARATOR[q.comparator]} ${q.count} ${q.output}${q.count === 1 ? "" : "s"} per ${q.per}`;
}

function quotaCheck(child: Plan, quota: Quota): ComplianceCheck {
  const requirement = describeQuota(quota);
  if (quota.comparator === "atMost") {
    return {
      requirement,
      status: "not-applicable",
      reason: "an upper bound is not checked against the child's planned rates",
      evidence: [],
    };
  }
  const candidates = quotaCandidates(child.activities, quota);
  const meeting = candidates.filter((c) => c.guaranteed >= quota.count);
  if (meeting.length > 0) {
    const ids = [...new Set(meeting.map((c) => c.activity))];
    const best = Math.max(...meeting.map((c) => c.guaranteed));
    return {
      requirement,
      status: "met",
      reason: `${ids.join(", ")} plan${ids.length === 1 ? "s" : ""} at least ${best} ${quota.output}${best === 1 ? "" : "s"} per ${quota.per}`,
      evidence: ids,
    };
  }
  if (candidates.length === 0) {
    return {
      requirement,
      status: "not-met",
      reason: `no activity of the child plan sets a quota or a frequency of ${quota.output}s`,
      evidence: [],
    };
  }
  const coarse = candidates.filter((c) => c.coarser).map((c) => c.activity);
  const short = candidates.filter((c) => !c.coarser).map((c) => c.activity);
  const parts = [
    ...(coarse.length > 0 ? [`${coarse.join(", ")} count per a longer period than a ${quota.per}`] : []),
    ...(short.length > 0 ? [`${short.join(", ")} plan fewer than ${quota.count} per ${quota.per}`] : []),
  ];
  return { requirement, status: "not-met", reason: parts.join("; "), evidence: [] };
}

function reportingCheck(child: Plan, required: readonly ReportingCadence[] | undefined): ComplianceCheck {
  const requirement = "reporting cadence";
  const na = (reason: string, evidence: string[] = []): ComplianceCheck => ({
    requirement,
    status: "not-applicable",
    reason,
    evidence,
  });
  if (!required || required.length === 0)
    return na("the parent plan requires no reporting cadence of child plans");
  const wanted = mostFrequentCadence(required);
  if (!wanted)
    return na(`the parent plan requires ${required.join(", ")} reporting, which has no rate to compare`);
  const stated = [...new Set(child.reporting.flatMap((r) => r.cadences))];
  const own = mostFrequentCadence(stated);
  if (!own) {
    return stated.length === 0
      ? na("the child plan states no reporting cadence")
      : na(`the child plan reports ${stated.join(", ")}, which has no rate to compare`, stated);
  }
  const sides = `${own.cadence} (${own.perYear} a year) against ${wanted.cadence} (${wanted.perYear} a year)`;
  return own.perYear >= wanted.perYear
    ? { requirement, status: "met", reason: `the child plan reports ${sides}`, evidence: [own.cadence] }
    : { requirement, status: "not-met", reason: `the child plan reports less often: ${sides}`, evidence: [] };
}

function deadlineCheck(child: Plan, deadline: Plan["issueDate"]): ComplianceCheck {
  if (!deadline) {
    return {
      requirement: "issued by the deadline",
      status: "not-applicable",
      reason: "the parent plan sets no deadline for child plans",
      evidence: [],
    };
  }
  const by = formatPartialDate(deadline);
  const requirement = `issued by ${by}`;
  if (!child.issueDate) {
    return {
      requirement,
      status: "not-applicable",
      reason: "the child plan's issue date is not stated",
      evidence: [],
    };
  }
  const issued = formatPartialDate(child.issueDate);
  const span = partialDateSpan(child.issueDate);
  const end = partialDateSpan(deadline).end;
  if (span.end <= end) {
    return {
      requirement,
      status: "met",
      reason: `issued ${issued}, on or before the deadline ${by}`,
      evidence: [issued],
    };
  }
  if (span.start > end) {
    return {
      requirement,
      status: "not-met",
      reason: `issued ${issued}, after the deadline ${by}`,
      evidence: [],
    };
  }
  return {
    requirement,
    status: "not-applicable",
    reason: `issued ${issued}, a date too vague to tell against the deadline ${by}`,
    evidence: [],
  };
}
