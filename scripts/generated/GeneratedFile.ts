/** A generated file: where it lives (relative to the repository) and how to make its text (or bytes, for Parquet). */
export interface GeneratedFile {
  readonly path: string;
  readonly render: () => string | Uint8Array;
}
