import { channels, type Language, type Plan, themes } from "@parcomms/core";
import type { ExportTable } from "../export/toCsv";
import { t } from "../i18n/t";
import { codeLabel } from "./codeLabel";

/**
 * The content items (nội dung tuyên truyền) or forms items (hình thức tuyên
 * truyền) of a plan as a table: each item's number, its heading apart from
 * its text ("Cải cách TTHC" then the passage, 001:49), the themes and
 * channels it carries, and its source lines. An item with no heading has an
 * empty heading cell.
 *
 * @param plan - the plan
 * @param kind - "content" for `contentItems`, "forms" for `formsItems`
 * @param language - "vi" or "en" for the column labels and the code labels
 * @returns columns `ref, heading, text, themes, channels, lines` and one row per item, in plan order
 * @example
 * textItemsTable(plan001, "content", "vi").rows.find((r) => r.ref === "1.4.2")?.heading // "Cải cách TTHC"
 */
export function textItemsTable(plan: Plan, kind: "content" | "forms", language: Language): ExportTable {
  const items = kind === "content" ? plan.contentItems : plan.formsItems;
  return {
    columns: [
      { key: "ref", label: t(language, "plan.itemRef") },
      { key: "heading", label: t(language, "plan.heading") },
      { key: "text", label: t(language, "plan.text") },
      { key: "themes", label: t(language, "plan.themes") },
      { key: "channels", label: t(language, "plan.channels") },
      { key: "lines", label: t(language, "plan.source") },
    ],
    rows: items.map((item) => ({
      ref: item.ref ?? "",
      heading: item.heading ?? "",
      text: item.text,
      themes: item.themes.map((c) => codeLabel(themes.entries, c, language)).join("; "),
      channels: (item.channels ?? []).map((c) => codeLabel(channels.entries, c, language)).join("; "),
      lines: item.lines ? `${item.lines.start}–${item.lines.end}` : "",
    })),
  };
}
