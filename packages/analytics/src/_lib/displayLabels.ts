import { type Era, type LocalizedText, vocabulary } from "@parcomms/core";

/** Names of the eras of local government, with their dates, from core's shared vocabulary. */
export const ERA_LABELS: Readonly<Record<Era, LocalizedText>> = {
  "three-tier": vocabulary.eras["three-tier"].long,
  "two-tier": vocabulary.eras["two-tier"].long,
};

/** Words for values that are not numbers. */
export const VALUE_WORDS = vocabulary.values;
