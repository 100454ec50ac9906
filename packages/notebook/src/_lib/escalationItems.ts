import type { AssigneeRef, Language, LineRange, Plan } from "@parcomms/core";
import { t } from "../i18n/t";

/** One escalation passage of a plan, told in one sentence. */
export interface EscalationItem {
  /** "“nếu có …”: … báo cáo …, qua …" in the chosen language. */
  readonly sentence: string;
  /** The passage as written, when the plan keeps it. */
  readonly text: string | undefined;
  /** Its source lines, when known. */
  readonly lines: LineRange | undefined;
}

/**
 * What a plan says to do when problems arise (its `escalation`), one
 * sentence per passage: the trigger as written, who reports, through whom
 * and to whom ("nếu có phát sinh vướng mắc: các cơ quan, đơn vị, địa phương
 * báo cáo UBND tỉnh, qua Sở Nội vụ", 002:141). A body is named by the
 * plan's wording, else by its office or group, else by its ref.
 *
 * @param plan - the plan
 * @param language - "vi" or "en"
 * @returns one item per escalation passage, in plan order; empty when the plan states none
 * @example
 * escalationItems(plan002, "en")[0]?.sentence
 * // "“nếu có phát sinh vướng mắc”: các cơ quan, đơn vị, địa phương report to UBND tỉnh, through Sở Nội vụ."
 */
export function escalationItems(plan: Plan, language: Language): readonly EscalationItem[] {
  const name = (a: AssigneeRef) =>
    a.wording ??
    plan.offices.find((o) => o.id === a.ref)?.name ??
    plan.assigneeGroups.find((g) => g.id === a.ref)?.label ??
    a.ref;
  const list = (names: readonly string[]) => names.join(t(language, "plan.listSeparator"));
  return (plan.escalation ?? []).map((e) => {
    const params = {
      trigger: e.trigger,
      reporters:
        e.reporters.length > 0
          ? list(e.reporters.map(name))
          : t(language, "plan.escalationReportersUnstated"),
      to: e.to.length > 0 ? list(e.to) : t(language, "plan.escalationToUnstated"),
      via: list(e.via.map(name)),
    };
    return {
      sentence: t(language, e.via.length > 0 ? "plan.escalationVia" : "plan.escalationDirect", params),
      text: e.text,
      lines: e.lines,
    };
  });
}
