import type { Plan } from "@parcomms/core";
import type { ReadPlansResult } from "@parcomms/ingest";
import { both } from "../i18n/both";
import { fileStore, type StoredFile } from "../storage/fileStore";
import { entryOfPlan } from "./entryOfPlan";
import type { FileProblem } from "./FileProblem";
import type { OwnFile } from "./OwnFile";
import type { PlanEntry } from "./PlanEntry";

/** Largest file the notebook reads (50 MB). */
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

  /** @param reserved - plans whose ids the user's plans must not take (the real plans) */
  constructor(private readonly reserved: ReadonlyMap<string, Plan>) {}

  /** Reads the files kept in IndexedDB from an earlier visit. */
  async restore(): Promise<void> {
    let stored: StoredFile[] = [];
    try {
      stored = await fileStore.list();
    } catch {
      return; // no IndexedDB (private mode): nothing to restore
    }
    if (stored.length > 0) await this.read(stored, true);
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
    const { readPlanFilesAsync } = await import("../lazy/io");
    for (const group of readings(files)) {
      // One reading at a time, so a broken file never takes the others with it.
      const name = group.name;
      let result: Awaited<ReturnType<typeof readPlanFilesAsync>>;
      try {
        // With validation, every plan goes through core's validatePlan, which migrates a plan saved
        // in an earlier schema (a 1.0 file kept in IndexedDB from an earlier visit) and says so.
        result = await readPlanFilesAsync(
          group.files.map((file) => ({ name: file.name, bytes: file.bytes })),
          { validate: true },
        );
      } catch (error) {
        this.problems.push({ file: name, message: unreadable(name, error) });
        continue;
      }
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
        if (!result.issues.some((i) => i.severity === "error"))
          this.problems.push({ file: name, message: noPlans(name) });
        continue;
      }
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
      let drafts = 0;
      for (const { plan, source } of result.plans) {
        const id = this.uniqueId(plan.id, name);
        const own = id === plan.id ? plan : { ...plan, id };
        this.plans.set(id, own);
        planIds.push(id);
        const draft = source.format === "text" || source.format === "docx";
        if (draft) drafts++;
        this.entries.push({ ...entryOfPlan(own, "own", name), ...(draft ? { draft } : {}) });
      }
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
    }
  }

  private replaceFile(name: string): void {
    const old = this.files.find((f) => f.name === name);
    if (!old) return;
    for (const id of old.planIds) this.plans.delete(id);
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
const storageFailed = (file: string) => both("data.storageFailed", { file });
