import type { LocalizedText } from "../model/LocalizedText";

/** Codes of the office kinds. The entries of `officeKinds` decide the order in which kinds are matched. */
export const OFFICE_KIND_CODES = [
  "people-committee",
  "committee-office",
  "home-affairs",
  "culture-information",
  "justice",
  "information-communications",
  "finance-planning",
  "natural-resources",
  "education",
  "radio-station",
  "press-broadcaster",
  "service-centre",
  "one-stop-office",
  "front-mass-organisations",
  "school",
  "party-body",
  "other",
] as const;

/** An entry of the office-kind codelist. */
export interface OfficeKindEntry {
  readonly code: (typeof OFFICE_KIND_CODES)[number];
  readonly label: LocalizedText;
  /** Words in an office's name that mark this kind, most specific first. */
  readonly phrasings: readonly string[];
}

/**
 * Kinds of office that plans assign work to. Phrasings are matched against an
 * office's name whatever its diacritics; the first kind whose phrasing
 * matches wins, so specific kinds come before general ones.
 *
 * @example
 * officeKinds.entries.map((k) => k.code).includes("radio-station") // true
 */
export const officeKinds = {
  id: "office-kinds",
  version: "2025.1",
  entries: [
    {
      code: "one-stop-office",
      label: { vi: "Bộ phận một cửa", en: "One-stop office" },
      phrasings: [
        "bộ phận một cửa",
        "bộ phận tiếp nhận và trả kết quả",
        "bộ phận tiếp nhận hồ sơ và trả kết quả",
      ],
    },
    {
      code: "service-centre",
      label: { vi: "Trung tâm dịch vụ, văn hóa", en: "Service or cultural centre" },
      phrasings: [
        "trung tâm phục vụ hành chính công",
        "trung tâm cung ứng dịch vụ công",
        "trung tâm văn hóa",
        "trung tâm vhtt",
        "trung tâm vh tt",
        "trung tâm học tập cộng đồng",
        "trung tâm",
      ],
    },
    {
      code: "radio-station",
      label: { vi: "Đài truyền thanh", en: "Local radio station" },
      phrasings: ["đài truyền thanh", "trạm truyền thanh"],
    },
    {
      code: "press-broadcaster",
      label: { vi: "Báo, Đài Phát thanh và Truyền hình", en: "Newspaper and broadcaster" },
      phrasings: ["đài phát thanh và truyền hình", "báo", "ban biên tập"],
    },
    {
      code: "committee-office",
      label: { vi: "Văn phòng HĐND và UBND", en: "Office of the Council and People's Committee" },
      phrasings: [
        "văn phòng hđnd",
        "văn phòng ubnd",
        "văn phòng hội đồng nhân dân",
        "văn phòng ủy ban nhân dân",
        "vp hđnd",
        "vp ubnd",
        "văn phòng - thống kê",
      ],
    },
    {
      code: "home-affairs",
      label: { vi: "Nội vụ", en: "Home affairs" },
      phrasings: ["nội vụ"],
    },
    {
      code: "culture-information",
      label: { vi: "Văn hóa và Thông tin, Văn hóa - Xã hội", en: "Culture and information" },
      phrasings: [
        "văn hóa và thông tin",
        "văn hóa - xã hội",
        "văn hóa thông tin",
        "vhtt",
        "vh tt",
        "văn hóa",
      ],
    },
    {
      code: "justice",
      label: { vi: "Tư pháp", en: "Justice" },
      phrasings: ["tư pháp"],
    },
    {
      code: "information-communications",
      label: { vi: "Thông tin và Truyền thông", en: "Information and communications" },
      phrasings: ["thông tin và truyền thông", "tt&tt"],
    },
    {
      code: "finance-planning",
      label: { vi: "Tài chính, Kế hoạch, Kinh tế", en: "Finance, planning and economy" },
      phrasings: ["kế hoạch và đầu tư", "tài chính", "kế toán", "ngân sách", "kinh tế"],
    },
    {
      code: "natural-resources",
      label: { vi: "Tài nguyên và Môi trường, Địa chính", en: "Natural resources and land" },
      phrasings: ["tài nguyên và môi trường", "tài nguyên", "nông nghiệp và môi trường", "địa chính"],
    },
    {
      code: "education",
      label: { vi: "Giáo dục và Đào tạo", en: "Education" },
      phrasings: ["giáo dục và đào tạo", "giáo dục"],
    },
    {
      code: "school",
      label: { vi: "Trường học", en: "Schools" },
      phrasings: ["trường"],
    },
    {
      code: "front-mass-organisations",
      label: {
        vi: "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
        en: "Fatherland Front and mass organisations",
      },
      phrasings: [
        "mặt trận tổ quốc",
        "mttq",
        "ubmttq",
        "ubmttqvn",
        "tổ chức chính trị - xã hội",
        "tổ chức ct-xh",
        "đoàn thể",
        "thành đoàn",
        "đoàn thanh niên",
        "công đoàn",
        "hội",
      ],
    },
    {
      code: "party-body",
      label: { vi: "Cơ quan Đảng", en: "Party bodies" },
      phrasings: ["đảng ủy", "huyện ủy", "tỉnh ủy", "thành ủy", "cấp ủy"],
    },
    {
      code: "people-committee",
      label: { vi: "Ủy ban nhân dân", en: "People's Committee" },
      phrasings: ["ủy ban nhân dân", "ubnd"],
    },
    {
      code: "other",
      label: { vi: "Khác", en: "Other" },
      phrasings: [],
    },
  ],
} as const satisfies { id: string; version: string; entries: readonly OfficeKindEntry[] };
