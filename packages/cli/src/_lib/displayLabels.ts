import type { AdministrativeLevel, LocalizedText } from "@parcomms/core";

/** Names of the administrative levels (cấp), as the command line's tables show them. */
export const LEVEL_LABELS: Readonly<Record<AdministrativeLevel, LocalizedText>> = {
  central: { vi: "Trung ương", en: "Central" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  district: { vi: "Cấp huyện", en: "District" },
  commune: { vi: "Cấp xã", en: "Commune" },
};
