export { unitLabels } from "./unitLabels";
