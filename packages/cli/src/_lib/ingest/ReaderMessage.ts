import type { DocumentProgress, ReadPlansResult } from "@parcomms/ingest";

/** A file sent to a reading thread of `parcomms ingest`. */
export interface ReaderJob {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What a reading thread posts back: a document's progress, then the file's result. */
export type ReaderMessage =
  | { readonly id: number; readonly progress: DocumentProgress; readonly result?: undefined }
  | { readonly id: number; readonly result: ReadPlansResult; readonly progress?: undefined };
