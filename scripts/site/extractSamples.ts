/**
 * The code samples of a Markdown page, for the test that runs the samples of
 * the getting-started pages (scripts/site/samples.test.ts).
 */

/** A fenced code block of a page. */
export interface Sample {
  /** The language, the first word of the fence's info string (`ts`, `sh`, `sql` …). */
  readonly lang: string;
  /** The other words of the info string, such as `no-run` for a sample the test must not run. */
  readonly flags: readonly string[];
  /** The code between the fences. */
  readonly code: string;
  /** The 1-based line of the opening fence, to name the sample in a failure. */
  readonly line: number;
  /** The output the sample states, one entry per `// →`, `# →` or `-- →` comment, in order. */
  readonly expected: readonly string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`]*)$/;
const EXPECTATION = /(?:\/\/|#|--)\s*→\s?(.*)$/;

/**
 * Every fenced code block of a Markdown page, with its language, its flags and
 * the outputs it states in `→` comments.
 *
 * @param markdown - The page's text.
 * @returns The samples in page order.
 * @example
 * extractSamples("```ts\nconsole.log(1 + 1); // → 2\n```\n\n```sh no-run\npnpm start\n```\n");
 * // → [{ lang: "ts", flags: [], code: "console.log(1 + 1); // → 2", line: 1, expected: ["2"] },
 * //    { lang: "sh", flags: ["no-run"], code: "pnpm start", line: 5, expected: [] }]
 */
export function extractSamples(markdown: string): Sample[] {
  const samples: Sample[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    const fence = open[1] as string;
    const [lang = "", ...flags] = (open[2] as string).trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] as string;
      if (line.trimStart().startsWith(fence) && line.trim().replaceAll(fence[0] as string, "") === "") break;
      body.push(line);
    }
    const expected = body.flatMap((line) => {
      const match = EXPECTATION.exec(line);
      return match ? [(match[1] as string).trim()] : [];
    });
    samples.push({ lang, flags, code: body.join("\n"), line: i + 1, expected });
    i = j;
  }
  return samples;
}
