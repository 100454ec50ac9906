import type { Era, LocalizedText, Plan } from "@parcomms/core";
import { realPlans } from "@parcomms/sample-data";
import { both } from "../i18n/both";
import { fileStore, type StoredFile } from "../storage/fileStore";
import type { WorkerRequest, WorkerResponse } from "../worker/protocol";
import { syntheticWorker } from "../worker/syntheticWorker";
import { entryOfPlan } from "./entryOfPlan";
import type { PlanEntry } from "./PlanEntry";

/** Largest file the notebook reads (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A problem with one of the user's files, shown until the next change of files. */
export interface FileProblem {
  readonly file: string;
  readonly message: LocalizedText;
  readonly line?: number;
  readonly path?: string;
}

/** One of the user's files as loaded: its name, size and the ids of the plans read from it. */
export interface OwnFile {
  readonly name: string;
  readonly size: number;
  readonly planIds: string[];
  /** How many of its plans are drafts extracted from text (.txt, .docx). */
  readonly drafts: number;
  /** False when the browser refused to keep it (it is then lost on reload). */
  readonly stored: boolean;
}

/** Progress of the synthetic dataset of an era. */
export type SyntheticStatus =
  | { readonly state: "off" }
  | {
      readonly state: "generating";
      readonly done: number;
      readonly total: number;
    }
  | { readonly state: "ready"; readonly count: number; readonly ms: number }
  | { readonly state: "failed"; readonly message: string };

const REAL_ENTRIES = realPlans.map((p) => entryOfPlan(p, "real"));

/**
 * All plans the notebook has open: the five real plans, the user's files
 * (read with analytics' `readPlanFiles`, kept in IndexedDB) and the synthetic
 * datasets (generated in a Web Worker that keeps the plans; the page holds only
 * their entries and asks for plans by id).
 */
export class DataStore {
  readonly local = new Map<string, Plan>(realPlans.map((p) => [p.id, p]));
  ownFiles: OwnFile[] = [];
  ownEntries: PlanEntry[] = [];
  problems: FileProblem[] = [];
  readonly synthetic = new Map<Era, SyntheticStatus>();
  /** Per era: its provinces in dataset order, the entries generated so far per province, and their concatenation. */
  private readonly syntheticEntries = new Map<
    Era,
    { provinces: readonly string[]; chunks: Map<string, PlanEntry[]>; all: PlanEntry[] | undefined }
  >();
  private readonly cache = new Map<string, Plan>();
  private listening = false;
  private nextRequest = 1;
  private readonly pending = new Map<number, (plans: Plan[]) => void>();

  constructor(private readonly onChange: () => void) {
    // The entry module may have started generating already: take over its messages.
    if (syntheticWorker.started()) this.listen();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    syntheticWorker.listen((response) => this.receive(response));
  }

  /** Entries of the open datasets and the user's files, real plans first. */
  entries(datasets: { real: boolean; eras: readonly Era[] }): PlanEntry[] {
    return [
      ...(datasets.real ? REAL_ENTRIES : []),
      ...this.ownEntries,
      ...datasets.eras.flatMap((era) => this.syntheticOf(era)),
    ];
  }

  /** The synthetic entries of an era generated so far, in the dataset's order (provinces in code order). */
  private syntheticOf(era: Era): PlanEntry[] {
    const data = this.syntheticEntries.get(era);
    if (!data) return [];
    data.all ??= data.provinces.flatMap((p) => data.chunks.get(p) ?? []);
    return data.all;
  }

  /**
   * Starts generating the synthetic dataset of an era, once: the provinces of
   * the plans in `first` (the chosen ones) come first, so the first view draws
   * in tens of milliseconds while the rest is generated in the background.
   */
  openSynthetic(era: Era, first: readonly string[] = []): void {
    const status = this.synthetic.get(era);
    if (status && status.state !== "failed") return;
    this.synthetic.set(era, { state: "generating", done: 0, total: 0 });
    this.send({ type: "generate", era, first });
  }

  /** The plans with these ids, in the same order; ids that are not open are skipped. */
  async plans(ids: readonly string[]): Promise<Plan[]> {
    const missing = ids.filter((id) => !this.local.has(id) && !this.cache.has(id));
    if (missing.length > 0 && this.listening) {
      const requestId = this.nextRequest++;
      const fetched = await new Promise<Plan[]>((resolve) => {
        this.pending.set(requestId, resolve);
        this.send({ type: "plans", requestId, ids: missing });
      });
      if (this.cache.size > 4000) this.cache.clear();
      for (const plan of fetched) this.cache.set(plan.id, plan);
    }
    return ids.flatMap((id) => this.local.get(id) ?? this.cache.get(id) ?? []);
  }

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
  async addFiles(files: readonly File[]): Promise<void> {
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
    this.onChange();
  }

