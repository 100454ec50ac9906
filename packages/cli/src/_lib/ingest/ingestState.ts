import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { dirname } from "node:path";
import type { ReviewRow } from "@parcomms/ingest";

/** The first line of a state file: what it is, and its version. */
const HEADER = { parcomms: "ingest-state", version: 1 } as const;

/** What the state keeps of one file read: enough to skip it next time and to give its review row again. */
export interface IngestStateEntry {
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
  /** The name it was read under. */
  readonly file: string;
  /** The ids of the plans it added to the JSON Lines file. */
  readonly planIds: readonly string[];
  /** Its review row as it was read. */
  readonly row: ReviewRow;
  /** The size of the JSON Lines file, in bytes, once its plans were written. */
  readonly outBytes: number;
}

/** A run's state: the files read before, by hash; the plans already in the output, by id (and the file they came from). */
export interface IngestState {
  readonly entries: Map<string, IngestStateEntry>;
  readonly planFiles: Map<string, string>;
  /** The size of the JSON Lines file as the state last recorded it. */
  outBytes: number;
}

/**
 * Opens (or starts) the state of `parcomms ingest` beside its JSON Lines
 * output: `<out>.state.jsonl`, a header line, then one JSON line per file read,
 * written after the file's plans were appended to `out` and naming the size
 * `out` then had. So an interrupted run is mended here: a state line cut short
 * is dropped, and plans written after the last state line (their file was not
 * recorded, it will be read again) are cut from `out`; nothing lost, nothing
 * twice. With `force`, or with no state and no `out`, both start empty (and
 * `out`'s folder is made).
 *
 * @returns the state, and whether it had to start again (`reset`: the state
 *   did not match `out`), or `"not-ours"` when `out` exists without a state
 *   (not written by `parcomms ingest`: left alone)
 * @example
 * const opened = openIngestState("plans.jsonl", "plans.jsonl.state.jsonl", false);
 * if (opened !== "not-ours") opened.state.entries.has(sha256) // read before?
 */
export function openIngestState(
  out: string,
  statePath: string,
  force: boolean,
): { state: IngestState; reset: boolean } | "not-ours" {
  const fresh = (): IngestState => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, "");
    writeFileSync(statePath, `${JSON.stringify(HEADER)}\n`);
    return { entries: new Map(), planFiles: new Map(), outBytes: 0 };
  };
  if (force) return { state: fresh(), reset: false };
  if (!existsSync(statePath)) {
    if (existsSync(out) && statSync(out).size > 0) return "not-ours";
    return { state: fresh(), reset: false };
  }
  const text = readFileSync(statePath, "utf8");
  const lines = text.split("\n");
  let header: unknown;
  try {
    header = JSON.parse(lines[0] ?? "");
  } catch {
    header = undefined;
  }
  const ours =
    typeof header === "object" &&
    header !== null &&
    (header as { parcomms?: unknown }).parcomms === HEADER.parcomms;
  if (!ours) return "not-ours";
  const state: IngestState = { entries: new Map(), planFiles: new Map(), outBytes: 0 };
  let kept = Buffer.byteLength(`${lines[0]}\n`);
  for (const line of lines.slice(1)) {
    let entry: IngestStateEntry;
    try {
      entry = JSON.parse(line) as IngestStateEntry;
    } catch {
      break; // the line an interrupted run was writing, or the end
    }
    if (typeof entry?.sha256 !== "string" || typeof entry.outBytes !== "number") break;
    state.entries.set(entry.sha256, entry);
    for (const id of entry.planIds) if (!state.planFiles.has(id)) state.planFiles.set(id, entry.file);
    state.outBytes = entry.outBytes;
    kept += Buffer.byteLength(`${line}\n`);
  }
  const size = existsSync(out) ? statSync(out).size : -1;
  if (size < state.outBytes) return { state: fresh(), reset: true };
  if (kept < Buffer.byteLength(text)) truncateSync(statePath, kept);
  if (size > state.outBytes) truncateSync(out, state.outBytes);
  return { state, reset: false };
}

/**
 * Records one file read: appends its plans (JSON Lines text) to `out`, then
 * its state line, in that order (see {@link openIngestState}).
 *
 * @example
 * recordIngested(state, "plans.jsonl", "plans.jsonl.state.jsonl", plansToJsonl(plans), { sha256, file, planIds, row });
 */
export function recordIngested(
  state: IngestState,
  out: string,
  statePath: string,
  jsonl: string,
  entry: Omit<IngestStateEntry, "outBytes">,
): void {
  if (jsonl !== "") appendFileSync(out, jsonl);
  state.outBytes += Buffer.byteLength(jsonl);
  const recorded: IngestStateEntry = { ...entry, outBytes: state.outBytes };
  appendFileSync(statePath, `${JSON.stringify(recorded)}\n`);
  state.entries.set(entry.sha256, recorded);
  for (const id of entry.planIds) if (!state.planFiles.has(id)) state.planFiles.set(id, entry.file);
}
