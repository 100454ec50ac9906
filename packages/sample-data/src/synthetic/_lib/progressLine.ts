const WIDTH = 30;

/** A progress bar for a terminal: "[█████░░░░░] 50% 5397/10794 plans". */
export function progressLine(done: number, total: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  return `[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} plans`;
}
