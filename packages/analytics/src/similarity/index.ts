export {
  type PlanSimilarity,
  type PlanSimilarityOptions,
  planSimilarity,
  type SimilarityPair,
} from "./planSimilarity";
