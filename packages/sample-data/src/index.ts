/**
 * @parcomms/sample-data: the five real CCHC communication plans encoded by
 * hand with their source texts, and Viet Nam's administrative units of both
 * eras with the 2025 mapping.
 *
 * @packageDocumentation
 */

export { plan000 } from "./plans/plan000";
export { plan001 } from "./plans/plan001";
export { plan002 } from "./plans/plan002";
export { plan003 } from "./plans/plan003";
export { plan004 } from "./plans/plan004";
export { realPlans } from "./plans/realPlans";
export { SEED_FILES, seedLines, seedText } from "./seeds/seedText";
export { DEFECT_KINDS, type DefectKind } from "./synthetic/DefectKind";
export { distributions } from "./synthetic/distributions";
export type { GenerateNationalDatasetOptions } from "./synthetic/GenerateNationalDatasetOptions";
export { generateNationalDataset } from "./synthetic/generateNationalDataset";
export { generateNationalDatasetAsync } from "./synthetic/generateNationalDatasetAsync";
export type { SyntheticDataset, SyntheticDefect } from "./synthetic/SyntheticDataset";
export type { AdminUnitTable } from "./units/AdminUnitTable";
export { adminUnits } from "./units/adminUnits";
export { childrenOf } from "./units/childrenOf";
export { findUnit } from "./units/findUnit";
export { type LoadAdminUnitsOptions, loadAdminUnits } from "./units/loadAdminUnits";
export { predecessorsOf } from "./units/predecessorsOf";
export { type SearchUnitsOptions, searchUnits } from "./units/searchUnits";
export { successorsOf } from "./units/successorsOf";
export { UNIT_SOURCES } from "./units/UNIT_SOURCES";
export { type UnitDataCaveat, unitDataCaveats } from "./units/unitDataCaveats";
