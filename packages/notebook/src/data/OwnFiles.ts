import type { LocalizedText, Plan } from "@parcomms/core";
import {
  type PlanFileInput,
  type ReadPlan,
  type ReadPlanFilesOptions,
  type ReadPlansResult,
  reviewRows,
} from "@parcomms/ingest";
import { both } from "../i18n/both";
import { t } from "../i18n/t";
import { loadUnits } from "../lazy/loadUnits";
import { applyReview } from "../review/applyReview";
import type { PlanReview } from "../review/PlanReview";
import type { QueueRow } from "../review/QueueRow";
import { type ReviewQueueOptions, reviewQueue } from "../review/reviewQueue";
import { fileStore, type SetAside, type StoredFile } from "../storage/fileStore";
import { entryOfPlan } from "./entryOfPlan";
import type { FileProblem } from "./FileProblem";
import type { OwnFile } from "./OwnFile";
import type { PlanEntry } from "./PlanEntry";
import type { ReadingStatus } from "./ReadingStatus";

/**
 * Reads one reading (a file, or the tables of one set): `readPlanFilesAsync`,
 * in a worker in the browser, which stops a reading silent for
 * `timeoutSeconds` with a `ReadTimeoutError`.
 */
export type ReadFiles = (
  files: readonly PlanFileInput[],
  options: Pick<ReadPlanFilesOptions, "onDocumentProgress" | "signal"> & { readonly timeoutSeconds?: number },
) => Promise<ReadPlansResult>;

/** One of the user's kept files (or table sets) that is not read when the page opens, and why. */
export interface SetAsideFile {
  /** The reading's name: the file, or a table set's plans table. */
  readonly name: string;
  /** The stored files of the reading. */
  readonly members: readonly string[];
  readonly size: number;
  readonly setAside: SetAside;
}

/** Options of {@link OwnFiles}. */
export interface OwnFilesOptions {
  /** How files are read. Default: in the ingest worker when the page can start one, else on this thread. */
  readonly read?: ReadFiles;
  /** Called as the reading progresses (see {@link OwnFiles.status}). Default: none. */
  readonly onProgress?: () => void;
  /** Seconds a reading may go without progress before it is stopped. Default: the worker's (60, or the page's `?readTimeout=`). */
  readonly readTimeoutSeconds?: number;
}

/** What was read from one of the user's files, for the review queue: the reading and the drafts as read. */
export interface OwnReading {
  readonly result: ReadPlansResult;
  /** The plans as read (ids made unique), before any review: what a review is applied to. */
  readonly drafts: readonly ReadPlan[];
}

const readHere: ReadFiles = async (files, options) => {
  const { readPlanFilesAsync } = await import("../lazy/io");
  return readPlanFilesAsync(files, { ...options, validate: true });
};

const readDefault: ReadFiles = async (files, options) => {
  if (typeof Worker === "undefined") return readHere(files, options);
  const { readInWorker } = await import("../worker/ingestWorker");
  return readInWorker(files, options);
};

/** Whether `error` is the worker's ReadTimeoutError (checked by name: the class is in a lazily loaded chunk). */
const timedOut = (error: unknown): error is Error & { seconds: number } =>
  error instanceof Error && error.name === "ReadTimeoutError";

/**
 * Largest file the notebook reads (50 MB), checked on the file's size before
 * reading it; a .docx or .odt is also checked on what it inflates to by
 * `readPlanFilesAsync` (100 MB, `ingest.inflated-too-large`), so a small zip
 * bomb cannot fill the tab's memory.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The user's own files: read with `readPlanFilesAsync` (JSON, JSON Lines,
 * table sets, .txt and .docx drafts) and validated, so that a plan saved in
 * an earlier schema is migrated (with a note, `data.migrated`), kept in
 * IndexedDB across visits, with the problems of the last change of files. A plan whose id is taken (a copy
 * of a real plan, or the same plan in two files) gets a new id naming its file. A text is listed with
 * its kind of document (see {@link OwnFile}): a text about a plan or another text has no plan to
 * compare, but stays listed (and kept) with the plans it names or its problem.
 *
 * @example
 * const own = new OwnFiles(new Map(realPlans.map((p) => [p.id, p])));
 * await own.add([file]); // own.files[0].planIds, own.entries, own.problems
 */
