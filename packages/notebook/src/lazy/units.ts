// Loaded on demand: the admin-unit lists of both eras are large (~800 KB of JSON).
export { childrenOf, findUnit, searchUnits, successorsOf } from "@parcomms/sample-data";
