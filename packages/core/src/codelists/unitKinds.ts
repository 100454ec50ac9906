import type { AdministrativeLevel } from "../model/AdministrativeLevel";
import type { Era } from "../model/Era";
import type { LocalizedText } from "../model/LocalizedText";

/** Codes of the unit kinds, in codelist order. */
export const UNIT_KIND_CODES = [
  "tinh",
  "thanh-pho-tw",
  "huyen",
  "quan",
  "thi-xa",
  "thanh-pho",
  "xa",
  "phuong",
  "thi-tran",
  "dac-khu",
] as const;

/** An entry of the unit-kind codelist. */
export interface UnitKindEntry {
  readonly code: (typeof UNIT_KIND_CODES)[number];
  readonly label: LocalizedText;
  /** The kind word as it stands before a name ("xã Sơn Mầu"), then its abbreviations. */
  readonly phrasings: readonly string[];
  readonly level: AdministrativeLevel;
  /** Eras in which units of this kind exist. */
  readonly eras: readonly Era[];
}

/**
 * Kinds of administrative unit, each with the Vietnamese word that precedes
 * a unit's name and the level it sits at.
 *
 * @example
 * unitKinds.entries.find((k) => k.code === "thi-tran")?.level // "commune"
 */
export const unitKinds = {
  id: "unit-kinds",
  version: "2025.1",
  entries: [
    {
      code: "tinh",
      label: { vi: "tỉnh", en: "province" },
      phrasings: ["tỉnh"],
      level: "province",
      eras: ["three-tier", "two-tier"],
    },
    {
      code: "thanh-pho-tw",
      label: { vi: "thành phố trực thuộc trung ương", en: "centrally governed city" },
      phrasings: ["thành phố trực thuộc trung ương", "thành phố"],
      level: "province",
      eras: ["three-tier", "two-tier"],
    },
    {
      code: "huyen",
      label: { vi: "huyện", en: "rural district" },
      phrasings: ["huyện"],
      level: "district",
      eras: ["three-tier"],
    },
    {
      code: "quan",
      label: { vi: "quận", en: "urban district" },
      phrasings: ["quận"],
      level: "district",
      eras: ["three-tier"],
    },
    {
      code: "thi-xa",
      label: { vi: "thị xã", en: "district-level town" },
      phrasings: ["thị xã", "TX."],
      level: "district",
      eras: ["three-tier"],
    },
    {
      code: "thanh-pho",
      label: { vi: "thành phố thuộc tỉnh", en: "provincial city" },
      phrasings: ["thành phố thuộc tỉnh", "thành phố", "TP."],
      level: "district",
      eras: ["three-tier"],
    },
    {
      code: "xa",
      label: { vi: "xã", en: "rural commune" },
      phrasings: ["xã"],
      level: "commune",
      eras: ["three-tier", "two-tier"],
    },
    {
      code: "phuong",
      label: { vi: "phường", en: "ward" },
      phrasings: ["phường"],
      level: "commune",
      eras: ["three-tier", "two-tier"],
    },
    {
      code: "thi-tran",
      label: { vi: "thị trấn", en: "township" },
      phrasings: ["thị trấn", "TT."],
      level: "commune",
      eras: ["three-tier"],
    },
    {
      code: "dac-khu",
      label: { vi: "đặc khu", en: "special zone" },
      phrasings: ["đặc khu"],
      level: "commune",
      eras: ["two-tier"],
    },
  ],
} as const satisfies {
  id: string;
  version: string;
  entries: readonly UnitKindEntry[];
};
