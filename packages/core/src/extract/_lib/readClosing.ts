import { foldText } from "../../_lib/fold";
import type { LineRange } from "../../model/LineRange";
import type { Recipient, Signatory } from "../../model/Signatory";
import type { SourceLine } from "./prepareLines";

/** The end of a document: recipients (nơi nhận) and the signature block. */
export interface ClosingFields {
  recipients: Recipient[];
  recipientsHeading?: number;
  signatory?: Signatory;
}

const RECIPIENTS = /^noi nh[a-z]{1,3}\s*:?\s*$/;
const BULLET = /^[-–•+]\s*/;
const PURPOSE = /\s*\(([^()]{1,30})\)\s*$/;
/** "Lưu: VT." — the archive copy: the word before the colon is the purpose. */
const ARCHIVE = /^(Lưu(?:\s+trữ)?)\s*:\s*(.+)$/iu;
const SIGN_TITLE =
  /^(?:(?:kt|tm|q|tl|tuq)\.\s*)?(?:chu tich|pho chu tich|uy ban nhan dan|truong ban|giam doc)\b/;
const CAPS = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
};
const PERSON = /^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * Reads the recipients (nơi nhận, one "- " line each, the note in brackets
 * as purpose) and the signature block: the capitalised title lines ("KT.
 * CHỦ TỊCH", "PHÓ CHỦ TỊCH"; "TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH") and the
 * signer's name under them. A head's title over a deputy's without "KT." is
 * read as KT (the mark is often lost).
 *
 * @param lines - prepared lines
 * @param from - index to start looking from (the end of the body)
 * @param to - index to stop at (an appendix), exclusive
 */
export function readClosing(lines: readonly SourceLine[], from: number, to: number): ClosingFields {
  const out: ClosingFields = { recipients: [] };
  let i = from;
  for (; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (!line.blank && !line.furniture && RECIPIENTS.test(line.foldedHead)) break;
  }
  let signFrom = from;
  if (i < to) {
    out.recipientsHeading = (lines[i] as SourceLine).n;
    let j = i + 1;
    for (; j < to; j++) {
      const line = lines[j] as SourceLine;
      if (line.blank || line.furniture) continue;
      const text = line.text.trim();
      if (!BULLET.test(text)) break;
      let name = text
        .replace(BULLET, "")
        .replace(/[;.,]+$/, "")
        .trim();
      const archive = ARCHIVE.exec(name);
      const purpose = archive ? undefined : PURPOSE.exec(name);
      if (archive?.[2]) name = archive[2].replace(/[;.,]+$/, "").trim();
      else if (purpose?.[1]) name = name.slice(0, purpose.index).trim();
      const purposeText = archive?.[1] ?? purpose?.[1]?.trim();
      if (name) {
        out.recipients.push({
          name,
          ...(purposeText ? { purpose: purposeText } : {}),
          lines: { start: line.n, end: line.n },
        });
      }
    }
    signFrom = j;
  }
  const signature =
    readSignature(lines, signFrom, to) ?? (signFrom !== from ? readSignature(lines, from, to) : undefined);
  if (signature) out.signatory = signature;
  return out;
}

function readSignature(lines: readonly SourceLine[], from: number, to: number): Signatory | undefined {
  const titles: { text: string; n: number }[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    if (line.blank || line.furniture) continue;
    const text = line.text.replace(/\t/g, " ").trim();
    if (titles.length === 0) {
      if (CAPS(text) && SIGN_TITLE.test(line.foldedHead) && text.length <= 60)
        titles.push({ text, n: line.n });
      continue;
    }
    if (CAPS(text) && text.length <= 60) {
      titles.push({ text, n: line.n });
      continue;
    }
    if (PERSON.test(text) && text.length <= 40) return signatory(titles, { text, n: line.n });
    break;
  }
  return titles.length > 0 ? signatory(titles) : undefined;
}

function signatory(titles: { text: string; n: number }[], name?: { text: string; n: number }): Signatory {
  const first = (titles[0] as { text: string; n: number }).text;
  const second = titles[1]?.text;
  const prefix = /^(KT|TM)\.\s*/u.exec(first);
  let form: Signatory["form"] = "direct";
  let title = titles[titles.length - 1]?.text ?? first;
  let signsFor: string | undefined;
  if (prefix) {
    form = prefix[1] as "KT" | "TM";
    signsFor = first.slice(prefix[0].length).trim();
    title = second ?? signsFor;
  } else if (second && /^pho\b/.test(foldText(second))) {
    form = "KT";
    signsFor = first;
    title = second;
  }
  const lines: LineRange = {
    start: (titles[0] as { n: number }).n,
    end: name?.n ?? (titles[titles.length - 1] as { n: number }).n,
  };
  return {
    name: name ? name.text : { notStated: true },
    title,
    form,
    ...(signsFor ? { signsFor } : {}),
    raw: [...titles.map((t) => t.text), ...(name ? [name.text] : [])].join(" "),
    lines,
  };
}
