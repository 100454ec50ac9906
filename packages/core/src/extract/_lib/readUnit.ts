import { foldText } from "../../_lib/fold";
import type { Plan } from "../../model/Plan";
import { parseUnitName } from "../../parse/parseUnitName";

const KIND = "(?:tỉnh|thành phố|TP\\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)";
const NAME = "(?:\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+|$)){1,4}";
const ISSUER = new RegExp(
  `((?:Chủ tịch\\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\\s+${KIND})?(?:\\s+${NAME})?)\\s*(?:ban hành|xây dựng|triển khai|thực hiện)\\s+[Kk]ế hoạch`,
  "u",
);
const UNIT = new RegExp(`(?<![\\p{L}])(${KIND})\\s+(${NAME})`, "gu");

/** The issuing unit and body as read from the text. */
export interface UnitReading {
  unit?: {
    name: string;
    kind: Plan["unit"]["kind"];
    level: Plan["unit"]["level"];
    parents: Plan["unit"]["parents"];
  };
  issuer: Plan["issuer"];
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase("vi")
    .replace(
      /(^|\s)(\p{Ll})/gu,
      (_, space: string, letter: string) => space + letter.toLocaleUpperCase("vi"),
    );
}

function unitIn(text: string, year: number): UnitReading["unit"] {
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m; m = UNIT.exec(text)) {
    const name = (m[2] ?? "").trim().replace(/\s+(?:Năm|Giai|Về|Kế|Trên)$/u, "");
    if (!name) continue;
    const parsed = parseUnitName(`${m[1]} ${name}`, { year });
    if (parsed.ok) {
      return {
        name: parsed.value.name,
        kind: parsed.value.kind,
        level: parsed.value.level,
        parents: parsed.value.parents,
      };
    }
  }
  return undefined;
}

/**
 * Finds the issuing unit, in order of trust: the committee line at the top
 * ("ỦY BAN NHÂN DÂN XÃ SƠN MẦU"), the sentence that issues the plan
 * ("Ủy ban nhân dân xã Sơn Mầu ban hành Kế hoạch …"), the title ("… trên
 * địa bàn tỉnh Tây Ninh"), the appendix's "Kèm theo … của Ủy ban nhân dân xã
 * Gia Tân", then the closing sentence.
 *
 * @param sources - texts in order of trust: committee line, preamble, title, appendix line, closing
 * @param year - the plan's year (decides centrally governed cities)
 */
export function readUnit(
  sources: { issuerLine?: string; preamble: string; title?: string; appendix?: string; closing?: string },
  year: number,
): UnitReading {
  const issuerAll = new RegExp(ISSUER.source, "gu");
  let wording: string | undefined;
  for (let m = issuerAll.exec(sources.preamble); m; m = issuerAll.exec(sources.preamble)) {
    // "… của UBND tỉnh X ban hành Kế hoạch …" describes a cited document, not this one.
    if (/của\s*$/u.test(sources.preamble.slice(Math.max(0, m.index - 6), m.index))) continue;
    wording = m[1]?.trim();
    break;
  }
  const issuer: Plan["issuer"] = {
    body: wording && /^chủ tịch/iu.test(wording) ? "chair" : "people-committee",
    ...(wording ? { wording } : sources.issuerLine ? { wording: titleCase(sources.issuerLine) } : {}),
  };
  const candidates = [
    sources.issuerLine
      ? titleCase(sources.issuerLine).replace(
          /^(?:Ủy Ban Nhân Dân|Ubnd)\s+(\S+(?:\s+Phố|\s+Xã|\s+Trấn|\s+Khu)?)/u,
          (_, k: string) => `UBND ${k.toLocaleLowerCase("vi")}`,
        )
      : undefined,
    wording,
    sources.title,
    sources.appendix,
    sources.closing,
  ];
  for (const text of candidates) {
    if (!text) continue;
    const unit = unitIn(text, year);
    if (unit) return { unit, issuer };
  }
  void foldText;
  return { issuer };
}