export class OwnFiles {
  /** The plans read from the user's files, by (unique) id. */
  readonly plans = new Map<string, Plan>();
  files: OwnFile[] = [];
  entries: PlanEntry[] = [];
  problems: FileProblem[] = [];
  /** How far the last reading has gone; undefined before any. */
  status: ReadingStatus | undefined;
  /** What was read from each file (texts and documents: its drafts), by file name. */
  readonly readings = new Map<string, OwnReading>();
  /** A person's review of each file's draft plan, by file name. */
  readonly reviews = new Map<string, PlanReview>();
  /** The corrections refused at each file's last review, with their messages. */
  readonly refused = new Map<string, readonly FileProblem[]>();
  /**
   * The kept files not read when the page opened: a reading on restore that
   * failed, timed out or was cut short by the page closing sets its file aside
   * (marked in IndexedDB), so one bad file never fails or freezes every visit;
   * {@link OwnFiles.retry} reads it again, {@link OwnFiles.remove} removes it.
   */
  setAside: SetAsideFile[] = [];
  private readonly stored = new Map<string, StoredFile[]>();
  private controller: AbortController | undefined;

  /**
   * @param reserved - plans whose ids the user's plans must not take (the real plans)
   * @param options - how files are read, and who hears of the progress
   */
  constructor(
    private readonly reserved: ReadonlyMap<string, Plan>,
    private readonly options: OwnFilesOptions = {},
  ) {}

  /** Stops the reading in progress: the file being read and those after it are not added. */
  cancel(): void {
    this.controller?.abort();
  }

  /**
   * The review queue: one row a file read as a text or document (ingest's
   * `reviewRows`, with the values of the reviewed plans), see {@link reviewQueue}.
   */
  queue(options: ReviewQueueOptions = {}): QueueRow[] {
    const rows = this.files.flatMap((file) => {
      const reading = this.readings.get(file.name);
      if (!reading) return [];
      const plans = reading.drafts.map((read) => ({
        ...read,
        plan: this.plans.get(read.plan.id) ?? read.plan,
      }));
      return reviewRows({ ...reading.result, plans }, [file.name]);
    });
    return reviewQueue(rows, this.reviews, options);
  }

  /**
   * Sets a person's review of a file's draft plan: its corrections applied
   * (see {@link applyReview}), the corrected plan put in place of the draft
   * for every comparison, the review kept with the file in IndexedDB. A
   * correction that is refused is not kept (the field stays to be checked).
   *
   * @returns the corrections refused, with their messages (the others are applied)
   */
  async review(name: string, proposed: PlanReview): Promise<FileProblem[]> {
    const problems = await this.applyKept(name, proposed);
    // A refused correction is not kept: the field stays to be checked.
    this.refused.set(name, problems);
    const refused = new Set(problems.map((p) => p.path));
    const review: PlanReview = {
      accepted: proposed.accepted,
      corrected: Object.fromEntries(
        Object.entries(proposed.corrected).filter(([path]) => !refused.has(path)),
      ),
    };
    this.reviews.set(name, review);
    const stored = this.stored.get(name) ?? [];
    try {
      for (const member of stored) {
        const kept = { ...member, review };
        await fileStore.put(kept);
        this.stored.set(name, [...(this.stored.get(name) ?? []).filter((m) => m.name !== member.name), kept]);
      }
    } catch {
      this.problems.push({ file: name, message: storageFailed(name) });
    }
    return problems;
  }

  /**
   * The bytes of a file read as one document (its pages are shown beside its review): kept in memory
   * for the session, and read back from IndexedDB after a reload; undefined for a table set or a file
   * not loaded.
   */
  bytes(name: string): Uint8Array | undefined {
    const members = this.stored.get(name);
    return members?.length === 1 ? members[0]?.bytes : undefined;
  }
  /** Applies a review to a file's drafts, in memory. */
  private async applyKept(name: string, review: PlanReview): Promise<FileProblem[]> {
    const reading = this.readings.get(name);
    const file = this.files.find((f) => f.name === name);
    if (!reading || !file) return [];
    const { searchUnits } = await loadUnits();
    const problems: FileProblem[] = [];
    for (const read of reading.drafts) {
      const reviewed = applyReview(read.plan, review, searchUnits);
      for (const item of reviewed.problems.map((p) => ({ file: name, path: p.path, message: p.problem })))
        problems.push(item);
      this.plans.set(read.plan.id, reviewed.plan);
      this.entries = this.entries.map((e) =>
        e.id === read.plan.id
          ? { ...entryOfPlan(reviewed.plan, "own", name), ...(e.draft ? { draft: e.draft } : {}) }
          : e,
      );
    }
    this.reviews.set(name, review);
    return problems;
  }

