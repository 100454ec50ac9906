/** A generated file: where it lives (relative to the repository) and how to make its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly render: () => string;
}
