import { joinTraced, type TracedText, traceText } from "./_lib/TracedText";
import {
  crlfTraced,
  doubleBlankTraced,
  hardWrapTraced,
  insertPageFurnitureTraced,
  nfdTraced,
} from "./_lib/traced";

/** Names of the variants, clean first, then each damage alone, then all combined. */
export const VARIANT_NAMES = [
  "clean",
  "crlf",
  "nfd",
  "hard-wrap",
  "double-blank",
  "page-furniture",
  "all",
] as const;
export type VariantName = (typeof VARIANT_NAMES)[number];

/** A damaged copy of a text with the map of its lines back to the clean text. */
export interface DamagedVariant {
  readonly name: VariantName;
  readonly text: string;
  /** `cleanLine[i]` is the clean line (1-based) that line `i + 1` of `text` came from; 0 for inserted lines. */
  readonly cleanLine: readonly number[];
}

/** Options of {@link damageVariants}. */
export interface DamageVariantsOptions {
  /** Seed of every random choice (wrap widths, page lengths, page-number style). */
  readonly seed: number;
  /** The running header inserted at page breaks. */
  readonly header: string;
  /** Lines per page for the page furniture; 40 by default. */
  readonly linesPerPage?: number;
}

/**
 * The clean text and its damaged variants: Windows line endings (crlf), NFD,
 * hard line breaks every 70–80 characters (hard-wrap), doubled blank lines,
 * page numbers and running headers between lines (page-furniture), and all
 * of them at once (all: NFD, wrap, blank lines, furniture, then CRLF).
 * Deterministic for a given seed.
 *
 * @param text - the clean text
 * @param options - seed and running header
 * @returns one variant per name of {@link VARIANT_NAMES}, in that order
 * @example
 * damageVariants("KẾ HOẠCH\n\nTuyên truyền", { seed: 1, header: "KẾ HOẠCH" })[1]?.text
 * // "KẾ HOẠCH\r\n\r\nTuyên truyền"
 */
export function damageVariants(text: string, options: DamageVariantsOptions): DamagedVariant[] {
  const clean = traceText(text.replace(/\r\n/g, "\n"));
  const wrap = (t: TracedText) => hardWrapTraced(t, { min: 70, max: 80, seed: options.seed });
  const furniture = (t: TracedText) =>
    insertPageFurnitureTraced(t, {
      every: options.linesPerPage ?? 40,
      header: options.header,
      seed: options.seed,
    });
  const variants: Record<VariantName, TracedText> = {
    clean,
    crlf: crlfTraced(clean),
    nfd: nfdTraced(clean),
    "hard-wrap": wrap(clean),
    "double-blank": doubleBlankTraced(clean),
    "page-furniture": furniture(clean),
    all: crlfTraced(furniture(doubleBlankTraced(wrap(nfdTraced(clean))))),
  };
  return VARIANT_NAMES.map((name) => ({
    name,
    text: joinTraced(variants[name]),
    cleanLine: variants[name].origin,
  }));
}
