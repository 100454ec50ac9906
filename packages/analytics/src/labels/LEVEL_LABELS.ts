import { type AdministrativeLevel, type LocalizedText, vocabulary } from "@parcomms/core";

/**
 * Names of the administrative levels (cấp) in both languages, as the
 * comparison tables and the command line's summaries show them: the `long`
 * level names of core's shared `vocabulary`.
 *
 * @example
 * LEVEL_LABELS.commune.vi // "Cấp xã"
 * LEVEL_LABELS.province.en // "Province"
 */
export const LEVEL_LABELS: Readonly<Record<AdministrativeLevel, LocalizedText>> = {
  central: vocabulary.levels.central.long,
  province: vocabulary.levels.province.long,
  district: vocabulary.levels.district.long,
  commune: vocabulary.levels.commune.long,
};
