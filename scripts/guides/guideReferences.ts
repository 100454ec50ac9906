/** A path or a `pnpm` command named in a guide, with the line it is on. */
export interface GuideReference {
  readonly kind: "path" | "command";
  /** The path from the repository root, or the command's first words (`pnpm run docs`). */
  readonly text: string;
  readonly line: number;
}

/** Where the repository's own paths start: a guide naming one of these means a file or folder here. */
const ROOTS = /^(packages|tests|scripts|docs|\.changeset)\/|^[\w.-]+\.(md|json|yaml|cjs)$/;

/**
 * The repository paths (in backticks, from a known root, without
 * placeholders such as `<format>` or `…`) and the `pnpm` commands (in
 * backticks or code blocks) a Markdown guide names, so a test can check
 * that each exists.
 *
 * @example
 * guideReferences("Run `pnpm run docs`; see `packages/core/src/codelists`.")
 * // [{ kind: "command", text: "pnpm run docs", line: 1 }, { kind: "path", text: "packages/core/src/codelists", line: 1 }]
 */
export function guideReferences(markdown: string): GuideReference[] {
  const found: GuideReference[] = [];
  let inBlock = false;
  markdown.split("\n").forEach((source, index) => {
    const line = index + 1;
    if (source.trimStart().startsWith("```")) {
      inBlock = !inBlock;
      return;
    }
    const spans = inBlock ? [source] : [...source.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");
    for (const span of spans) {
      for (const command of span.matchAll(/\bpnpm (run [\w:-]+|[\w:-]+)/g)) {
        found.push({ kind: "command", text: `pnpm ${command[1]}`, line });
      }
      const path = span.trim().replace(/#.*$/, "");
      if (!inBlock && ROOTS.test(path) && !/[<>…*\s]/.test(path))
        found.push({ kind: "path", text: path, line });
    }
  });
  return found;
}
