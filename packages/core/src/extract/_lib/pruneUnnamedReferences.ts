import { foldText } from "../../_lib/fold";
import type { LegalReference } from "../../model/LegalReference";

/** Words that do not tell two documents' names apart. */
const FILLER = new Set(["cua", "va", "cac", "tren", "dia", "ban", "nha", "nuoc", "ve", "viec", "o", "tai"]);

function nameWords(reference: Pick<LegalReference, "title" | "raw">): Set<string> {
  const folded = foldText(reference.title ?? reference.raw ?? "")
    .replace(/\bcchc\b/g, "cai cach hanh chinh")
    .replace(/\btthc\b/g, "thu tuc hanh chinh")
    .replace(/[^a-z0-9 ]+/g, " ");
  return new Set(folded.split(" ").filter((w) => w !== "" && !FILLER.has(w)));
}

/** Folded words written with a capital in `title`: proper names ("Tây Ninh", "Thanh Hóa"). */
function properWords(title: string): Set<string> {
  return new Set(
    title
      .split(/[\s,;()]+/)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
      .map((w) => foldText(w)),
  );
}

function within(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/** True when every word of `b` missing from `a` is one of `allowed`. */
function differsOnlyBy(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  allowed: (w: string) => boolean,
): boolean {
  for (const w of b) if (!a.has(w) && !allowed(w)) return false;
  return true;
}

/** Words a numbered reference's title adds around the name of what it issues ("ban hành Kế hoạch …"). */
const ISSUING = new Set([
  "ban",
  "hanh",
  "ke",
  "hoach",
  "chuong",
  "trinh",
  "de",
  "an",
  "thuc",
  "hien",
  "phe",
  "duyet",
]);
const CLASS_ISSUER = /^(?:cac )?(?:co quan|don vi|dia phuong)\b/;
/** Words that only place a document ("của tỉnh", "thành phố Bắc Giang"), besides the unit's own name. */
const LEVEL = new Set(["xa", "phuong", "huyen", "tinh", "thanh", "pho", "thi", "tran"]);

/**
 * Drops documents cited by name only (no number) that are not documents of
 * their own: the plan naming itself (a "Kế hoạch tuyên truyền CCHC năm
 * 2025" in a plan titled "Tuyên truyền cải cách hành chính năm 2025": the
 * name's words are the title's and it has the title's subject); the name of
 * what a numbered reference of the same text issues (the "Chương trình tổng
 * thể … 2021-2030" of "Nghị quyết 76/NQ-CP … ban hành Chương trình tổng thể
 * … 2021-2030"), when the two differ only by words of issuing or proper
 * names and the name gives no other issuer; and a second
 * mention of a named document that differs from the first only by words of
 * place ("Kế hoạch CCHC năm 2024" beside "Kế hoạch CCHC nhà nước thành phố
 * Bắc Giang năm 2024"; not "Kế hoạch kiểm tra CCHC năm 2025"). Names compare
 * by their folded words, "CCHC" read as "cải cách hành chính", filler words
 * ("của", "trên địa bàn") ignored.
 *
 * @param references - the references in reading order
 * @param planTitle - the plan's own title (trích yếu)
 * @param unitName - the issuing unit's name, whose words count as words of place
 * @returns the references to keep, order kept
 */
export function pruneUnnamedReferences<R extends LegalReference>(
  references: readonly R[],
  planTitle: string,
  unitName = "",
): R[] {
  const own = nameWords({ title: planTitle });
  const subject = [...nameWords({ title: foldText(planTitle).split(" ").slice(0, 2).join(" ") })];
  const place = new Set([...LEVEL, ...foldText(unitName).split(" ")]);
  const numbered = references
    .filter((r) => r.number !== undefined || r.symbol !== undefined)
    .map((r) => ({
      words: nameWords(r),
      proper: properWords(r.title ?? ""),
      issuer: foldText(r.issuer ?? ""),
    }));
  const unnamed = references.filter((r) => r.number === undefined && r.symbol === undefined);
  const words = new Map(unnamed.map((r) => [r, nameWords(r)] as const));
  return references.filter((r) => {
    const mine = words.get(r);
    if (!mine) return true;
    const itself = within(mine, own) && subject.every((w) => mine.has(w));
    // A plan named after this one and issued by no one, or by a class ("của cơ quan, đơn vị, địa phương"),
    // is this plan or the ones it asks for, not a document it cites.
    if (r.type === "ke-hoach" && itself && (!r.issuer || CLASS_ISSUER.test(foldText(r.issuer)))) return false;
    // What a numbered reference issues, named again: the name may leave out words of issuing and proper
    // names ("Tây Ninh"), but not a level ("tỉnh"): without it, it may be the unit's own plan of that name.
    // A name with an issuer of its own ("… của huyện Gia Lộc") is another body's document.
    const issuer = foldText(r.issuer ?? "");
    const issued = (n: (typeof numbered)[number]) =>
      (issuer === "" || issuer === n.issuer) &&
      within(mine, n.words) &&
      differsOnlyBy(mine, n.words, (w) => ISSUING.has(w) || (n.proper.has(w) && !LEVEL.has(w)));
    if (numbered.some(issued)) return false;
    return !unnamed.some((o) => {
      if (o === r || o.type !== r.type) return false;
      const theirs = words.get(o) as Set<string>;
      if (!within(mine, theirs) || !differsOnlyBy(mine, theirs, (w) => place.has(w))) return false;
      // Of two mentions with the same words, the one written out in full ("cải cách hành chính", not "CCHC") stays.
      if (theirs.size !== mine.size) return true;
      const length = (x: R) => (x.title ?? x.raw ?? "").length;
      return length(o) > length(r) || (length(o) === length(r) && unnamed.indexOf(o) < unnamed.indexOf(r));
    });
  });
}
