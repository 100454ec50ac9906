import { type CorpusProblem, corpusProblem } from "./_lib/corpusProblem";
import type { CorpusDocument } from "./loadCorpus";

/** NFC, capitals, no white space, every dash as "-": so "31/kh- ubnd" and "31/KH-UBND" are the same. */
const squeeze = (text: string) =>
  text
    .normalize("NFC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[‐-―−]/g, "-");

/**
 * Catches a mistyped answer key: the key's number and symbol, its
 * decision's, each reference's number and symbol and each mention's must
 * occur in the document's text (compared without white space, case or
 * dash style, as a symbol is keyed in canonical capitals).
 *
 * @param document - a corpus document, from `loadCorpus`
 * @param file - the name to put in the problems; the key's file by default
 * @returns one `corpus.not-in-text` problem per value not found, naming its field
 * @example
 * checkKeyText({ id: "x", text: "Số: 15/KH-UBND", key: { ...key, number: "51" } })[0]?.field // "number"
 */
export function checkKeyText(document: CorpusDocument, file = `${document.id}.key.json`): CorpusProblem[] {
  const text = squeeze(document.text);
  const { key } = document;
  const values: [string, string | null | undefined][] = [
    ["number", key.number],
    ["symbol", key.symbol],
    ["decision.number", key.decision?.number],
    ["decision.symbol", key.decision?.symbol],
    ...key.references.flatMap((r, i): [string, string | undefined][] => [
      [`references.${i}.number`, r.number],
      [`references.${i}.symbol`, r.symbol],
    ]),
    ...key.mentions.flatMap((m, i): [string, string | undefined][] => [
      [`mentions.${i}.number`, m.number],
      [`mentions.${i}.symbol`, m.symbol],
    ]),
  ];
  return values
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .filter(([, value]) => !text.includes(squeeze(value)))
    .map(([field, value]) => corpusProblem("corpus.not-in-text", { file, field, detail: value }));
}
