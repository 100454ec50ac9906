// Loaded on demand: the five real plans (~40 KB gzipped), needed only when the real dataset is open.
export { realPlans } from "@parcomms/sample-data";
