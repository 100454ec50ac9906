import type { RuleDescription } from "../RuleDescription";

/**
 * Catalogue entries of the checks on the document as a whole: its header
 * (number and date), its sections, and the era it belongs to.
 *
 * @example
 * documentRules.find((r) => r.code === "header.number-absent")?.severity // "info"
 */
export const documentRules = [
  {
    code: "header.number-not-stated",
    severity: "warning",
    title: { en: "Document number left blank", vi: "Số văn bản để trống" },
    message: {
      en: "The document number is left blank.",
      vi: "Số văn bản để trống, không ghi số.",
    },
    params: {},
    description:
      "The header has the number slot but no number in it (number is NotStated): the text is probably the draft or the copy made before numbering.",
    example: {
      source: "001_ec564b67ad28c11a.txt:3",
      text: '"Số: /KH-UBND" in thành phố Bắc Giang\'s plan; also "Số /KH-UBND" in phường Trúc Lâm\'s (004:3).',
    },
    fix: "Nothing to fix when the document leaves the slot blank: keep NotStated. When the issued copy gives the number, record it.",
  },
  {
    code: "header.issue-day-not-stated",
    severity: "warning",
    title: { en: "Issue date without a day", vi: "Ngày ban hành không ghi ngày" },
    message: {
      en: "The issue date has no day: {date}.",
      vi: "Ngày ban hành không ghi ngày: {date}.",
    },
    params: { date: "date" },
    description:
      "The date line names the month and year (or the year alone) and leaves the day blank, as drafts do before signing. Comparisons with this date are made only at the precision it has.",
    example: {
      source: "001_ec564b67ad28c11a.txt:5",
      text: '"TP. Bắc Giang, ngày tháng 01 năm 2024"; also "Trúc Lâm, ngày tháng 8 năm 2025" (004:5).',
    },
    fix: "Nothing to fix when the document leaves the day blank: keep the partial date. When the issued copy gives the day, record it.",
  },
  {
    code: "header.number-absent",
    severity: "info",
    title: { en: "No document number in the text", vi: "Văn bản không có số hiệu" },
    message: {
      en: "The text has no document number.",
      vi: "Văn bản không có dòng số hiệu.",
    },
    params: {},
    description:
      "The plan has no number at all, not even a blank slot: the text we have starts below the header. The number of the document is unknown rather than blank.",
    example: {
      source: "000_34833a3694ee8a96.txt:3",
      text: "The text of xã Sơn Mầu's plan begins at its title \"**KẾ HOẠCH**\"; tỉnh Tây Ninh's (002:3) likewise.",
    },
    fix: "If the original document is at hand, take the number from it; otherwise nothing to do.",
  },
  {
    code: "header.issue-date-absent",
    severity: "info",
    title: { en: "No issue date in the text", vi: "Văn bản không có ngày ban hành" },
    message: {
      en: "The text has no issue date.",
      vi: "Văn bản không có ngày ban hành.",
    },
    params: {},
    description:
      'The plan has no date line ("…, ngày … tháng … năm …"): the text we have starts below the header. Rules that need the date fall back on the start of the plan\'s period.',
    example: {
      source: "002_9c9d59d1a9d0f229.txt:3",
      text: "The text of tỉnh Tây Ninh's plan begins at its title \"**KẾ HOẠCH**\"; xã Sơn Mầu's (000:3) likewise.",
    },
    fix: "If the original document is at hand, take the date from it; otherwise nothing to do.",
  },
  {
    code: "section.empty-content",
    severity: "warning",
    title: { en: "No content items", vi: "Không có nội dung tuyên truyền" },
    message: {
      en: "The plan has no content items (nội dung tuyên truyền).",
      vi: "Kế hoạch không có mục nội dung tuyên truyền nào.",
    },
    params: {},
    description:
      "contentItems is empty: the plan says nothing of what is to be communicated, or its content section was not encoded.",
    example: {
      text: "Every seed plan has a content section (000:25, 001:29, 002:39, 003:62, 004:46); a plan without one raises this.",
    },
    fix: "Encode the content section if the document has one; otherwise keep the plan as it is.",
  },
  {
    code: "section.empty-forms",
    severity: "warning",
    title: { en: "No forms items", vi: "Không có hình thức tuyên truyền" },
    message: {
      en: "The plan has no forms items (hình thức tuyên truyền).",
      vi: "Kế hoạch không có mục hình thức tuyên truyền nào.",
    },
    params: {},
    description:
      "formsItems is empty: the plan says nothing of the channels to use, or its forms section was not encoded.",
    example: {
      text: "Every seed plan has a forms section (000:73, 001:71, 002:61, 003:113, 004:94); a plan without one raises this.",
    },
    fix: "Encode the forms section if the document has one; otherwise keep the plan as it is.",
  },
  {
    code: "era.district-after-reform",
    severity: "warning",
    title: { en: "District named after the reform", vi: "Nêu đơn vị cấp huyện sau khi bỏ cấp huyện" },
    message: {
      en: "Dated {date}, on or after 1 July 2025 when the district tier was abolished, yet it names the district-level unit {unit}.",
      vi: "Kế hoạch ngày {date}, từ ngày 01/7/2025 khi đã bỏ cấp huyện, nhưng vẫn nêu đơn vị cấp huyện {unit}.",
    },
    params: { date: "date", unit: "text" },
    description:
      "From 1 July 2025 local government has two tiers, province and commune. A plan dated then or later (its issue date, or the start of its period when it has none) cannot be issued by a district-level unit, nor name an office that belongs to one. Dates are compared at the precision they have: a plan dated only by the year 2025 is not flagged.",
    example: {
      text: 'No seed plan has one: phường Trúc Lâm\'s plan of August 2025 (004:5) names only commune-level offices. Its "Phòng Văn hóa - Xã hội" (004:112) encoded as an office of a huyện would raise it.',
    },
    fix: "Check the date and the unit. If the date is right, the office is probably its commune or province successor mis-encoded from an older plan; if the plan is older, correct the date.",
  },
  {
    code: "issuer.unit-missing",
    severity: "error",
    title: {
      en: "Local issuer without a unit",
      vi: "Cơ quan ban hành cấp địa phương nhưng không có đơn vị hành chính",
    },
    message: {
      en: "The issuer is at {level} level, but the plan names no administrative unit.",
      vi: "Cơ quan ban hành thuộc {level} nhưng kế hoạch không nêu đơn vị hành chính.",
    },
    params: { level: "level" },
    description:
      'Only a central body\'s plan (a ministry such as the Bộ Nội vụ, issuer level central) has no unit. An issuer at province, district or commune level governs or belongs to a unit, which the plan must name: without it the plan cannot be placed in the hierarchy, grouped by province or counted in a reporting rate (rollups list it apart under "(none)").',
    example: {
      text: "No seed plan has one: every seed is a People's Committee's or its Chair's plan with its unit (002:5 \"trên địa bàn tỉnh Tây Ninh\"). A plan of the Sở Nội vụ tỉnh Tây Ninh saved without its unit would raise it.",
    },
    fix: 'Add the unit the issuer belongs to (the province of a Sở, the district of a Phòng). If the issuer is a ministry or another central body, set its level to "central".',
  },
  {
    code: "issuer.level-differs",
    severity: "warning",
    title: {
      en: "Issuer and unit at different levels",
      vi: "Cấp của cơ quan ban hành khác cấp của đơn vị hành chính",
    },
    message: {
      en: "The issuer is at {level} level, but the plan's unit is at {unitLevel} level.",
      vi: "Cơ quan ban hành thuộc {level}, nhưng đơn vị hành chính của kế hoạch thuộc {unitLevel}.",
    },
    params: { level: "level", unitLevel: "level" },
    description:
      "The issuer governs or belongs to the plan's unit, so both are at the same tier: a People's Committee of a commune is commune level, a Sở Nội vụ is province level under its province. A difference is usually an encoding slip in one of the two, and misplaces the plan in rollups by level.",
    example: {
      source: "003_c2f82bd70c212939.txt:6",
      text: "\"Ủy ban nhân dân xã Gia Tân xây dựng Kế hoạch\": xã Gia Tân's plan (003) is issued by the commune's People's Committee: issuer level commune, unit level commune. An issuer encoded at district level (huyện Gia Lộc's) would raise it.",
    },
    fix: "Check which is wrong: the issuer's level follows the body that signs (its tier), the unit is the one the plan covers. A 1.0 plan read through migratePlan takes the unit's level and never raises it.",
  },
] as const satisfies readonly RuleDescription[];
