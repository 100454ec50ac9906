export { LEVEL_LABELS } from "./LEVEL_LABELS";
export { unitLabels } from "./unitLabels";
