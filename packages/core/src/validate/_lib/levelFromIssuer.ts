import { unitKinds } from "../../codelists/unitKinds";
import type { AdministrativeLevel } from "../../model/AdministrativeLevel";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const normalise = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ");

/** Every unit-kind word with the level of its kind and the pattern that finds it as a word, longest first. */
const KIND_WORDS = unitKinds.entries
  .flatMap((k) => k.phrasings.map((p) => ({ word: normalise(p), level: k.level as AdministrativeLevel })))
  .sort((a, b) => b.word.length - a.word.length)
  .map((k) => ({
    ...k,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(k.word)}(?![\\p{L}\\p{N}])`, "u"),
  }));

/** Issuers already read: the same few issuer names recur across plans. */
const LEVELS = new Map<string, AdministrativeLevel | undefined>();

/**
 * The administrative level of a document's issuer, read from the first
 * unit-kind word of its name ("UBND huyện Sơn Tây" → district, "Chủ tịch UBND
 * tỉnh Bắc Giang" → province). Matching keeps diacritics, so a place name
 * such as "Sơn Tịnh" is not read as "tỉnh". When the first word belongs to
 * kinds of different levels ("thành phố" alone: a province-level or a
 * district-level city) the level is unknown.
 *
 * @returns the level, or undefined when no kind word settles it
 */
export function levelFromIssuer(issuer: string): AdministrativeLevel | undefined {
  if (LEVELS.has(issuer)) return LEVELS.get(issuer);
  const level = readLevel(issuer);
  if (LEVELS.size >= 4096) LEVELS.clear();
  LEVELS.set(issuer, level);
  return level;
}

function readLevel(issuer: string): AdministrativeLevel | undefined {
  const text = normalise(issuer);
  let first: { at: number; length: number; levels: Set<AdministrativeLevel> } | undefined;
  for (const { word, level, pattern } of KIND_WORDS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (!first || match.index < first.at || (match.index === first.at && word.length > first.length)) {
      first = { at: match.index, length: word.length, levels: new Set([level]) };
    } else if (match.index === first.at && word.length === first.length) {
      first.levels.add(level);
    }
  }
  return first?.levels.size === 1 ? [...first.levels][0] : undefined;
}
