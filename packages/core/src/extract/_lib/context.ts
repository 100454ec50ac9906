import { formatMessage } from "../../messages/formatMessage";
import type { MessageCatalogue } from "../../messages/MessageCatalogue";
import type { LineRange } from "../../model/LineRange";
import { type ExtractionIssueCode, extractionMessages } from "../extractionMessages";
import type { ExtractedElement, ExtractionIssue } from "../PlanExtraction";

const messages: MessageCatalogue<ExtractionIssueCode> = extractionMessages;

/** Collects elements and issues while a plan is read. */
export interface ExtractionContext {
  readonly elements: ExtractedElement[];
  readonly issues: ExtractionIssue[];
  element(path: string, lines: LineRange | undefined, confidence: number): void;
  issue(code: ExtractionIssueCode, params?: Record<string, string | number>, lines?: LineRange): void;
}

/** Creates an empty context. */
export function createContext(): ExtractionContext {
  const elements: ExtractedElement[] = [];
  const issues: ExtractionIssue[] = [];
  return {
    elements,
    issues,
    element(path, lines, confidence) {
      if (lines) elements.push({ path, lines: { start: lines.start, end: lines.end }, confidence });
    },
    issue(code, params = {}, lines) {
      const entry = extractionMessages[code];
      issues.push({
        code,
        severity: entry.severity,
        ...(lines ? { lines: { start: lines.start, end: lines.end } } : {}),
        params,
        message: {
          vi: formatMessage(messages, code, params, "vi"),
          en: formatMessage(messages, code, params, "en"),
        },
      });
    },
  };
}
