import fc from "fast-check";
import { VIETNAMESE_FRAGMENTS } from "./vietnameseFragments";

// Test support (not shipped): hostile but Vietnamese-aware text for the property suites. Garbage alone
// stops at a parser's first check; strings made of the phrases the parsers read, with numbers that are
// too big or zero, separators, markup, combining marks and odd spaces, reach the paths behind it.

/** Phrases and pieces the parsers look for, beyond the fragments the parsers' own tests join. */
const PIECES: readonly string[] = [
  ...VIETNAMESE_FRAGMENTS,
  "lần",
  "kỳ",
  "tin/bài",
  "tuần",
  "quý",
  "mỗi",
  "hằng",
  "/",
  "0",
  "00",
  "1000000",
  "Quý 0",
  "tháng 13",
  "ngày 00",
  "31/12/9999",
  "báo cáo",
  "định kỳ hàng tháng",
  "trước ngày 15/12",
  "6 tháng, năm",
  "Nghị quyết số 76/NQ-CP",
  "Chỉ thị số 23/CT-TTg",
  "Văn bản số 123/UBND-NC",
  "sau đây viết tắt là",
  "giai đoạn 2021 - 2030",
  "huyện",
  "phường",
  "thị trấn",
  "TPHCM",
  "Thành phố Hồ Chí Minh",
  "a)",
  "b)",
  "-",
  "•",
  "I.",
  "II.",
  "1.",
  "1.1.",
  "KẾ HOẠCH",
  "QUYẾT ĐỊNH",
  "Căn cứ",
  "Số:",
  "NỘI DUNG",
  "TỔ CHỨC THỰC HIỆN",
  "Nơi nhận:",
  "CHỦ TỊCH",
  "**",
  "<b>",
  "(",
  ")",
  "\u0301",
  "\u0323",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\u2013",
  "Đ",
  "ế",
  "ỹ",
];

const SEPARATORS = [" ", " ", " ", "", ", ", "; ", "\n", "\r\n", "\n\n", "\t", "  ", " / "] as const;

/** A run of digits, short or (rarely) long. */
const digits = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => "9".repeat(n)) },
);

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: digits },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
);

/**
 * Text for a phrase parser: mostly pieces of Vietnamese plan wording joined by separators, sometimes in
 * NFD, sometimes plain random strings (binary ones included).
 */
export function hostilePhrase(maxPieces = 8): fc.Arbitrary<string> {
  const joined = fc
    .tuple(fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: maxPieces }), fc.boolean())
    .map(([parts, nfd]) => {
      const text = parts.map(([p, s]) => p + s).join("");
      return nfd ? text.normalize("NFD") : text;
    });
  return fc.oneof(
    { weight: 8, arbitrary: joined },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  );
}

/** Values that are not strings, for the parsers' `guard`: a typed caller can still be handed them. */
export const notAString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
