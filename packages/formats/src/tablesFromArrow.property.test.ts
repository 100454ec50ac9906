import { describeBinaryTableReaderProperties } from "./_binaryTableReaderProperties";
import { tablesFromArrow } from "./tablesFromArrow";
import { tablesToArrow } from "./tablesToArrow";

// Each of the five real plans (seeds 000–004) written as its Arrow IPC table set, then damaged.
describeBinaryTableReaderProperties({
  name: "Arrow",
  write: tablesToArrow,
  read: tablesFromArrow,
  seed: 1_511,
});
