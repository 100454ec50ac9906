// Loaded on demand: the admin-unit lists of both eras are large (~800 KB of JSON).
export { childrenOf, findUnit, successorsOf } from "@parcomms/sample-data";
