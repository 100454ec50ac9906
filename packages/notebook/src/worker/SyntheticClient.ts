import type { Era, Plan } from "@parcomms/core";
import type { PlanEntry } from "../data/PlanEntry";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import type { SyntheticStatus } from "./SyntheticStatus";
import { syntheticWorker } from "./syntheticWorker";

/**
 * The page's side of the synthetic-data worker: starts an era's generation,
 * keeps its progress and the entries generated so far (the worker keeps the
 * plans), and fetches plans by id, keeping recent ones.
 *
 * @example
 * const client = new SyntheticClient(() => redraw());
 * client.open("two-tier", ["syn-42-2t-2025-48"]);
 * client.entries("two-tier"); // grows batch by batch; client.status.get("two-tier")?.state === "generating"
 * await client.plans(["syn-42-2t-2025-48"]);
 */
export class SyntheticClient {
  /** Progress of each era opened. */
  readonly status = new Map<Era, SyntheticStatus>();
  /** Per era: its provinces in dataset order, the entries generated so far per province, and their concatenation. */
  private readonly generated = new Map<
    Era,
    { provinces: readonly string[]; chunks: Map<string, PlanEntry[]>; all: PlanEntry[] | undefined }
  >();
  private readonly cache = new Map<string, Plan>();
  private listening = false;
  private nextRequest = 1;
  private readonly pending = new Map<number, (plans: Plan[]) => void>();

  /** @param onChange - called when the worker reports progress (entries, status) */
  constructor(private readonly onChange: () => void) {
    // The entry module may have started generating already: take over its messages.
    if (syntheticWorker.started()) this.listen();
  }

  /** The synthetic entries of an era generated so far, in the dataset's order (provinces in code order). */
  entries(era: Era): PlanEntry[] {
    const data = this.generated.get(era);
    if (!data) return [];
    data.all ??= data.provinces.flatMap((p) => data.chunks.get(p) ?? []);
    return data.all;
  }

  /**
   * Starts generating the synthetic dataset of an era, once: the provinces of
   * the plans in `first` (the chosen ones) come first, so the first view draws
   * in tens of milliseconds while the rest is generated in the background.
   */
  open(era: Era, first: readonly string[] = []): void {
    const status = this.status.get(era);
    if (status && status.state !== "failed") return;
    this.status.set(era, { state: "generating", done: 0, total: 0 });
    this.send({ type: "generate", era, first });
  }

  /** A synthetic plan already on the page, if any. */
  cached(id: string): Plan | undefined {
    return this.cache.get(id);
  }

  /** Asks the worker for plans by id (none when no worker runs); ids it does not have are skipped. */
  async plans(ids: readonly string[]): Promise<Plan[]> {
    if (ids.length === 0 || !this.listening) return [];
    const requestId = this.nextRequest++;
    const fetched = await new Promise<Plan[]>((resolve) => {
      this.pending.set(requestId, resolve);
      this.send({ type: "plans", requestId, ids });
    });
    if (this.cache.size > 4000) this.cache.clear();
    for (const plan of fetched) this.cache.set(plan.id, plan);
    return fetched;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    syntheticWorker.listen((response) => this.receive(response));
  }

  private send(message: WorkerRequest): void {
    this.listen();
    syntheticWorker.post(message);
  }

  private receive(message: WorkerResponse): void {
    switch (message.type) {
      case "start":
        this.generated.set(message.era, {
          provinces: message.provinces,
          chunks: new Map(),
          all: undefined,
        });
        this.status.set(message.era, { state: "generating", done: 0, total: message.total });
        break;
      case "batch": {
        const data = this.generated.get(message.era);
        if (!data) return;
        for (const chunk of message.chunks) data.chunks.set(chunk.province, chunk.entries);
        for (const plan of message.plans ?? []) this.cache.set(plan.id, plan);
        data.all = undefined;
        this.status.set(message.era, { state: "generating", done: message.done, total: message.total });
        break;
      }
      case "ready":
        this.status.set(message.era, { state: "ready", count: message.count, ms: message.ms });
        break;
      case "plans":
        this.pending.get(message.requestId)?.(message.plans);
        this.pending.delete(message.requestId);
        return;
      case "failed":
        if (message.era) this.status.set(message.era, { state: "failed", message: message.message });
        if (message.requestId !== undefined) {
          this.pending.get(message.requestId)?.([]);
          this.pending.delete(message.requestId);
        }
        break;
    }
    this.onChange();
  }
}
