/// <reference lib="webworker" />
import type { Era, Plan } from "@parcomms/core";
import { type AdminUnitTable, generateNationalDatasetAsync, loadAdminUnits } from "@parcomms/sample-data";
import { entryOfPlan } from "../data/entryOfPlan";
import { SYNTHETIC_SEED, type WorkerRequest, type WorkerResponse } from "./protocol";

// The national datasets are generated here, off the main thread, and stay here;
// the page gets the entries for its unit picker and asks for plans by id.
// Generation goes province by province: the provinces of the plans the first
// view needs come first (tens of ms), the rest follow in batches, between which
// the worker answers the page's requests for plans. Only the era's unit list is
// loaded (a chunk of its own, without the successor table); the plans are built
// as typed values and never parsed, so the worker holds no validation code.
const byId = new Map<string, Plan>();
const started = new Set<Era>();

/** Plans per background batch: ~150 ms of work, so a request for plans waits at most that long. */
const BATCH_PLANS = 500;

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The province code of the unit a synthetic plan id names ("syn-42-3t-2024-213" → "24"), if any. */
function provinceOf(table: AdminUnitTable, id: string): string | undefined {
  const match = /^syn-\d+-(3t|2t)-\d{4}-(\d+)$/.exec(id);
  if (!match || (match[1] === "3t") !== (table.era === "three-tier")) return undefined;
  let unit = table.findUnit(match[2] ?? "");
  while (unit?.parent) unit = table.findUnit(unit.parent.code);
  return unit?.level === "province" ? unit.code.code : undefined;
}

async function generate(era: Era, first: readonly string[]): Promise<void> {
  if (started.has(era)) return;
  started.add(era);
  const start = performance.now();
  const table = await loadAdminUnits(era, { successors: false });
  const units = table.units;
  const provinces = units.filter((u) => u.level === "province").map((u) => u.code.code);
  const size = new Map(provinces.map((p) => [p, 0]));
  for (const u of units) {
    let top = u;
    for (
      let up = top.parent && table.findUnit(top.parent.code);
      up;
      up = up.parent && table.findUnit(up.parent.code)
    )
      top = up;
    size.set(top.code.code, (size.get(top.code.code) ?? 0) + 1);
  }
  const total = units.length;
  post({ type: "start", era, provinces, total });
  const wanted = [...new Set(first.flatMap((id) => provinceOf(table, id) ?? []))];
  const queue = provinces.filter((p) => !wanted.includes(p));
  const batches: string[][] = [wanted.length > 0 ? wanted : queue.splice(0, 1)];
  let batch: string[] = [];
  let plans = 0;
  for (const p of queue) {
    batch.push(p);
    plans += size.get(p) ?? 0;
    if (plans >= BATCH_PLANS) {
      batches.push(batch);
      batch = [];
      plans = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  let done = 0;
  for (const codes of batches) {
    const dataset = await generateNationalDatasetAsync({ era, seed: SYNTHETIC_SEED, provinces: codes });
    const chunks = new Map(codes.map((c) => [c, [] as ReturnType<typeof entryOfPlan>[]]));
    for (const plan of dataset.plans) {
      byId.set(plan.id, plan);
      const province = provinceOf(table, plan.id) ?? codes[0] ?? "";
      chunks.get(province)?.push(entryOfPlan(plan, "synthetic"));
    }
    done += dataset.plans.length;
    post({
      type: "batch",
      era,
      chunks: [...chunks].map(([province, entries]) => ({ province, entries })),
      done,
      total,
      ...(codes === batches[0] ? { plans: [...dataset.plans] } : {}),
    });
    await pause();
  }
  post({ type: "ready", era, count: done, ms: performance.now() - start });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const fail = (error: unknown) =>
    post({
      type: "failed",
      ...(request.type === "generate" ? { era: request.era } : { requestId: request.requestId }),
      message: error instanceof Error ? error.message : String(error),
    });
  try {
    if (request.type === "generate") generate(request.era, request.first).catch(fail);
    else {
      const plans = request.ids.flatMap((id) => byId.get(id) ?? []);
      post({ type: "plans", requestId: request.requestId, plans });
    }
  } catch (error) {
    fail(error);
  }
};
