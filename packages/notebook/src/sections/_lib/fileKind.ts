import type { Language, PlanMention } from "@parcomms/core";
import { citeDecision, citePlanMention } from "@parcomms/ingest";
import type { OwnFile } from "../../data/OwnFile";
import { type Child, h } from "../../dom/h";
import { t } from "../../i18n/t";

/**
 * What kind of document one of the user's texts is, for its line in the file
 * list: a badge with the kind ("Quyết định ban hành kế hoạch"), the decision
 * that issues the plan, or the plans a text about a plan names (cited, with
 * their period and summary), which are not added to comparisons. Nothing for
 * files that are not texts.
 *
 * @example
 * fileKind(file, "vi") // [<span class="badge kind" data-kind="about-plan">Văn bản nói về kế hoạch</span>, <div class="mentions">…</div>]
 */
export function fileKind(file: OwnFile, language: Language): Child[] {
  const kind = file.documentKind;
  if (kind === undefined) return [];
  const label = t(language, `data.kind.${kind}`);
  const out: Child[] = [
    h(
      "span",
      { class: "badge kind", "data-kind": kind, title: t(language, "data.kindLabel", { kind: label }) },
      label,
    ),
  ];
  if (file.decision)
    out.push(
      h(
        "span",
        { class: "hint decision" },
        t(language, "data.decision", { decision: citeDecision(file.decision) }),
      ),
    );
  if (kind === "about-plan") {
    const mentions = file.mentions ?? [];
    out.push(
      h(
        "div",
        { class: "mentions" },
        mentions.length === 0
          ? h("p", { class: "hint mentions-head" }, t(language, "data.noMentions"))
          : [
              h(
                "p",
                { class: "hint mentions-head" },
                t(language, "data.mentions", { count: mentions.length }),
              ),
              h(
                "ul",
                { class: "mention-list" },
                mentions.map((m) => h("li", { class: "mention" }, mentionText(m, language))),
              ),
            ],
      ),
    );
  }
  return out;
}

/** "Kế hoạch số 45/KH-UBND ngày 12/03/2025 của UBND huyện Định Quán · kỳ 2025 · tuyên truyền …". */
function mentionText(mention: PlanMention, language: Language): string {
  const parts = [citePlanMention(mention)];
  const { period, title } = mention;
  if (period) {
    const years = period.start === period.end ? period.start : `${period.start}–${period.end}`;
    parts.push(t(language, "data.mentionPeriod", { period: years }));
  }
  if (title) parts.push(title);
  return parts.join(" · ");
}