  /**
   * Reads the files kept in IndexedDB from an earlier visit, except those set
   * aside: a file still marked as being read (the page closed, or froze and
   * was closed, during its reading) is set aside now, unread.
   */
  async restore(): Promise<void> {
    let stored: StoredFile[] = [];
    try {
      stored = await fileStore.list();
    } catch {
      return; // no IndexedDB (private mode): nothing to restore
    }
    const fresh: StoredFile[] = [];
    for (const group of readings(stored)) {
      const marked = group.files.find((file) => file.setAside)?.setAside;
      if (marked) this.keepAside(group, marked);
      else if (group.files.some((file) => file.restoring))
        await this.putAside(group, {
          reason: "interrupted",
          message: both("data.setAside.interrupted", { file: group.name }),
          at: Date.now(),
        });
      else for (const file of group.files) fresh.push(file);
    }
    if (fresh.length > 0) await this.read(fresh, true);
  }

  /** Reads a file set aside again (as on page load): read, it is back with the others; failing again, it is set aside again. */
  async retry(name: string): Promise<void> {
    const aside = this.setAside.find((file) => file.name === name);
    if (!aside) return;
    this.setAside = this.setAside.filter((file) => file.name !== name);
    let members: StoredFile[];
    try {
      members = (await fileStore.list()).filter((file) => aside.members.includes(file.name));
    } catch {
      return; // storage gone: nothing to read
    }
    if (members.length > 0)
      await this.read(
        members.map(({ setAside: _s, restoring: _r, ...file }) => file),
        true,
      );
  }

  private keepAside(group: { name: string; files: StoredFile[] }, setAside: SetAside): void {
    this.setAside = [
      ...this.setAside.filter((file) => file.name !== group.name),
      {
        name: group.name,
        members: group.files.map((file) => file.name),
        size: group.files.reduce((sum, file) => sum + file.bytes.byteLength, 0),
        setAside,
      },
    ];
  }

  /** Sets a reading aside, on the page and in IndexedDB (best effort: without storage it is aside for this visit). */
  private async putAside(group: { name: string; files: StoredFile[] }, setAside: SetAside): Promise<void> {
    this.keepAside(group, setAside);
    try {
      for (const { restoring: _, ...file } of group.files) await fileStore.put({ ...file, setAside });
    } catch {
      // the page shows it aside; the mark is retried on the next change
    }
  }