  /** Removes one of the user's files and its plans, from the page and from the browser's storage. */
  async removeFile(name: string): Promise<void> {
    const file = this.ownFiles.find((f) => f.name === name);
    if (!file) return;
    for (const id of file.planIds) this.local.delete(id);
    this.ownFiles = this.ownFiles.filter((f) => f.name !== name);
    this.ownEntries = this.ownEntries.filter((e) => e.file !== name);
    this.problems = this.problems.filter((p) => p.file !== name);
    try {
      await fileStore.remove(name);
    } catch {
      // already gone from the page; storage will be retried on the next removal
    }
    this.onChange();
  }

  private async read(files: readonly StoredFile[], restoring: boolean): Promise<void> {
    const { readPlanFilesAsync } = await import("../lazy/io");
    for (const file of files) {
      // One file at a time, so a broken file never takes the others with it.
      let result: Awaited<ReturnType<typeof readPlanFilesAsync>>;
      try {
        result = await readPlanFilesAsync([{ name: file.name, bytes: file.bytes }]);
      } catch (error) {
        this.problems.push({ file: file.name, message: unreadable(file.name, error) });
        continue;
      }
      for (const issue of result.issues.filter((i) => i.severity === "error")) {
        this.problems.push({
          file: file.name,
          message: issue.message,
          ...(issue.line !== undefined ? { line: issue.line } : {}),
          ...(issue.path !== undefined ? { path: issue.path } : {}),
        });
      }
      if (result.plans.length === 0) {
        if (!result.issues.some((i) => i.severity === "error"))
          this.problems.push({ file: file.name, message: noPlans(file.name) });
        continue;
      }
      this.replaceFile(file.name);
      const planIds: string[] = [];
      let drafts = 0;
      for (const { plan, source } of result.plans) {
        const id = this.uniqueId(plan.id, file.name);
        const own = id === plan.id ? plan : { ...plan, id };
        this.local.set(id, own);
        planIds.push(id);
        const draft = source.format === "text" || source.format === "docx";
        if (draft) drafts++;
        this.ownEntries.push({ ...entryOfPlan(own, "own", file.name), ...(draft ? { draft } : {}) });
      }
      let stored = true;
      if (!restoring) {
        try {
          await fileStore.put(file);
        } catch {
          stored = false;
          this.problems.push({ file: file.name, message: storageFailed(file.name) });
        }
      }
      this.ownFiles.push({ name: file.name, size: file.bytes.byteLength, planIds, drafts, stored });
    }
  }

  private replaceFile(name: string): void {
    const old = this.ownFiles.find((f) => f.name === name);
    if (!old) return;
    for (const id of old.planIds) this.local.delete(id);
    this.ownFiles = this.ownFiles.filter((f) => f.name !== name);
    this.ownEntries = this.ownEntries.filter((e) => e.file !== name);
  }

  // A user's copy of a real plan (or two files with the same plan) must not
  // collide: analytics identifies units by plan id.
  private uniqueId(id: string, file: string): string {
    if (!this.local.has(id)) return id;
    let candidate = `${id} (${file})`;
    for (let n = 2; this.local.has(candidate); n++) candidate = `${id} (${file} ${n})`;
    return candidate;
  }

  private send(message: WorkerRequest): void {
    this.listen();
    syntheticWorker.post(message);
  }

  private receive(message: WorkerResponse): void {
    switch (message.type) {
      case "start":
        this.syntheticEntries.set(message.era, {
          provinces: message.provinces,
          chunks: new Map(),
          all: undefined,
        });
        this.synthetic.set(message.era, { state: "generating", done: 0, total: message.total });
        break;
      case "batch": {
        const data = this.syntheticEntries.get(message.era);
        if (!data) return;
        for (const chunk of message.chunks) data.chunks.set(chunk.province, chunk.entries);
        for (const plan of message.plans ?? []) this.cache.set(plan.id, plan);
        data.all = undefined;
        this.synthetic.set(message.era, { state: "generating", done: message.done, total: message.total });
        break;
      }
      case "ready":
        this.synthetic.set(message.era, { state: "ready", count: message.count, ms: message.ms });
        break;
      case "plans":
        this.pending.get(message.requestId)?.(message.plans);
        this.pending.delete(message.requestId);
        return;
      case "failed":
        if (message.era) this.synthetic.set(message.era, { state: "failed", message: message.message });
        if (message.requestId !== undefined) {
          this.pending.get(message.requestId)?.([]);
          this.pending.delete(message.requestId);
        }
        break;
    }
    this.onChange();
  }
}

const tooLarge = (file: string, size: number) =>
  both("data.tooLarge", { file, size: Math.round((size / 1024 / 1024) * 10) / 10 });
const unreadable = (file: string, error: unknown) =>
  both("data.unreadable", { file, reason: error instanceof Error ? error.message : String(error) });
const noPlans = (file: string) => both("data.noPlans", { file });
const storageFailed = (file: string) => both("data.storageFailed", { file });
