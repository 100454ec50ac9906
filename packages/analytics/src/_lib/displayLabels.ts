import type { AdministrativeLevel, Era, LocalizedText } from "@parcomms/core";

/** Names of the administrative levels (cấp). */
export const LEVEL_LABELS: Readonly<Record<AdministrativeLevel, LocalizedText>> = {
  central: { vi: "Trung ương", en: "Central" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  district: { vi: "Cấp huyện", en: "District" },
  commune: { vi: "Cấp xã", en: "Commune" },
};

/** Names of the eras of local government. */
export const ERA_LABELS: Readonly<Record<Era, LocalizedText>> = {
  "three-tier": { vi: "Chính quyền ba cấp (đến 30/6/2025)", en: "Three tiers (until 30 June 2025)" },
  "two-tier": { vi: "Chính quyền hai cấp (từ 01/7/2025)", en: "Two tiers (from 1 July 2025)" },
};

/** Words for values that are not numbers. */
export const VALUE_WORDS = {
  yes: { vi: "có", en: "yes" },
  no: { vi: "không", en: "no" },
  notStated: { vi: "không nêu", en: "not stated" },
} as const satisfies Record<string, LocalizedText>;
