/** A short, safe description of anything thrown (reading it can throw too). */
export function describeError(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 200 ? `${text.slice(0, 199)}…` : text;
  } catch {
    return "an error that cannot be described";
  }
}
