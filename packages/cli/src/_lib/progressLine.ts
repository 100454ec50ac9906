const WIDTH = 30;

/** A progress bar for a terminal: "[█████░░░░░]  50% 5397/10794 plans", the unit word in the chosen language. */
export function progressLine(done: number, total: number, unit = "plans"): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  return `[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} ${unit}`;
}