  /** Adds the user's files: too large ones are refused, the rest read and kept in the browser. */
  async add(files: readonly File[]): Promise<void> {
    const problems: FileProblem[] = [];
    const accepted: StoredFile[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        problems.push({ file: file.name, message: tooLarge(file.name, file.size) });
        continue;
      }
      try {
        accepted.push({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          addedAt: Date.now(),
        });
      } catch (error) {
        problems.push({ file: file.name, message: unreadable(file.name, error) });
      }
    }
    this.problems = problems;
    if (accepted.length > 0) await this.read(accepted, false);
  }

  /** Removes one of the user's files and its plans, from the page and from the browser's storage; false when there is none of that name. */
  async remove(name: string): Promise<boolean> {
    const aside = this.setAside.find((f) => f.name === name);
    if (aside) {
      this.setAside = this.setAside.filter((f) => f.name !== name);
      for (const member of aside.members) await fileStore.remove(member).catch(() => undefined);
      return true;
    }
    const file = this.files.find((f) => f.name === name);
    if (!file) return false;
    this.replaceFile(name);
    this.problems = this.problems.filter((p) => p.file !== name);
    for (const member of file.members) {
      try {
        await fileStore.remove(member);
      } catch {
        // already gone from the page; storage will be retried on the next removal
      }
    }
    return true;
  }

  private async read(files: readonly StoredFile[], restoring: boolean): Promise<void> {
    const read = this.options.read ?? readDefault;
    const groups = readings(files);
    const controller = new AbortController();
    this.controller = controller;
    const total = groups.length;
    let done = 0;
    const report = (status: ReadingStatus) => {
      this.status = status;
      this.options.onProgress?.();
    };
    for (const group of groups) {
      // One reading at a time, so a broken file never takes the others with it.
      const name = group.name;
      report({ state: "reading", done, total, file: name });
      let result: ReadPlansResult;
      if (restoring) {
        // Marked while read: if the page closes (or freezes and is closed) now, the next visit sets it aside.
        try {
          for (const file of group.files) await fileStore.put({ ...file, restoring: true });
        } catch {
          // no storage: nothing to mark
        }
      }
      try {
        // With validation, every plan goes through core's validatePlan, which migrates a plan saved
        // in an earlier schema (a 1.0 file kept in IndexedDB from an earlier visit) and says so.
        result = await read(
          group.files.map((file) => ({ name: file.name, bytes: file.bytes })),
          {
            signal: controller.signal,
            onDocumentProgress: (file, document) => report({ state: "reading", done, total, file, document }),
            ...(this.options.readTimeoutSeconds ? { timeoutSeconds: this.options.readTimeoutSeconds } : {}),
          },
        );
      } catch (error) {
        if (controller.signal.aborted) {
          if (restoring) await this.unmark(group.files);
          break;
        }
        const message = timedOut(error) ? readTimeout(name, error.seconds) : unreadable(name, error);
        if (restoring)
          await this.putAside(group, {
            reason: timedOut(error) ? "timeout" : "failed",
            message: timedOut(error)
              ? both("data.setAside.timeout", { file: name, seconds: error.seconds })
              : aside("data.setAside.failed", name, message),
            at: Date.now(),
          });
        else this.problems.push({ file: name, message });
        done++;
        continue;
      }
      if (controller.signal.aborted) {
        if (restoring) await this.unmark(group.files);
        break;
      }
      done++;
      for (const issue of result.issues.filter((i) => i.severity === "error")) {
        this.problems.push({
          file: name,
          message: issue.message,
          ...(issue.line !== undefined ? { line: issue.line } : {}),
          ...(issue.path !== undefined ? { path: issue.path } : {}),
        });
      }
      // A text that is not a plan (about a plan, or other) is still listed, with what was read.
      if (result.plans.length === 0 && result.documents.length === 0) {
        const error = result.issues.find((i) => i.severity === "error");
        if (restoring) {
          // A kept file that now gives nothing (a reader changed, the file was damaged): set aside, not re-read at every visit.
          this.problems = this.problems.filter((p) => p.file !== name);
          await this.putAside(group, {
            reason: "failed",
            message: aside("data.setAside.failed", name, error?.message ?? noPlans(name)),
            at: Date.now(),
          });
        } else if (!error) this.problems.push({ file: name, message: noPlans(name) });
        continue;
      }
      if (restoring) await this.unmark(group.files);
      const migrated = result.plans
        .map((p) => p.validation?.find((issue) => issue.code === "schema.migrated"))
        .filter((issue) => issue !== undefined);
      if (migrated[0]) {
        const { from, to } = migrated[0].params as { from: string; to: string };
        this.problems.push({
          file: name,
          message: both("data.migrated", { file: name, count: migrated.length, from, to }),
          note: true,
        });
      }
      this.replaceFile(name);
      const planIds: string[] = [];
      const draftPlans: ReadPlan[] = [];
      let drafts = 0;
      for (const read of result.plans) {
        const { plan, source } = read;
        const id = this.uniqueId(plan.id, name);
        const own = id === plan.id ? plan : { ...plan, id };
        this.plans.set(id, own);
        planIds.push(id);
        // A plan read from a text or a document (not a data file): a draft for a person to review.
        const draft = read.extraction !== undefined || source.format === "text" || source.format === "docx";
        if (draft) {
          drafts++;
          draftPlans.push({ ...read, plan: own });
        }
        this.entries.push({ ...entryOfPlan(own, "own", name), ...(draft ? { draft } : {}) });
      }
      if (draftPlans.length > 0 || result.documents.length > 0)
        this.readings.set(name, { result, drafts: draftPlans });
      this.stored.set(name, group.files);
      let stored = true;
      if (!restoring) {
        try {
          for (const file of group.files) await fileStore.put(file);
        } catch {
          stored = false;
          this.problems.push({ file: name, message: storageFailed(name) });
        }
      }
      const size = group.files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
      const members = group.files.map((file) => file.name);
      this.files.push({ name, size, planIds, drafts, stored, members, ...textKind(result) });
      // A review kept from an earlier visit: the corrected plan, not the draft, is compared.
      const review = group.files[0]?.review;
      if (review) for (const item of await this.applyKept(name, review)) this.problems.push(item);
    }
    if (this.controller === controller) this.controller = undefined;
    report({ state: controller.signal.aborted ? "cancelled" : "done", done, total });
  }

  /** Clears the marks of files read on restore (they are put back as they were listed). */
  private async unmark(files: readonly StoredFile[]): Promise<void> {
    try {
      for (const file of files) await fileStore.put(file);
    } catch {
      // no storage: nothing was marked
    }
  }

  private replaceFile(name: string): void {
    const old = this.files.find((f) => f.name === name);
    if (!old) return;
    for (const id of old.planIds) this.plans.delete(id);
    this.readings.delete(name);
    this.reviews.delete(name);
    this.refused.delete(name);
    this.stored.delete(name);
    this.files = this.files.filter((f) => f.name !== name);
    this.entries = this.entries.filter((e) => e.file !== name);
  }

  // A user's copy of a real plan (or two files with the same plan) must not
  // collide: analytics identifies units by plan id.
  private uniqueId(id: string, file: string): string {
    const taken = (candidate: string) => this.reserved.has(candidate) || this.plans.has(candidate);
    if (!taken(id)) return id;
    let candidate = `${id} (${file})`;
    for (let n = 2; taken(candidate); n++) candidate = `${id} (${file} ${n})`;
    return candidate;
  }
}

