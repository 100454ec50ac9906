// Loaded on demand: the text of the five seed documents (~95 KB).
export { SEED_FILES, seedText } from "@parcomms/sample-data";
