import type { Era, Plan } from "@parcomms/core";
import type { PlanReview } from "../review/PlanReview";
import type { QueueRow } from "../review/QueueRow";
import type { ReviewQueueOptions } from "../review/reviewQueue";
import { SyntheticClient } from "../worker/SyntheticClient";
import type { SyntheticStatus } from "../worker/SyntheticStatus";
import { entryOfPlan } from "./entryOfPlan";
import type { FileProblem } from "./FileProblem";
import type { OwnFile } from "./OwnFile";
import { OwnFiles, type OwnReading, type SetAsideFile } from "./OwnFiles";
import type { PlanEntry } from "./PlanEntry";
import type { ReadingStatus } from "./ReadingStatus";

/**
 * All plans the notebook has open, in one place for the sections: the five
 * real plans, the user's files ({@link OwnFiles}) and the synthetic datasets
 * ({@link SyntheticClient}: generated in a Web Worker that keeps the plans;
 * the page holds only their entries and asks for plans by id).
 *
 * @example
 * const store = new DataStore(() => notebook.refresh());
 * await store.openReal();
 * store.entries({ real: true, eras: [] }).length // 5
 * await store.plans(["000_34833a3694ee8a96"]) // [plan000]
 */
export class DataStore {
  /** The real plans, once loaded (see {@link DataStore.openReal}), and their entries. */
  private readonly real = new Map<string, Plan>();
  private realEntries: PlanEntry[] = [];
  private realLoading: Promise<void> | undefined;
  private readonly own: OwnFiles;
  private readonly syntheticData: SyntheticClient;
  private readonly readingListeners = new Set<() => void>();

  /** @param onChange - called when the open data changed (files read or removed, synthetic progress) */
  constructor(private readonly onChange: () => void) {
    this.syntheticData = new SyntheticClient(onChange);
    this.own = new OwnFiles(this.real, {
      onProgress: () => {
        for (const listener of this.readingListeners) listener();
      },
    });
  }

  /** How far the reading of the user's files has gone (files done, the current file, its document's progress). */
  get reading(): ReadingStatus | undefined {
    return this.own.status;
  }

  /** Calls `listener` as the reading progresses (without redrawing the sections); returns how to stop. */
  onReading(listener: () => void): () => void {
    this.readingListeners.add(listener);
    return () => this.readingListeners.delete(listener);
  }

  /** Stops the reading of files in progress. */
  cancelReading(): void {
    this.own.cancel();
  }

  /** The review queue of the user's texts and documents (see {@link OwnFiles.queue}). */
  queue(options: ReviewQueueOptions = {}): QueueRow[] {
    return this.own.queue(options);
  }

  /** What was read from one of the user's files, for its review. */
  ownReading(name: string): OwnReading | undefined {
    return this.own.readings.get(name);
  }

  /** The bytes of one of the user's files read as a document, to show its pages in its review. */
  ownBytes(name: string): Uint8Array | undefined {
    return this.own.bytes(name);
  }

  /** A person's review of a file so far. */
  ownReview(name: string): PlanReview | undefined {
    return this.own.reviews.get(name);
  }

  /** The corrections refused at a file's last review, with their messages. */
  ownRefused(name: string): readonly FileProblem[] {
    return this.own.refused.get(name) ?? [];
  }

  /** One of the user's plans as compared (corrected when reviewed). */
  ownPlan(id: string): Plan | undefined {
    return this.own.plans.get(id);
  }

  /** Sets a person's review of a file's draft plan; the corrected plan is compared from now on. */
  async reviewFile(name: string, review: PlanReview): Promise<FileProblem[]> {
    const problems = await this.own.review(name, review);
    this.onChange();
    return problems;
  }

  /** The user's files as loaded. */
  get ownFiles(): readonly OwnFile[] {
    return this.own.files;
  }

  /** Problems with the user's files, from the last change of files. */
  get problems(): readonly FileProblem[] {
    return this.own.problems;
  }

  /** Progress of each synthetic dataset opened. */
  get synthetic(): ReadonlyMap<Era, SyntheticStatus> {
    return this.syntheticData.status;
  }

  /**
   * Loads the five real plans, once (a chunk of their own: a view of synthetic data never loads
   * them); until then they have no entries.
   */
  openReal(): Promise<void> {
    this.realLoading ??= import("../lazy/realPlans").then(({ realPlans }) => {
      for (const plan of realPlans) this.real.set(plan.id, plan);
      this.realEntries = realPlans.map((p) => entryOfPlan(p, "real"));
    });
    return this.realLoading;
  }

  /** Whether the real plans have been asked for (see {@link DataStore.openReal}). */
  get realOpen(): boolean {
    return this.realLoading !== undefined;
  }

  /** Entries of the open datasets and the user's files, real plans first. */
  entries(datasets: { real: boolean; eras: readonly Era[] }): PlanEntry[] {
    return [
      ...(datasets.real ? this.realEntries : []),
      ...this.own.entries,
      ...datasets.eras.flatMap((era) => this.syntheticData.entries(era)),
    ];
  }

  /** Starts generating the synthetic dataset of an era, once, the provinces of the plans in `first` first. */
  openSynthetic(era: Era, first: readonly string[] = []): void {
    this.syntheticData.open(era, first);
  }

  /** The plans with these ids, in the same order; ids that are not open are skipped. */
  async plans(ids: readonly string[]): Promise<Plan[]> {
    const known = (id: string) =>
      this.real.get(id) ?? this.own.plans.get(id) ?? this.syntheticData.cached(id);
    const fetched = await this.syntheticData.plans(ids.filter((id) => known(id) === undefined));
    const byId = new Map(fetched.map((p) => [p.id, p]));
    return ids.flatMap((id) => known(id) ?? byId.get(id) ?? []);
  }

  /** Reads the files kept in IndexedDB from an earlier visit. */
  restore(): Promise<void> {
    return this.own.restore();
  }

  /** Adds the user's files: too large ones are refused, the rest read and kept in the browser. */
  async addFiles(files: readonly File[]): Promise<void> {
    await this.own.add(files);
    this.onChange();
  }

  /** The user's kept files set aside on page load (failed, timed out or interrupted), with why. */
  get setAsideFiles(): readonly SetAsideFile[] {
    return this.own.setAside;
  }

  /** Reads a file set aside again; it stays aside if it fails again. */
  async retryFile(name: string): Promise<void> {
    await this.own.retry(name);
    this.onChange();
  }

  /** Removes one of the user's files and its plans, from the page and from the browser's storage. */
  async removeFile(name: string): Promise<void> {
    if (await this.own.remove(name)) this.onChange();
  }
}
