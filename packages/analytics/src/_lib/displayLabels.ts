import { type AdministrativeLevel, type Era, type LocalizedText, vocabulary } from "@parcomms/core";

/** Names of the administrative levels (cấp), from core's shared vocabulary. */
export const LEVEL_LABELS: Readonly<Record<AdministrativeLevel, LocalizedText>> = {
  central: vocabulary.levels.central.long,
  province: vocabulary.levels.province.long,
  district: vocabulary.levels.district.long,
  commune: vocabulary.levels.commune.long,
};

/** Names of the eras of local government, with their dates, from core's shared vocabulary. */
export const ERA_LABELS: Readonly<Record<Era, LocalizedText>> = {
  "three-tier": vocabulary.eras["three-tier"].long,
  "two-tier": vocabulary.eras["two-tier"].long,
};

/** Words for values that are not numbers. */
export const VALUE_WORDS = vocabulary.values;
