import { mostFrequentCadence } from "../_lib/mostFrequentCadence";
import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { Codelist } from "../model/CodelistEntry";
import type { Quota } from "../model/Frequency";
import type { Plan } from "../model/Plan";
import { planTasks } from "../model/planTasks";
import type { ReportingCadence } from "../model/Reporting";
import { codeTree, selfAndAncestors, sortCodes } from "./_lib/codeTree";
import { formatPartialDate, partialDateSpan } from "./_lib/partialDateSpan";
import { planCodes } from "./_lib/planCodes";
import { quotaCandidates } from "./_lib/quotaGuarantee";
import { type ComplianceMessageCode, type ComplianceParams, complianceMessage } from "./complianceMessages";

/** met, not-met, or not-applicable (nothing to check, or not enough stated to tell). */
export type ComplianceStatus = "met" | "not-met" | "not-applicable";

/** One requirement of the parent checked against the child. */
export interface ComplianceCheck {
  /** A theme or channel code, a quota ("at least 12 articles per year"), the reporting cadence or the deadline, in English. */
  readonly requirement: string;
  readonly status: ComplianceStatus;
  /** Why, in a sentence, in English. */
  readonly reason: string;
  /** Stable code of the requirement's message (`complianceMessages`), for other languages. */
  readonly requirementCode: ComplianceMessageCode;
  /** Stable code of the reason's message. */
  readonly reasonCode: ComplianceMessageCode;
  /** Parameters of both messages. */
  readonly params: ComplianceParams;
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
 * - Quotas: met when some child task (`planTasks`: each sub-task in place of
 *   its block; a task asked only of requested bodies does not bind the child
 *   and is left out) has an own quota or frequency of the same
 *   output (or, for a frequency, no stated output) guarantees the count in
 *   every period of the quota: "Mỗi tháng 01 kỳ" gives 3 a quarter, but 12 a
 *   year does not ensure one a quarter. "At most" quotas are not checked.
 * - Reporting: the child's most frequent cadence against the parent's, by
 *   reports a year (reportingCadences perYear); cadences with no rate
 *   (integrated, periodic, on-request, as-regulated) cannot be compared.
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

/** Builds a check whose English texts come from the message catalogue. */
function check(
  status: ComplianceStatus,
  requirementCode: ComplianceMessageCode,
  reasonCode: ComplianceMessageCode,
  params: ComplianceParams,
  evidence: string[],
): ComplianceCheck {
  return {
    requirement: complianceMessage(requirementCode, params, "en"),
    status,
    reason: complianceMessage(reasonCode, params, "en"),
    requirementCode,
    reasonCode,
    params,
    evidence,
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
    ? check("met", "requirement.code", "code.named", { code, what, codes: evidence.join(", ") }, evidence)
    : check("not-met", "requirement.code", "code.missing", { code, what }, []);
}

const quotaParams = (q: Quota): ComplianceParams => ({
  comparator: q.comparator,
  count: q.count,
  output: q.output,
  per: q.per,
});

function quotaCheck(child: Plan, quota: Quota): ComplianceCheck {
  const params = quotaParams(quota);
  if (quota.comparator === "atMost")
    return check("not-applicable", "requirement.quota", "quota.upper-bound", params, []);
  const candidates = quotaCandidates(boundTasks(child), quota);
  const meeting = candidates.filter((c) => c.guaranteed >= quota.count);
  if (meeting.length > 0) {
    const ids = [...new Set(meeting.map((c) => c.activity))];
    const best = meeting.map((c) => c.guaranteed).reduce((m, v) => Math.max(m, v), -Infinity);
    return check(
      "met",
      "requirement.quota",
      "quota.met",
      { ...params, activities: ids.join(", "), activityCount: ids.length, best },
      ids,
    );
  }
  if (candidates.length === 0) return check("not-met", "requirement.quota", "quota.no-candidate", params, []);
  const coarser = candidates.filter((c) => c.coarser).map((c) => c.activity);
  const fewer = candidates.filter((c) => !c.coarser).map((c) => c.activity);
  return check(
    "not-met",
    "requirement.quota",
    "quota.short",
    { ...params, coarser: coarser.join(", "), fewer: fewer.join(", ") },
    [],
  );
}

/**
 * The child's tasks that bind the child (`planTasks`: sub-tasks in place of
 * their block): a task whose only assignees are requested bodies (đề nghị:
 * the Front, mass organisations) is asked of bodies the child cannot direct,
 * so it is no evidence that the child meets a quota.
 */
function boundTasks(child: Plan) {
  return planTasks(child).filter(
    (t) => t.assignees.length === 0 || t.assignees.some((a) => a.role !== "requested"),
  );
}

function reportingCheck(child: Plan, required: readonly ReportingCadence[] | undefined): ComplianceCheck {
  const na = (reasonCode: ComplianceMessageCode, params: ComplianceParams = {}, evidence: string[] = []) =>
    check("not-applicable", "requirement.reporting", reasonCode, params, evidence);
  if (!required || required.length === 0) return na("reporting.none-required");
  const wanted = mostFrequentCadence(required);
  if (!wanted) return na("reporting.required-no-rate", { required: required.join(", ") });
  const stated = [...new Set(child.reporting.flatMap((r) => r.cadences))];
  const own = mostFrequentCadence(stated);
  if (!own) {
    return stated.length === 0
      ? na("reporting.none-stated")
      : na("reporting.stated-no-rate", { stated: stated.join(", ") }, stated);
  }
  const sides = {
    own: own.cadence,
    ownPerYear: own.perYear,
    wanted: wanted.cadence,
    wantedPerYear: wanted.perYear,
  };
  return own.perYear >= wanted.perYear
    ? check("met", "requirement.reporting", "reporting.met", sides, [own.cadence])
    : check("not-met", "requirement.reporting", "reporting.less-often", sides, []);
}

function deadlineCheck(child: Plan, deadline: Plan["issueDate"]): ComplianceCheck {
  if (!deadline) return check("not-applicable", "requirement.deadline", "deadline.none", {}, []);
  const by = formatPartialDate(deadline);
  if (!child.issueDate)
    return check("not-applicable", "requirement.deadline", "deadline.no-issue-date", { by }, []);
  const issued = formatPartialDate(child.issueDate);
  const span = partialDateSpan(child.issueDate);
  const end = partialDateSpan(deadline).end;
  const params = { by, issued };
  if (span.end <= end) return check("met", "requirement.deadline", "deadline.met", params, [issued]);
  if (span.start > end) return check("not-met", "requirement.deadline", "deadline.late", params, []);
  return check("not-applicable", "requirement.deadline", "deadline.vague", params, []);
}
