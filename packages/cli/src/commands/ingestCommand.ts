import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { formatMessage, vocabulary } from "@parcomms/core";
import { plansToJsonl } from "@parcomms/formats";
import { makeReadIssue, type ReadIssue, type ReadPlansResult, reviewRows } from "@parcomms/ingest";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { formatIssueLine } from "../_lib/formatIssueLine";
import { documentFiles } from "../_lib/ingest/documentFiles";
import { documentReaders } from "../_lib/ingest/documentReaders";
import type { IngestedRow } from "../_lib/ingest/IngestedRow";
import { ingestProgress } from "../_lib/ingest/ingestProgress";
import { type IngestState, openIngestState, recordIngested } from "../_lib/ingest/ingestState";
import { reviewCsv } from "../_lib/ingest/reviewCsv";
import { lowerFirst } from "../_lib/lowerFirst";
import { ingestMessages } from "../_lib/messages/ingestMessages";
import { noInputs, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputFile } from "../_lib/readInputFile";
import { UsageError } from "../_lib/UsageError";
import { writeOutput } from "../_lib/writeOutput";

/** At most this many threads by default: the machines this runs on have two cores to share. */
const DEFAULT_JOBS_CAP = 2;

/** What became of one file, in input order. */
type Outcome =
  | { readonly kind: "failed"; readonly file: string; readonly issue: ReadIssue }
  | { readonly kind: "skipped"; readonly file: string; readonly sha256: string }
  | { readonly kind: "copy"; readonly file: string; readonly sha256: string; readonly of: string }
  | {
      readonly kind: "read";
      readonly file: string;
      readonly sha256: string;
      readonly result: ReadPlansResult;
    };

/**
 * `parcomms ingest`: a whole folder of documents (.txt, .docx, .doc, .odt,
 * .rtf, .pdf, scans) read into plans, written as JSON Lines (`--out`), with
 * the review queue as `<review>.csv` and `<review>.json`, one row a file.
 * Files are read one by one with `readPlanFilesAsync` in worker threads
 * (`--jobs`), and committed in input order; a state file beside `--out`
 * (`<out>.state.jsonl`) keeps each file's SHA-256 so a second run skips what
 * it read before, even renamed. Progress on stderr; `--json` prints the
 * summary on stdout.
 */
export const ingestCommand: Command = {
  name: "ingest",
  summary: cliText(ingestMessages, "cli.ingest.summary", {}),
  help: cliText(ingestMessages, "cli.ingest.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      review: { type: "string" },
      recursive: { type: "boolean", short: "r" },
      jobs: { type: "string", short: "j" },
      force: { type: "boolean" },
      json: { type: "boolean" },
    });
    if (values.help) {
      io.stdout.write(formatMessage(ingestMessages, "cli.ingest.help", {}, language));
      return 0;
    }
    if (positionals.length === 0) throw noInputs();
    const out = values.out;
    if (typeof out !== "string") {
      throw new UsageError("usage.no-out", cliText(ingestMessages, "cli.ingest.no-out", {}));
    }
    if (!/\.(jsonl|ndjson)$/i.test(out)) {
      throw new UsageError("usage.bad-out", cliText(ingestMessages, "cli.ingest.bad-out", {}));
    }
    const jobs = jobsOf(values.jobs);
    const outPath = resolve(io.cwd, out);
    const statePath = `${outPath}.state.jsonl`;
    const reviewBase = (
      typeof values.review === "string" ? values.review : join(dirname(out), "review")
    ).replace(/\.(csv|json)$/i, "");
    const review = { csv: `${reviewBase}.csv`, json: `${reviewBase}.json` };

    const force = values.force === true;
    const box: { opened?: ReturnType<typeof openIngestState> } = {};
    if (!writeOutput(io, language, out, () => (box.opened = openIngestState(outPath, statePath, force))))
      return 1;
    const opened = box.opened;
    if (opened === undefined) return 1;
    if (opened === "not-ours") {
      const state = `${out}.state.jsonl`;
      throw new UsageError(
        "usage.out-not-ours",
        cliText(ingestMessages, "cli.ingest.out-not-ours", { out, state }),
      );
    }
    const { state } = opened;
    if (opened.reset) {
      const message = cliText(ingestMessages, "cli.ingest.state-reset", { out, state: `${out}.state.jsonl` });
      io.stderr.write(
        formatIssueLine({ file: out, severity: "warning", code: "ingest.state-reset", message }, language),
      );
    }

    const listed = documentFiles(positionals, io.cwd, { recursive: values.recursive === true });
    for (const issue of listed.issues) io.stderr.write(formatIssueLine(issue, language));
    const unit = lowerFirst(vocabulary.words.file.many)[language];
    const progress = ingestProgress(io.stderr, listed.files.length, unit);
    const readers = documentReaders(jobs);
    const say = (code: "cli.ingest.progress-read" | "cli.ingest.progress-skipped") =>
      formatMessage(ingestMessages, code, {}, language);

    const firstOfHash = new Map<string, string>();
    const prepare = (file: string): Promise<Outcome> => {
      const read = readInputFile(file, io.cwd);
      if ("issue" in read) return Promise.resolve({ kind: "failed", file, issue: read.issue });
      const bytes = read.bytes;
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const first = firstOfHash.get(sha256);
      if (first !== undefined) return Promise.resolve({ kind: "copy", file, sha256, of: first });
      firstOfHash.set(sha256, file);
      const before = state.entries.get(sha256);
      // Read before into some kind of document: skip. A file nothing could be read from (damaged, or a
      // format without a reader yet) is read again: its reader may be new.
      if (
        before &&
        (before.row.documentKind !== undefined || before.planIds.length > 0 || before.row.errors === 0)
      ) {
        return Promise.resolve({ kind: "skipped", file, sha256 });
      }
      return readers
        .read(file, bytes, (p) => progress.document(file, p))
        .then((result) => ({ kind: "read", file, sha256, result }));
    };

    const rows: IngestedRow[] = [];
    let written = 0;
    const commit = (outcome: Outcome) => {
      const row = commitOne(outcome, state, outPath, statePath, (issue) =>
        progress.line(formatIssueLine(issue, language)),
      );
      written += row.written;
      rows.push(row.row);
      const what =
        outcome.kind === "read"
          ? say("cli.ingest.progress-read")
          : outcome.kind === "copy"
            ? formatMessage(ingestMessages, "cli.ingest.progress-copy", { file: outcome.of }, language)
            : outcome.kind === "skipped"
              ? say("cli.ingest.progress-skipped")
              : outcome.issue.message[language];
      progress.done(outcome.file, what);
    };
    // Files are read ahead (a window of two per thread) but committed in input order, so the
    // JSON Lines file and the state grow in the same order on every run.
    const window: Promise<Outcome>[] = [];
    try {
      for (const file of listed.files) {
        window.push(prepare(file));
        if (window.length >= jobs * 2) commit(await (window.shift() as Promise<Outcome>));
      }
      while (window.length > 0) commit(await (window.shift() as Promise<Outcome>));
    } finally {
      progress.end();
      await readers.close();
    }

    const files = rows.length;
    const failed = rows.filter((r) => r.errors > 0).length;
    const skipped = rows.filter((r) => r.status !== "read").length;
    const check = rows.filter((r) => r.errors > 0 || r.fieldsToCheck.length > 0).length;
    const total = [...state.entries.values()].reduce((sum, entry) => sum + entry.planIds.length, 0);
    const wroteReview = writeOutput(io, language, reviewBase, () => {
      writeFileSync(resolve(io.cwd, review.csv), reviewCsv(rows));
      writeFileSync(resolve(io.cwd, review.json), `${JSON.stringify(rows, null, 2)}\n`);
    });
    if (values.json) {
      const kinds: Record<string, number> = {};
      for (const row of rows)
        if (row.documentKind) kinds[row.documentKind] = (kinds[row.documentKind] ?? 0) + 1;
      const summary = {
        out,
        state: `${out}.state.jsonl`,
        review,
        threads: readers.threads ? jobs : 0,
        files,
        read: files - skipped,
        skipped,
        failed,
        kinds,
        plans: { written, total },
        missing: listed.issues.length,
      };
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      const params = { files, read: files - skipped, skipped, failed, written, out, total };
      io.stdout.write(`${formatMessage(ingestMessages, "cli.ingest.done", params, language)}\n`);
      const reviewParams = { csv: review.csv, json: review.json, rows: files, check };
      io.stdout.write(`${formatMessage(ingestMessages, "cli.ingest.review", reviewParams, language)}\n`);
    }
    return failed > 0 || listed.issues.length > 0 || !wroteReview ? 1 : 0;
  },
};

