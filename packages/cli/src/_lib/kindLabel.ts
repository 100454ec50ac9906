import type { DocumentKind, Language } from "@parcomms/core";
import { formatMessage } from "@parcomms/core";
import { draftMessages } from "./messages/draftMessages";

/** The kind of a document in a language, as it stands in a sentence ("quyết định ban hành kế hoạch", "decision issuing a plan"). */
export function kindLabel(kind: DocumentKind, language: Language): string {
  return formatMessage(draftMessages, `cli.draft.kind.${kind}`, {}, language);
}
