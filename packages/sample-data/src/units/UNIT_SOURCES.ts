import successorsData from "../../data/units/successors-2025.json" with { type: "json" };
import threeTierData from "../../data/units/units-three-tier.json" with { type: "json" };
import twoTierData from "../../data/units/units-two-tier.json" with { type: "json" };

/**
 * Where the unit tables come from: source repository and version, the date
 * the data describes, and the licence (MIT; the licence texts ship in
 * data/units/).
 *
 * @example
 * UNIT_SOURCES["three-tier"].asOf // "2025-03-01"
 */
export const UNIT_SOURCES = {
  "three-tier": { source: threeTierData.source, asOf: threeTierData.asOf, licence: threeTierData.licence },
  "two-tier": { source: twoTierData.source, asOf: twoTierData.asOf, licence: twoTierData.licence },
  successors: { source: successorsData.source, asOf: successorsData.asOf, licence: successorsData.licence },
} as const;
