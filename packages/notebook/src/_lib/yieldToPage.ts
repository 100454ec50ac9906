/**
 * Gives the page a turn: input events waiting, and a frame if one is due,
 * then resolves. Unlike waiting for the next animation frame, it does not
 * idle until a frame when none is due, and it runs in a hidden tab too.
 * Uses `scheduler.yield()` where the browser has it, else a message task.
 *
 * @example
 * for (const section of later) { await yieldToPage(); draw(section); }
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
