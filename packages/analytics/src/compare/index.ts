export { type CompareUnitsOptions, compareUnits } from "./compareUnits";
export type {
  CodePresence,
  ComparisonCell,
  ComparisonColumn,
  ComparisonRow,
  ComparisonRowKind,
  SuccessorPair,
  UnitComparison,
} from "./UnitComparison";
