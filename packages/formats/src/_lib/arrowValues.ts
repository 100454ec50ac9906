import { type Column, Type } from "@uwdata/flechette";

const decoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

/** A value read from an Arrow column, or the reason it cannot be read. */
export type ArrowValue = { value: unknown } | { problem: string };

/**
 * The values of an Arrow column, in row order. Text of utf8 and large utf8
 * columns is decoded here, keeping a leading U+FEFF that flechette's own
 * decoder (a default `TextDecoder`) drops and refusing bytes that are not
 * UTF-8; other columns are read with `Column.at`.
 */
export function arrowValues(column: Column<unknown>): ArrowValue[] {
  const typeId = column.type.typeId;
  if (typeId !== Type.Utf8 && typeId !== Type.LargeUtf8) {
    return Array.from({ length: column.length }, (_, i) => ({ value: column.at(i) }));
  }
  const values: ArrowValue[] = [];
  for (const batch of column.data) {
    const bytes = batch.values as Uint8Array;
    // Like Batch.at: without nulls a batch may have no validity bitmap at all.
    const hasNulls = batch.nullCount > 0 && batch.validity !== undefined;
    for (let i = 0; i < batch.length; i++) {
      if (hasNulls && !batch.isValid(i)) {
        values.push({ value: null });
        continue;
      }
      try {
        values.push({
          value: decoder.decode(bytes.subarray(Number(batch.offsets[i]), Number(batch.offsets[i + 1]))),
        });
      } catch {
        values.push({ problem: "bytes that are not UTF-8" });
      }
    }
  }
  return values;
}
