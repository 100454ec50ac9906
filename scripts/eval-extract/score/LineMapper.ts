import type { LineRange } from "@parcomms/core";

/**
 * Maps a line range of the text the extractor read to the clean text the
 * answer key refers to; the identity for the clean text.
 */
export type LineMapper = (lines: LineRange | undefined) => LineRange | undefined;

/** The identity mapper, for extractions of the clean text. */
export const sameLines: LineMapper = (lines) => lines;
