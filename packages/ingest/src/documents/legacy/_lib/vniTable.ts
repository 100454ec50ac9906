/**
 * VNI (VNI Windows: VNI-Times, VNI-Helve …), as published by VNI Software: a
 * Vietnamese letter is its base letter followed by one byte for its marks
 * (circumflex or breve with a tone in one byte), or one byte of its own for
 * đ, ơ, ư and some i/y letters; upper case has its own mark bytes (the lower
 * case byte minus 0x20). Written here as the code points windows-1252 gives
 * those bytes.
 */

/** Mark bytes after a, e, o, u, y (lower case); key: the marks, as NFD combining characters. */
const MARKS: Readonly<Record<string, number>> = {
  "\u0301": 0xf9, // sắc
  "\u0300": 0xf8, // huyền
  "\u0309": 0xfb, // hỏi
  "\u0303": 0xf5, // ngã
  "\u0323": 0xef, // nặng
  "\u0302": 0xe2, // â ê ô
  "\u0302\u0301": 0xe1,
  "\u0302\u0300": 0xe0,
  "\u0302\u0309": 0xe5,
  "\u0302\u0303": 0xe3,
  "\u0302\u0323": 0xe4,
  "\u0306": 0xea, // ă
  "\u0306\u0301": 0xe9,
  "\u0306\u0300": 0xe8,
  "\u0306\u0309": 0xfa,
  "\u0306\u0303": 0xfc,
  "\u0306\u0323": 0xeb,
};

/** Letters with a byte of their own (lower case), and the base byte of ơ and ư, which take tone bytes after them. */
const SINGLE: Readonly<Record<string, number>> = {
  đ: 0xf1,
  í: 0xed,
  ì: 0xec,
  ỉ: 0xe6,
  ĩ: 0xf3,
  ị: 0xf2,
  ỵ: 0xee,
  ơ: 0xf4,
  ư: 0xf6,
};

const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

/** The marks each base letter takes in VNI: a all of them, e and o the circumflex ones, u and y tones only. */
const MARKS_OF: Readonly<Record<string, (marks: string) => boolean>> = {
  a: () => true,
  e: (marks) => !marks.startsWith("\u0306"),
  o: (marks) => !marks.startsWith("\u0306"),
  u: (marks) => marks.length === 1 && TONES.includes(marks),
  y: (marks) => marks.length === 1 && TONES.includes(marks) && marks !== "\u0323",
};

/** The upper-case VNI form: base letters upper-cased, mark bytes 0x20 lower. */
function upperVni(vni: string): string {
  return [...vni]
    .map((ch) => (ch.charCodeAt(0) >= 0xe0 ? String.fromCharCode(ch.charCodeAt(0) - 0x20) : ch.toUpperCase()))
    .join("");
}

function buildPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  const add = (letter: string, vni: string) => {
    pairs.push([letter, vni], [letter.toUpperCase(), upperVni(vni)]);
  };
  for (const [base, takes] of Object.entries(MARKS_OF)) {
    for (const [marks, byte] of Object.entries(MARKS)) {
      if (takes(marks)) add(`${base}${marks}`.normalize("NFC"), `${base}${String.fromCharCode(byte)}`);
    }
  }
  for (const [letter, byte] of Object.entries(SINGLE)) add(letter, String.fromCharCode(byte));
  for (const horn of ["ơ", "ư"]) {
    for (const tone of TONES.slice(1)) {
      const vni = String.fromCharCode(SINGLE[horn] as number, MARKS[tone] as number);
      add(`${horn}${tone}`.normalize("NFC"), vni);
    }
  }
  return pairs;
}

const PAIRS = buildPairs();

/** Unicode letter → its VNI characters. */
export const UNICODE_TO_VNI: ReadonlyMap<string, string> = new Map(PAIRS);

/** VNI character sequence (one or two characters) → Unicode letter. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  PAIRS.map(([letter, vni]) => [vni, letter]),
);
