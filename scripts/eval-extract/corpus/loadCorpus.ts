import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "../../generated/root";
import { type CorpusProblem, corpusProblem } from "./_lib/corpusProblem";
import { CorpusKey } from "./CorpusKey";

export type { CorpusProblem, CorpusProblemCode } from "./_lib/corpusProblem";

/** The development corpus's folder: `tests/corpus/documents`. */
export const CORPUS_FOLDER = join(ROOT, "tests", "corpus", "documents");

/** One corpus document: its id, its text and its answer key. */
export interface CorpusDocument {
  readonly id: string;
  /** The text as stored (UTF-8). */
  readonly text: string;
  readonly key: CorpusKey;
}

/** What {@link loadCorpus} returns: the documents that could be read, sorted by id, and every problem met. */
export interface LoadedCorpus {
  readonly documents: CorpusDocument[];
  readonly problems: CorpusProblem[];
}

const shown = (file: string) => {
  const inRepo = relative(ROOT, file);
  return inRepo.startsWith("..") ? file : inRepo;
};

/**
 * Reads every `<id>.key.json` of a corpus folder with the text it names,
 * each key checked with the `CorpusKey` schema. A key that does not parse,
 * names a missing text or an id other than its file's, and a text with no
 * key, are problems (coded, the file and field named, in Vietnamese and
 * English) and the document is left out; it never throws.
 *
 * @param folder - the folder; `tests/corpus/documents` by default
 * @returns the documents, sorted by id, and the problems
 * @example
 * const { documents, problems } = loadCorpus();
 * documents[0]?.key.documentKind // "plan"
 * problems[0]?.message.en // "tests/corpus/documents/p01-….key.json: field issuer.level is invalid: …"
 */
export function loadCorpus(folder: string = CORPUS_FOLDER): LoadedCorpus {
  if (!existsSync(folder))
    return { documents: [], problems: [corpusProblem("corpus.folder-missing", { file: shown(folder) })] };
  const names = readdirSync(folder).sort();
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const keyed = new Set<string>();
  for (const name of names.filter((n) => n.endsWith(".key.json"))) {
    const path = join(folder, name);
    const file = shown(path);
    const id = name.slice(0, -".key.json".length);
    keyed.add(`${id}.txt`);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      problems.push(corpusProblem("corpus.bad-json", { file, detail: (error as Error).message }));
      continue;
    }
    const parsed = CorpusKey.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5))
        problems.push(
          corpusProblem("corpus.bad-key", {
            file,
            field: issue.path.map(String).join(".") || "(key)",
            detail: issue.message,
          }),
        );
      continue;
    }
    const key = parsed.data;
    if (key.id !== id) {
      problems.push(corpusProblem("corpus.id-mismatch", { file, field: "id", detail: key.id }));
      continue;
    }
    if (key.file !== `${id}.txt`) {
      problems.push(corpusProblem("corpus.id-mismatch", { file, field: "file", detail: key.file }));
      continue;
    }
    const textPath = join(folder, key.file);
    if (!existsSync(textPath)) {
      problems.push(corpusProblem("corpus.text-missing", { file, field: "file", detail: key.file }));
      continue;
    }
    documents.push({ id, text: readFileSync(textPath, "utf8"), key });
  }
  for (const name of names.filter((n) => n.endsWith(".txt") && !keyed.has(n)))
    problems.push(
      corpusProblem("corpus.key-missing", {
        file: shown(join(folder, name)),
        detail: `${name.slice(0, -".txt".length)}.key.json`,
      }),
    );
  return { documents, problems };
}
