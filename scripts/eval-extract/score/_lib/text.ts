import { foldVietnamese } from "@parcomms/core";

/** NFC, every run of white space as one space, trimmed: how header fields are compared. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Plural and filler words left out of name keys ("UBND các phường, xã" = "UBND phường, xã"). */
const FILLER = new Set(["cac", "nhung"]);

/** The words of a text, folded (no diacritics, lower case), as a set. */
export function wordSet(text: string): Set<string> {
  return new Set(
    foldVietnamese(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== ""),
  );
}

/** A key for a name: folded words without filler, joined by one space. */
export function nameKey(text: string): string {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !FILLER.has(w))
    .join(" ");
}

/** Dice coefficient of two sets: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return (2 * common) / (a.size + b.size);
}
