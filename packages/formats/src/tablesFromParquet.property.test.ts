import { describeBinaryTableReaderProperties } from "./_binaryTableReaderProperties";
import { tablesFromParquet } from "./tablesFromParquet";
import { tablesToParquet } from "./tablesToParquet";

// Each of the five real plans (seeds 000–004) written as its Parquet table set, then damaged. Run 1,327
// of the damaged tables once hung hyparquet 1.31.5 (an offset left NaN in readRleBitPackedHybrid):
// patches/hyparquet@1.31.5.patch stops it, and tablesFromParquet.test.ts keeps that file.
describeBinaryTableReaderProperties({
  name: "Parquet",
  write: tablesToParquet,
  read: tablesFromParquet,
  seed: 1_521,
});
