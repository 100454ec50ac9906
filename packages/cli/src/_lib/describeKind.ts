import type { Language, LocalizedText, PlanMention } from "@parcomms/core";
import type { PlanExtraction } from "@parcomms/core/extract";
import { citeDecision, citePlanMention } from "@parcomms/ingest";
import { cliText } from "./cliText";
import { kindLabel } from "./kindLabel";
import { draftMessages } from "./messages/draftMessages";

/**
 * What kind of document a text is, for a person, as `parcomms extract` prints
 * it above a draft: "Loại văn bản: quyết định ban hành kế hoạch"; for a
 * decision, the decision cited with its summary; for a text about a plan,
 * every plan it names (cited, then its period, summary and lines); for
 * another text, that no plan is kept.
 */
export function describeKind(extraction: PlanExtraction, language: Language): string {
  const say = (words: LocalizedText) => words[language];
  const text = (code: keyof typeof draftMessages) => say(cliText(draftMessages, code, {}));
  const kind = extraction.documentKind;
  const out = [cliText(draftMessages, "cli.draft.kind", { kind: kindLabel(kind, language) })[language]];
  const { decision, mentions } = extraction;
  if (kind === "decision-with-plan" && decision) {
    const title = decision.title ? ` — ${decision.title}` : "";
    out.push(`${text("cli.draft.decision")}: ${citeDecision(decision)}${title}`);
  }
  if (kind === "about-plan" || mentions.length > 0) {
    out.push(cliText(draftMessages, "cli.draft.mentions", { count: mentions.length })[language]);
    mentions.forEach((mention, i) => {
      out.push(`  ${i + 1}. ${citePlanMention(mention)}`);
      for (const item of mentionDetails(mention, text)) out.push(item);
    });
  }
  if (kind === "other" || kind === "about-plan") out.push(text("cli.draft.not-kept"));
  return `${out.join("\n")}\n`;
}

/** The period, summary and lines of a mention, each on a line of its own, indented under it. */
function mentionDetails(mention: PlanMention, text: (code: keyof typeof draftMessages) => string): string[] {
  const lines: string[] = [];
  const { period, title } = mention;
  if (period) {
    const years = period.start === period.end ? period.start : `${period.start}–${period.end}`;
    lines.push(`${text("cli.draft.mention.period")}: ${years}`);
  }
  if (title) lines.push(`${text("cli.draft.title")}: ${title}`);
  if (mention.lines)
    lines.push(`${text("cli.draft.mention.lines")}: ${mention.lines.start}–${mention.lines.end}`);
  return lines.map((line) => `     ${line}`);
}
