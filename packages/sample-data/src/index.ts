/**
 * @parcomms/sample-data: the five real CCHC communication plans encoded by
 * hand with their source texts, and Viet Nam's administrative units of both
 * eras with the 2025 mapping.
 *
 * @packageDocumentation
 */

export { SEED_FILES, seedLines, seedText } from "./seeds/seedText";
export { adminUnits } from "./units/adminUnits";
export { childrenOf } from "./units/childrenOf";
export { findUnit } from "./units/findUnit";
export { predecessorsOf } from "./units/predecessorsOf";
export { type SearchUnitsOptions, searchUnits } from "./units/searchUnits";
export { successorsOf } from "./units/successorsOf";
export { UNIT_SOURCES } from "./units/UNIT_SOURCES";
export { type UnitDataCaveat, unitDataCaveats } from "./units/unitDataCaveats";
