import type { MessageCatalogue } from "@parcomms/core";
import { commonMessages } from "./_lib/messages/commonMessages";
import { compareMessages } from "./_lib/messages/compareMessages";
import { draftMessages } from "./_lib/messages/draftMessages";
import { exportMessages } from "./_lib/messages/exportMessages";
import { extractMessages } from "./_lib/messages/extractMessages";
import { gapsMessages } from "./_lib/messages/gapsMessages";
import { generateMessages } from "./_lib/messages/generateMessages";
import { ingestMessages } from "./_lib/messages/ingestMessages";
import { sampleMessages } from "./_lib/messages/sampleMessages";
import { summaryMessages } from "./_lib/messages/summaryMessages";
import { validateMessages } from "./_lib/messages/validateMessages";

/**
 * The command line's message catalogues by name (danh mục thông báo của dòng
 * lệnh), for core's `checkCatalogues`: what every command shares (the main
 * help, usage errors, severity words) and each command's summary, help and
 * output words, all `cli.*` codes filled by core's `formatMessage`. The
 * words shared with the other packages (unit, level, theme, channel…) come
 * from core's `vocabulary`, not from here. The `chart` command's texts are
 * still its own.
 *
 * @example
 * Object.keys(cliMessageCatalogues) // ["cli/common", "cli/validate", "cli/summary", …, "cli/draft"]
 * cliMessageCatalogues["cli/validate"]?.["cli.validate.usable"] // { vi: "dùng được", en: "usable" }
 * checkCatalogues(cliMessageCatalogues) // []
 */
export const cliMessageCatalogues: Readonly<Record<string, MessageCatalogue>> = {
  "cli/common": commonMessages,
  "cli/validate": validateMessages,
  "cli/summary": summaryMessages,
  "cli/compare": compareMessages,
  "cli/gaps": gapsMessages,
  "cli/export": exportMessages,
  "cli/extract": extractMessages,
  "cli/ingest": ingestMessages,
  "cli/draft": draftMessages,
  "cli/sample": sampleMessages,
  "cli/generate": generateMessages,
};
