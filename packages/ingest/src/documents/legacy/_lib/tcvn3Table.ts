/**
 * TCVN3 (ABC; TCVN 5712:1993, table VN3), the encoding of the .VnTime,
 * .VnArial … fonts: each Vietnamese letter one byte, shown here as the code
 * point the byte has in windows-1252 (the same as latin-1 from 0xA0 up),
 * which is how a .txt read as windows-1252, or a .docx run set in a .Vn font,
 * holds it. VN3 has no upper-case letters with a tone: upper case was set in
 * the .VnTimeH fonts, which draw the lower-case bytes as capitals; only
 * Ă Â Ê Ô Ơ Ư Đ have bytes of their own (0xA1–0xA7).
 */
const LOWER: readonly (readonly [string, number])[] = [
  ["ă", 0xa8],
  ["â", 0xa9],
  ["ê", 0xaa],
  ["ô", 0xab],
  ["ơ", 0xac],
  ["ư", 0xad],
  ["đ", 0xae],
  ["à", 0xb5],
  ["ả", 0xb6],
  ["ã", 0xb7],
  ["á", 0xb8],
  ["ạ", 0xb9],
  ["ằ", 0xbb],
  ["ẳ", 0xbc],
  ["ẵ", 0xbd],
  ["ắ", 0xbe],
  ["ặ", 0xc6],
  ["ầ", 0xc7],
  ["ẩ", 0xc8],
  ["ẫ", 0xc9],
  ["ấ", 0xca],
  ["ậ", 0xcb],
  ["è", 0xcc],
  ["ẻ", 0xce],
  ["ẽ", 0xcf],
  ["é", 0xd0],
  ["ẹ", 0xd1],
  ["ề", 0xd2],
  ["ể", 0xd3],
  ["ễ", 0xd4],
  ["ế", 0xd5],
  ["ệ", 0xd6],
  ["ì", 0xd7],
  ["ỉ", 0xd8],
  ["ĩ", 0xdc],
  ["í", 0xdd],
  ["ị", 0xde],
  ["ò", 0xdf],
  ["ỏ", 0xe1],
  ["õ", 0xe2],
  ["ó", 0xe3],
  ["ọ", 0xe4],
  ["ồ", 0xe5],
  ["ổ", 0xe6],
  ["ỗ", 0xe7],
  ["ố", 0xe8],
  ["ộ", 0xe9],
  ["ờ", 0xea],
  ["ở", 0xeb],
  ["ỡ", 0xec],
  ["ớ", 0xed],
  ["ợ", 0xee],
  ["ù", 0xef],
  ["ủ", 0xf1],
  ["ũ", 0xf2],
  ["ú", 0xf3],
  ["ụ", 0xf4],
  ["ừ", 0xf5],
  ["ử", 0xf6],
  ["ữ", 0xf7],
  ["ứ", 0xf8],
  ["ự", 0xf9],
  ["ỳ", 0xfa],
  ["ỷ", 0xfb],
  ["ỹ", 0xfc],
  ["ý", 0xfd],
  ["ỵ", 0xfe],
];

/** The seven capitals VN3 does define. */
const UPPER: readonly (readonly [string, number])[] = [
  ["Ă", 0xa1],
  ["Â", 0xa2],
  ["Ê", 0xa3],
  ["Ô", 0xa4],
  ["Ơ", 0xa5],
  ["Ư", 0xa6],
  ["Đ", 0xa7],
];

/** TCVN3 character (as windows-1252 reads its byte) → Unicode letter. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  [...LOWER, ...UPPER].map(([letter, byte]) => [String.fromCharCode(byte), letter]),
);

/**
 * Unicode letter → TCVN3 character. An upper-case letter VN3 lacks is written
 * with its lower-case byte, as .VnTimeH text is.
 */
export const UNICODE_TO_TCVN3: ReadonlyMap<string, string> = new Map([
  ...LOWER.map(([letter, byte]) => [letter, String.fromCharCode(byte)] as const),
  ...LOWER.filter(([letter]) => !UPPER.some(([upper]) => upper === letter.toUpperCase())).map(
    ([letter, byte]) => [letter.toUpperCase(), String.fromCharCode(byte)] as const,
  ),
  ...UPPER.map(([letter, byte]) => [letter, String.fromCharCode(byte)] as const),
]);
