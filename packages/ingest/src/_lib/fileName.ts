/** The last part of a path ("data/csv/plans.csv" → "plans.csv"); `/` and `\` both separate. */
export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}

/** The folder part of a path, without the trailing separator ("data/csv/plans.csv" → "data/csv", "plans.csv" → ""). */
export function folderName(name: string): string {
  return name.slice(0, Math.max(0, Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\"))));
}

/** The extension, lower case, with its dot (".json"), or "" when there is none. */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot).toLowerCase();
}
