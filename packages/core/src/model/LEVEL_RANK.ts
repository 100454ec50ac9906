import type { AdministrativeLevel } from "./AdministrativeLevel";

/**
 * Rank of each level, higher is nearer the centre. Kept apart from the
 * `AdministrativeLevel` schema so that code which only orders levels (rollups,
 * the notebook's synthetic-data worker) does not load zod.
 *
 * @example
 * LEVEL_RANK.province > LEVEL_RANK.commune // true
 */
export const LEVEL_RANK: Readonly<Record<AdministrativeLevel, number>> = {
  central: 3,
  province: 2,
  district: 1,
  commune: 0,
};
