import type { AdministrativeLevel } from "../model/AdministrativeLevel";
import type { Era } from "../model/Era";
import type { OutputUnit, RecurrenceUnit } from "../model/Frequency";
import type { LocalizedText } from "../model/LocalizedText";

/** A term in two forms: `short` on its own (a filter, a column), `long` where it must stand unambiguous (a legend, a message). */
export interface VocabularyTerm {
  readonly short: LocalizedText;
  readonly long: LocalizedText;
}

/** A noun in the singular (`one`) and the plural (`many`); Vietnamese nouns do not change. */
export interface VocabularyWord {
  readonly one: LocalizedText;
  readonly many: LocalizedText;
}

const word = (vi: string, en: string, enMany: string): VocabularyWord => ({
  one: { vi, en },
  many: { vi, en: enMany },
});

/**
 * The shared vocabulary (từ vựng dùng chung) of every message catalogue: the
 * names of the administrative levels (cấp) and of the eras of local
 * government (thời kỳ), the nouns that label columns and fields, and the
 * words for values that are not numbers. Declared once, beside the codelists,
 * so that a table, a chart, a message and the notebook call a thing by the
 * same name. Labels start with a capital letter, as codelist labels do; put
 * them inside a sentence with the first letter lowered. Recurrence units,
 * output units and `values` stand inside sentences and are lower case.
 *
 * @example
 * vocabulary.levels.commune.short.vi // "Xã"
 * vocabulary.levels.commune.long.vi // "Cấp xã"
 * vocabulary.eras["two-tier"].long.en // "Two tiers (from 1 July 2025)"
 * vocabulary.words.theme.many.en // "Themes"
 * vocabulary.outputUnits.article.many.en // "articles"
 * vocabulary.values.notStated.vi // "không nêu"
 */
export const vocabulary = {
  /** Levels: `short` is the unit-kind word of the level ("Tỉnh"), `long` the level itself ("Cấp tỉnh"). */
  levels: {
    central: { short: { vi: "Trung ương", en: "Central" }, long: { vi: "Trung ương", en: "Central" } },
    province: { short: { vi: "Tỉnh", en: "Province" }, long: { vi: "Cấp tỉnh", en: "Province" } },
    district: { short: { vi: "Huyện", en: "District" }, long: { vi: "Cấp huyện", en: "District" } },
    commune: { short: { vi: "Xã", en: "Commune" }, long: { vi: "Cấp xã", en: "Commune" } },
  } satisfies Record<AdministrativeLevel, VocabularyTerm>,
  /** Eras: `short` names the era in a sentence, `long` gives its dates. */
  eras: {
    "three-tier": {
      short: { vi: "Giai đoạn chính quyền ba cấp", en: "Three-tier era" },
      long: { vi: "Chính quyền ba cấp (đến 30/6/2025)", en: "Three tiers (until 30 June 2025)" },
    },
    "two-tier": {
      short: { vi: "Giai đoạn chính quyền hai cấp", en: "Two-tier era" },
      long: { vi: "Chính quyền hai cấp (từ 01/7/2025)", en: "Two tiers (from 1 July 2025)" },
    },
  } satisfies Record<Era, VocabularyTerm>,
  /** Nouns that label columns, fields and filters (unit, province, level, theme, channel, office, activity, plan, year, file). */
  words: {
    unit: word("Đơn vị", "Unit", "Units"),
    province: word("Tỉnh", "Province", "Provinces"),
    level: word("Cấp", "Level", "Levels"),
    theme: word("Chủ đề", "Theme", "Themes"),
    channel: word("Hình thức", "Channel", "Channels"),
    office: word("Cơ quan", "Office", "Offices"),
    activity: word("Hoạt động", "Activity", "Activities"),
    plan: word("Kế hoạch", "Plan", "Plans"),
    year: word("Năm", "Year", "Years"),
    file: word("Tệp", "File", "Files"),
  },
  /** Periods a frequency or quota counts per (kỳ), as they stand in a sentence ("mỗi tháng", "per month"). */
  recurrenceUnits: {
    day: { vi: "ngày", en: "day" },
    week: { vi: "tuần", en: "week" },
    month: { vi: "tháng", en: "month" },
    quarter: { vi: "quý", en: "quarter" },
    "half-year": { vi: "6 tháng", en: "half-year" },
    year: { vi: "năm", en: "year" },
  } satisfies Record<RecurrenceUnit, LocalizedText>,
  /** What a quota counts (sản phẩm), as it stands in a sentence ("12 tin/bài", "12 articles"). */
  outputUnits: {
    article: word("tin/bài", "article", "articles"),
    issue: word("kỳ", "issue", "issues"),
    occurrence: word("lần", "occurrence", "occurrences"),
    video: word("video", "video", "videos"),
    event: word("sự kiện", "event", "events"),
    product: word("sản phẩm", "product", "products"),
  } satisfies Record<OutputUnit, VocabularyWord>,
  /** Words for values that are not numbers. */
  values: {
    yes: { vi: "có", en: "yes" },
    no: { vi: "không", en: "no" },
    notStated: { vi: "không nêu", en: "not stated" },
    /** A header field a draft leaves blank (its title, period, issuer or tier): shown, never guessed. */
    unknown: { vi: "chưa rõ", en: "unknown" },
  } satisfies Record<string, LocalizedText>,
} as const;
