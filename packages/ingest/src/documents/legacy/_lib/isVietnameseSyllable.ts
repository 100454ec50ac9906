/** The five tone marks, as NFD combining characters. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

const ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]";
/** Vowel groups (without tone), longest first, and the final consonants. */
const NUCLEUS = [
  "iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu",
  "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê",
  "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y",
].join("|");
const CODA = "ch|nh|ng|c|m|n|p|t";
const SYLLABLE = new RegExp(`^(${ONSET})?(${NUCLEUS})(${CODA})?$`, "u");

/**
 * Whether a word (one syllable, any case) is spelt as a Vietnamese syllable
 * can be: an initial consonant, a vowel group, a final consonant, at most one
 * tone, and a checked syllable (ending in c, ch, p, t) with sắc or nặng only;
 * k, gh, ngh only before i, e, ê, y, and c, g, ng not before them.
 */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONES, "").normalize("NFC");
  if (bare === "gi") return true; // gì, gỉ
  const match = SYLLABLE.exec(bare);
  if (!match) return false;
  const [, onset = "", nucleus = "", coda = ""] = match;
  if (/^[ăâ]$/u.test(nucleus) && coda === "") return false;
  if (/^(c|ch|p|t)$/.test(coda) && tones.length === 1 && !/[\u0301\u0323]/u.test(tones[0] ?? ""))
    return false;
  const front = /^[ieêy]/u.test(nucleus);
  if (/^(k|gh|ngh)$/.test(onset) && !front) return false;
  if (/^(c|g|ng)$/.test(onset) && front && !(onset === "g" && nucleus.startsWith("i"))) return false;
  return true;
}
