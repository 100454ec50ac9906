/** A cell of a printed table. */
export type TextCell = string | number | null;

/** A table to print on the terminal or write as CSV or JSON: labelled columns and rows keyed by column. */
export interface TextTable {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, TextCell>>[];
}
