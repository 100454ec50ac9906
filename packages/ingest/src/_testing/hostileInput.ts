import { messageCatalogues, Plan } from "@parcomms/core";
import { seedText } from "@parcomms/sample-data";
import fc from "fast-check";
import { expect } from "vitest";
import type { DocumentTextResult } from "../documents/DocumentText";
import { type DocumentFormat, readDocumentText } from "../documents/readDocumentText";
import { ioMessages } from "../ioMessages";
import type { ReadPlansResult } from "../ReadPlansResult";

// Test support (not shipped): what the property suites of ingest's readers share.

/** Runs of a cheap property. */
export const PROPERTY_RUNS = 10_000;
/** vitest's time limit for one property. */
export const PROPERTY_TIMEOUT_MS = 180_000;

/** Every code a ReadIssue or a document failure may carry: ingest's catalogue and core's. */
const CATALOGUE: Readonly<Record<string, { vi: string; en: string }>> = Object.values(
  messageCatalogues,
).reduce((all, catalogue) => Object.assign(all, catalogue), { ...ioMessages });

/** Why a code is not one of the catalogues with both languages, or undefined. */
export function codeProblem(code: string): string | undefined {
  const entry = Object.hasOwn(CATALOGUE, code) ? CATALOGUE[code] : undefined;
  return entry && entry.vi !== "" && entry.en !== "" ? undefined : `code ${code} is not in a catalogue`;
}

/** Why a document reader's result is not well formed, or undefined: a coded failure, or text whose origins (if any) match its lines. */
export function documentProblem(result: DocumentTextResult): string | undefined {
  if ("failure" in result) return codeProblem(result.failure);
  if (typeof result.text !== "string") return "no text";
  if (result.origins !== undefined && result.origins.length !== result.text.split("\n").length)
    return `${result.origins.length} origins for ${result.text.split("\n").length} lines`;
  for (const note of result.notes ?? []) {
    const problem = codeProblem(note.code);
    if (problem) return `note ${problem}`;
  }
  return undefined;
}

/** Why a reading is not well formed, or undefined: coded bilingual issues, plans that are Plans, and the plans of `kept` read. */
export function readingProblem(result: ReadPlansResult, kept: readonly string[] = []): string | undefined {
  for (const issue of result.issues) {
    const problem = codeProblem(issue.code);
    if (problem) return problem;
    if (issue.message.vi === "" || issue.message.en === "") return `${issue.code}: a message is empty`;
    if (issue.code === "extract.internal-error" || issue.code === "extract.schema.invalid")
      return `${issue.code}: ${issue.message.en}`;
  }
  for (const read of result.plans) {
    const checked = Plan.safeParse(read.plan);
    if (!checked.success)
      return `plan of ${read.source.file}: ${JSON.stringify(checked.error.issues.slice(0, 2))}`;
  }
  for (const id of kept)
    if (!result.plans.some((read) => read.plan.id === id)) return `the good plan ${id} was lost`;
  return undefined;
}

/** An edit of a file's bytes: flip a byte's bits, overwrite one, insert garbage, delete a stretch, or cut the end. */
type ByteEdit = readonly ["flip" | "set" | "insert" | "delete" | "truncate", number, number, Uint8Array];

/** Up to `max` edits of a file's bytes. */
export const byteEdits = (max = 4): fc.Arbitrary<ByteEdit[]> =>
  fc.array(
    fc.tuple(
      fc.constantFrom<ByteEdit[0]>("flip", "flip", "set", "insert", "delete", "truncate"),
      fc.nat(),
      fc.integer({ min: 1, max: 255 }),
      fc.uint8Array({ minLength: 1, maxLength: 16 }),
    ),
    { minLength: 1, maxLength: max },
  );

/** `bytes` with `edits` applied (a copy), positions taken modulo the length. */
export function editBytes(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let out = bytes.slice();
  for (const [kind, position, value, garbage] of edits) {
    const at = position % (out.length + 1);
    const parts =
      kind === "insert"
        ? [out.subarray(0, at), garbage, out.subarray(at)]
        : kind === "delete"
          ? [out.subarray(0, at), out.subarray(at + value)]
          : undefined;
    if (parts) {
      const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let offset = 0;
      for (const part of parts) {
        joined.set(part, offset);
        offset += part.length;
      }
      out = joined;
    } else if (kind === "truncate") out = out.slice(0, at);
    else if (at < out.length) out[at] = kind === "flip" ? (out[at] as number) ^ value : value;
  }
  return out;
}

/** The first lines of seed 003 (003:1-24), the text of the small real files the document suites damage. */
export function seedOpening(lines = 24): string {
  return seedText("003_c2f82bd70c212939.txt").split("\n").slice(0, lines).join("\n");
}

/**
 * Asserts that `readDocumentText(format, …)` never rejects and gives a well-formed result on `runs`
 * damaged copies of `file` and `arbitraryRuns` arbitrary byte strings.
 */
export async function assertDocumentReader(
  format: DocumentFormat,
  file: Uint8Array,
  options: {
    seed: number;
    runs: number;
    arbitraryRuns: number;
    /** The reader to call instead of `readDocumentText(format, …)`. */
    read?: (bytes: Uint8Array) => Promise<DocumentTextResult>;
  },
): Promise<void> {
  const read = options.read ?? ((bytes: Uint8Array) => readDocumentText(format, bytes));
  const check = async (bytes: Uint8Array) => {
    let problem: string | undefined;
    try {
      problem = documentProblem(await read(bytes));
    } catch (error) {
      problem = `rejected: ${String(error)}`;
    }
    if (problem !== undefined) expect({ format, length: bytes.length, problem }).toBeUndefined();
  };
  await fc.assert(
    fc.asyncProperty(byteEdits(), (edits) => check(editBytes(file, edits))),
    { seed: options.seed, numRuns: options.runs },
  );
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 256 }),
        fc.nat({ max: file.length }).map((n) => file.slice(0, n)),
      ),
      check,
    ),
    { seed: options.seed + 1, numRuns: options.arbitraryRuns },
  );
}
