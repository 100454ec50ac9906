import type { Timeframe } from "@parcomms/core";

/**
 * A timeframe as a comparable key: its kind and dates only. Text (raw,
 * condition, occasion) is left out, arrays of numbers are sorted, keys are
 * sorted, so "Quý I/2024" and "quý I năm 2024" give the same key.
 */
export function timeframeKey(timeframe: Timeframe | undefined): string | undefined {
  if (timeframe === undefined) return undefined;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(strip);
      return items.every((x) => typeof x === "number")
        ? [...(items as number[])].sort((a, b) => a - b)
        : items;
    }
    if (value !== null && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        const v = (value as Record<string, unknown>)[key];
        if (typeof v === "string" && key !== "kind" && key !== "period") continue;
        out[key] = strip(v);
      }
      return out;
    }
    return value;
  };
  return JSON.stringify(strip(timeframe));
}
