/** Codes of what can be wrong with a corpus folder, each with its message in Vietnamese and English. */
const MESSAGES = {
  "corpus.folder-missing": {
    vi: (p: Params) => `Không có thư mục ngữ liệu ${p.file}.`,
    en: (p: Params) => `The corpus folder ${p.file} does not exist.`,
  },
  "corpus.key-missing": {
    vi: (p: Params) => `${p.file}: không có tệp đáp án ${p.detail}.`,
    en: (p: Params) => `${p.file}: no answer key ${p.detail}.`,
  },
  "corpus.text-missing": {
    vi: (p: Params) => `${p.file}: không có tệp văn bản ${p.detail} mà đáp án nêu.`,
    en: (p: Params) => `${p.file}: the text ${p.detail} the key names does not exist.`,
  },
  "corpus.bad-json": {
    vi: (p: Params) => `${p.file}: không phải JSON hợp lệ (${p.detail}).`,
    en: (p: Params) => `${p.file}: not valid JSON (${p.detail}).`,
  },
  "corpus.bad-key": {
    vi: (p: Params) => `${p.file}: trường ${p.field} không hợp lệ: ${p.detail}.`,
    en: (p: Params) => `${p.file}: field ${p.field} is invalid: ${p.detail}.`,
  },
  "corpus.id-mismatch": {
    vi: (p: Params) => `${p.file}: trường ${p.field} là "${p.detail}", khác tên tệp.`,
    en: (p: Params) => `${p.file}: field ${p.field} is "${p.detail}", not the file's name.`,
  },
  "corpus.not-in-text": {
    vi: (p: Params) => `${p.file}: ${p.field} "${p.detail}" không có trong văn bản (gõ nhầm?).`,
    en: (p: Params) => `${p.file}: ${p.field} "${p.detail}" does not occur in the text (mistyped?).`,
  },
} as const;

interface Params {
  readonly file: string;
  readonly field?: string;
  readonly detail?: string;
}

/** Code of a corpus problem. */
export type CorpusProblemCode = keyof typeof MESSAGES;

/** Something wrong with a corpus document or its key: a stable code, the file, the field, the message. */
export interface CorpusProblem {
  readonly code: CorpusProblemCode;
  /** The file, relative to the repository when it lies inside it. */
  readonly file: string;
  /** The key's field, as a dotted path ("issuer.level", "references.2.number"), when one is at fault. */
  readonly field?: string;
  readonly message: { readonly vi: string; readonly en: string };
}

/** A problem with its message made from the catalogue. */
export function corpusProblem(code: CorpusProblemCode, params: Params): CorpusProblem {
  const messages = MESSAGES[code];
  return {
    code,
    file: params.file,
    ...(params.field === undefined ? {} : { field: params.field }),
    message: { vi: messages.vi(params), en: messages.en(params) },
  };
}
