import type { Plan } from "@parcomms/core";
import { planTables, tablesToParquet } from "@parcomms/formats";
import { parquetMetadata } from "hyparquet";
import { ByteWriter } from "hyparquet-writer";
import { writeMetadata } from "hyparquet-writer/src/metadata.js";

/**
 * `plans.parquet` of `plan`, whose footer declares that its column chunks
 * inflate to `declaredBytes` in all (a Parquet "bomb" as a header sees it;
 * the pages themselves are the plan's own). The footer is read with
 * hyparquet, its sizes changed, and written again with hyparquet-writer.
 */
export function parquetDeclaring(plan: Plan, declaredBytes: number): Uint8Array {
  const bytes = tablesToParquet(planTables([plan]))["plans.parquet"] as Uint8Array;
  const metadata = parquetMetadata(bytes.slice().buffer);
  const footerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true);
  const chunks = metadata.row_groups.flatMap((group) => group.columns);
  const share = BigInt(Math.ceil(declaredBytes / chunks.length));
  for (const chunk of chunks) if (chunk.meta_data) chunk.meta_data.total_uncompressed_size = share;
  const writer = new ByteWriter();
  writer.appendBytes(bytes.subarray(0, bytes.length - 8 - footerLength));
  writeMetadata(writer, metadata); // metadata_length is not a field of the footer: it is not written
  writer.appendUint32(0x31524150); // "PAR1"
  return new Uint8Array(writer.getBuffer());
}
