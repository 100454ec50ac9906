export { type PlanFrames, type PlanFramesOptions, planFrames } from "./planFrames";