/**
 * What kind of document a text is, with the decision that issues its plan or
 * the plans it names; nothing for the other formats.
 */
function textKind(result: ReadPlansResult): Pick<OwnFile, "documentKind" | "decision" | "mentions"> {
  const extraction = result.plans.find((p) => p.extraction)?.extraction ?? result.documents[0]?.extraction;
  if (!extraction) return {};
  return {
    documentKind: extraction.documentKind,
    ...(extraction.decision ? { decision: extraction.decision } : {}),
    ...(extraction.documentKind === "about-plan" ? { mentions: extraction.mentions } : {}),
  };
}

/** The tables of a plan table set: one reading for all the files of one table format. */
const TABLE_FILE = /\.(csv|arrow|parquet)$/i;

/**
 * The readings of the files given together: the table files of one format
 * (`plans.parquet`, `activities.parquet` …) are one reading, named after its
 * plans table, for a table set is only whole together; every other file is a
 * reading of its own.
 */
function readings(files: readonly StoredFile[]): { name: string; files: StoredFile[] }[] {
  const singles: { name: string; files: StoredFile[] }[] = [];
  const sets = new Map<string, StoredFile[]>();
  for (const file of files) {
    const format = TABLE_FILE.exec(file.name)?.[1]?.toLowerCase();
    if (format === undefined) singles.push({ name: file.name, files: [file] });
    else sets.set(format, [...(sets.get(format) ?? []), file]);
  }
  const tableSets = [...sets.entries()].map(([format, members]) => ({
    name:
      members.find((file) => file.name.toLowerCase() === `plans.${format}`)?.name ??
      (members[0] as StoredFile).name,
    files: members,
  }));
  return [...singles, ...tableSets];
}

const tooLarge = (file: string, size: number) =>
  both("data.tooLarge", { file, size: Math.round((size / 1024 / 1024) * 10) / 10 });
const unreadable = (file: string, error: unknown) =>
  both("data.unreadable", { file, reason: error instanceof Error ? error.message : String(error) });
const noPlans = (file: string) => both("data.noPlans", { file });
const readTimeout = (file: string, seconds: number) => both("data.readTimeout", { file, seconds });
/** A set-aside message with the reading's own message as its reason, in each language. */
const aside = (key: "data.setAside.failed", file: string, reason: LocalizedText): LocalizedText => ({
  vi: t("vi", key, { file, reason: reason.vi }),
  en: t("en", key, { file, reason: reason.en }),
});
const storageFailed = (file: string) => both("data.storageFailed", { file });
