import { foldText } from "../../_lib/fold";
import type { Issuer } from "../../model/Issuer";
import type { UnitRef } from "../../model/UnitRef";
import { parseUnitName } from "../../parse/parseUnitName";

const KIND = "(?:tỉnh|thành phố|TP\\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)";
const NAME = "(?:\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s*[-–]\\s*(?=\\p{Lu})|\\s+|$)){1,5}";
const ISSUER = new RegExp(
  `((?:Chủ tịch\\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\\s+${KIND})?(?:\\s+${NAME})?)\\s*(?:ban hành|xây dựng|triển khai|thực hiện)\\s+[Kk]ế hoạch`,
  "u",
);
const UNIT = new RegExp(`(?<![\\p{L}])(${KIND})\\s+(${NAME})`, "gu");

/** Where the unit or the issuer was read, most trusted first. */
export type UnitSource = "header" | "sentence" | "title" | "appendix" | "closing";

/** The issuing unit and body as read from the text. */
export interface UnitReading {
  /** True when the issuer is a central body (a ministry): the plan has no unit, and none is missing. */
  central?: true;
  unit?: Pick<UnitRef, "name" | "kind" | "level" | "parents">;
  /** Where the unit was read. */
  unitSource?: UnitSource;
  /** The issuer; absent when the text names none (no organisation block, no issuing sentence) and no unit. */
  issuer?: Issuer;
  /** Where the issuer's body was read; `inferred` when only its unit was read and a People's Committee is assumed. */
  issuerSource?: "header" | "sentence" | "inferred";
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
 * Gia Tân", then the closing sentence. An organisation block at the top
 * that names another body decides first: "BỘ NỘI VỤ" is a ministry, central,
 * with no unit; "SỞ NỘI VỤ" under "ỦY BAN NHÂN DÂN TỈNH X" a department of
 * tỉnh X; "PHÒNG …" under a district's committee an office of it; "HUYỆN ỦY
 * X" (any Party committee) a party body and "ỦY BAN MTTQ VIỆT NAM HUYỆN X" a
 * front body, each at the tier of the unit it names.
 *
 * @param sources - texts in order of trust: committee line, preamble, title, appendix line, closing
 * @param year - the plan's year (decides centrally governed cities)
 */
export function readUnit(
  sources: {
    organisationLines?: readonly string[];
    issuerLine?: string;
    /** A decision's authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"): the Chair decides, not the committee. */
    authority?: string;
    preamble: string;
    title?: string;
    appendix?: string;
    closing?: string;
  },
  year: number,
): UnitReading {
  const organisation = sources.organisationLines
    ? organisationIssuer(sources.organisationLines, year)
    : undefined;
  if (organisation?.body === "ministry")
    return {
      central: true,
      issuer: { body: "ministry", level: "central", wording: organisation.wording },
      issuerSource: "header",
    };
  if (organisation?.unit)
    return {
      unit: organisation.unit,
      unitSource: "header",
      issuer: { body: organisation.body, level: organisation.unit.level, wording: organisation.wording },
      issuerSource: "header",
    };
  const issuerAll = new RegExp(ISSUER.source, "gu");
  let wording: string | undefined;
  for (let m = issuerAll.exec(sources.preamble); m; m = issuerAll.exec(sources.preamble)) {
    // "… của UBND tỉnh X ban hành Kế hoạch …" describes a cited document, not this one.
    if (/của\s*$/u.test(sources.preamble.slice(Math.max(0, m.index - 6), m.index))) continue;
    wording = m[1]?.trim();
    break;
  }
  // A body the header names whose unit it does not: its unit is read from the text as for a committee.
  const chairLine =
    (sources.issuerLine !== undefined && /^chu tich\b/.test(foldText(sources.issuerLine))) ||
    (sources.authority !== undefined && /^chu tich\b/.test(foldText(sources.authority)));
  const issuer: Issuer | undefined = organisation
    ? { body: organisation.body, wording: organisation.wording }
    : wording
      ? { body: /^chủ tịch/iu.test(wording) || chairLine ? "chair" : "people-committee", wording }
      : sources.issuerLine
        ? { body: chairLine ? "chair" : "people-committee", wording: titleCase(sources.issuerLine) }
        : undefined;
  const issuerSource =
    organisation || (!wording && sources.issuerLine) ? "header" : wording ? "sentence" : undefined;
  const candidates: [string | undefined, UnitSource][] = [
    [
      sources.issuerLine
        ? titleCase(sources.issuerLine)
            .replace(/^Chủ Tịch\s+/u, "")
            .replace(
              /^(?:Ủy Ban Nhân Dân|Ubnd)\s+(\S+(?:\s+Phố|\s+Xã|\s+Trấn|\s+Khu)?)/u,
              (_, k: string) => `UBND ${k.toLocaleLowerCase("vi")}`,
            )
        : undefined,
      "header",
    ],
    [wording, "sentence"],
    [sources.title, "title"],
    [sources.appendix, "appendix"],
    [sources.closing, "closing"],
  ];
  for (const [text, unitSource] of candidates) {
    if (!text) continue;
    const unit = unitIn(text, year);
    if (!unit) continue;
    // Only a unit was read: the usual issuer of a plan, its People's Committee, is inferred.
    if (!issuer)
      return {
        unit,
        unitSource,
        issuer: { body: "people-committee", level: unit.level },
        issuerSource: "inferred",
      };
    return {
      unit,
      unitSource,
      issuer: { ...issuer, level: unit.level },
      ...(issuerSource ? { issuerSource } : {}),
    };
  }
  // No unit: the body, when one was named, with its tier unknown.
  return issuer ? { issuer, ...(issuerSource ? { issuerSource } : {}) } : {};
}

/** A unit named in an upper-case header line ("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "HUYỆN ỦY SƠN TÂY"). */
function unitInHeader(line: string, year: number): UnitReading["unit"] {
  const text = titleCase(line)
    .replace(/^(Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+Ủy\s+/u, (_, k: string) => `${k.toLocaleLowerCase("vi")} `)
    .replace(
      /(^|\s)(Tỉnh|Thành Phố|Huyện|Quận|Thị Xã|Xã|Phường|Thị Trấn|Đặc Khu)(?=\s)/gu,
      (_, space: string, kind: string) => space + kind.toLocaleLowerCase("vi"),
    );
  return unitIn(text, year);
}

const BODY_KIND =
  /^(?:bo|so|phong|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban thuong vu|uy ban mat tran|uy ban mttq|ubmttq|mttq|mat tran|uy ban nhan dan|ubnd|ban chi dao|hoi dong (?!nhan dan)|trung tam|chi cuc|cuc)\b/;
/** Bodies that are none of the named kinds: a steering committee, a council, a centre, an agency. */
const OTHER_BODY = /^(?:ban chi dao|hoi dong (?!nhan dan)|trung tam|chi cuc|cuc)\b/;
const PARTY = /^(?:dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban thuong vu)\b/;
const FRONT = /^(?:uy ban mat tran|uy ban mttq|ubmttq|mttq|mat tran)\b/;

/** What an organisation block says of a body that is not a People's Committee. */
interface OrganisationReading {
  readonly body: Exclude<Issuer["body"], "people-committee" | "chair">;
  readonly wording: string;
  /** The unit the header names, when it names one. */
  readonly unit?: UnitReading["unit"];
}

/**
 * The issuer an organisation block names when it is not a People's Committee:
 * its last line is the issuing body, the lines above it its superior.
 * `undefined` for a committee or its Chair (read as before) and for a block
 * that names no body this function knows.
 */
function organisationIssuer(lines: readonly string[], year: number): OrganisationReading | undefined {
  // The issuing body is the lowest line that names a kind of body: "BAN THƯỜNG TRỰC" under "ỦY BAN
  // MTTQ VIỆT NAM TỈNH X" is the Front's standing board, the Front issues.
  const named = [...lines].reverse().find((line) => BODY_KIND.test(foldText(line)));
  const own = named ?? lines[lines.length - 1];
  if (!own) return undefined;
  const folded = foldText(own);
  const wording = titleCase(own);
  // The unit the block names on another line: the nearest below the body's line, else above it.
  const at = lines.lastIndexOf(own);
  const unitAbove = () => {
    for (const line of [...lines.slice(at + 1), ...lines.slice(0, at).reverse()]) {
      const unit = unitInHeader(line, year);
      if (unit) return unit;
    }
    return undefined;
  };
  const reading = (body: OrganisationReading["body"], unit: UnitReading["unit"]): OrganisationReading =>
    unit ? { body, wording, unit } : { body, wording };
  if (/^bo\b/.test(folded)) return reading("ministry", undefined);
  if (/^so\b/.test(folded)) return reading("department", unitAbove() ?? unitInHeader(own, year));
  if (/^phong\b/.test(folded)) return reading("office", unitAbove() ?? unitInHeader(own, year));
  if (PARTY.test(folded)) return reading("party", unitInHeader(own, year) ?? unitAbove());
  if (FRONT.test(folded)) return reading("front", unitInHeader(own, year) ?? unitAbove());
  if (OTHER_BODY.test(folded)) return reading("other", unitInHeader(own, year) ?? unitAbove());
  return undefined;
}
