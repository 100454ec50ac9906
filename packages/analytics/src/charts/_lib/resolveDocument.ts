import type { Language } from "@parcomms/core";
import { ChartError } from "../ChartError";

/** The document to draw in: the option, else the global one (browser), else a coded error. */
export function resolveDocument(document: Document | undefined, language: Language): Document {
  const found = document ?? (globalThis as { document?: Document }).document;
  if (!found) throw new ChartError("chart/no-document", {}, language);
  return found;
}