/** `--jobs`: a whole number 1..64, by default the cores (at most {@link DEFAULT_JOBS_CAP}). */
function jobsOf(value: unknown): number {
  if (value === undefined) return Math.min(DEFAULT_JOBS_CAP, availableParallelism());
  const jobs = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || jobs < 1 || jobs > 64) {
    throw new UsageError(
      "usage.bad-jobs",
      cliText(ingestMessages, "cli.ingest.bad-jobs", { got: String(value) }),
    );
  }
  return jobs;
}

/**
 * One file's outcome made final: its plans appended (a plan id already in the output is
 * left out with `io.duplicate-id`, as `readPlanFiles` does), its state line, its review row.
 */
function commitOne(
  outcome: Outcome,
  state: IngestState,
  outPath: string,
  statePath: string,
  report: (issue: ReadIssue) => void,
): { row: IngestedRow; written: number } {
  if (outcome.kind === "failed") {
    report(outcome.issue);
    const [row] = reviewRows({ plans: [], documents: [], issues: [outcome.issue] }, [outcome.file]);
    return { row: { ...(row as IngestedRow), status: "read" }, written: 0 };
  }
  if (outcome.kind !== "read") {
    const entry = state.entries.get(outcome.sha256);
    const base = entry?.row ?? { errors: 0, warnings: 0, issueCodes: [], fieldsToCheck: [] };
    const status = outcome.kind === "copy" ? "copy" : "skipped";
    const sameAs = outcome.kind === "copy" ? { sameAs: outcome.of } : {};
    return { row: { ...base, file: outcome.file, sha256: outcome.sha256, status, ...sameAs }, written: 0 };
  }
  const { file, sha256, result } = outcome;
  const kept = [];
  const duplicates: ReadIssue[] = [];
  for (const read of result.plans) {
    const first = state.planFiles.get(read.plan.id);
    if (first === undefined) kept.push(read.plan);
    else duplicates.push(makeReadIssue("io.duplicate-id", file, { id: read.plan.id, first }, {}, "warning"));
  }
  const issues = [...result.issues, ...duplicates];
  for (const issue of issues) {
    // What extractPlan says of a text belongs to the review queue; the rest is said now.
    if (issue.severity !== "info" && !issue.code.startsWith("extract.")) report(issue);
  }
  const [reviewed] = reviewRows({ ...result, issues }, [file]);
  const row: IngestedRow = { ...(reviewed as IngestedRow), sha256, status: "read" };
  const { sha256: _hash, status: _status, ...stored } = row;
  recordIngested(state, outPath, statePath, plansToJsonl(kept), {
    sha256,
    file,
    planIds: kept.map((plan) => plan.id),
    row: stored,
  });
  return { row, written: kept.length };
}
