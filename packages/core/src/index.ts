/**
 * @parcomms/core: the typed model of Vietnamese plans for communicating
 * administrative reform (Kế hoạch tuyên truyền cải cách hành chính), with
 * codelists, Vietnamese phrase parsers, validation and time.
 *
 * @packageDocumentation
 */

export { classifyOffice } from "./classify/classifyOffice";
export { matchAudiences } from "./classify/matchAudiences";
export { matchChannels } from "./classify/matchChannels";
export {
  type CodelistMatch,
  type MatchableCodelist,
  type MatchCodelistOptions,
  matchCodelist,
} from "./classify/matchCodelist";
export { matchThemes } from "./classify/matchThemes";
export { audiences } from "./codelists/audiences";
export { channels } from "./codelists/channels";
export { type DocumentTypeEntry, documentTypes } from "./codelists/documentTypes";
export { type OfficeKindEntry, officeKinds } from "./codelists/officeKinds";
export { type ReportingCadenceEntry, reportingCadences } from "./codelists/reportingCadences";
export { themes } from "./codelists/themes";
export { type UnitKindEntry, unitKinds } from "./codelists/unitKinds";
export { type VocabularyTerm, type VocabularyWord, vocabulary } from "./codelists/vocabulary";
export { type CatalogueProblem, checkCatalogues } from "./messages/checkCatalogues";
export { type FormatMessageOptions, formatMessage } from "./messages/formatMessage";
export type {
  MessageCatalogue,
  MessageParam,
  MessageParams,
  MessageParamsOf,
  PlaceholderNames,
} from "./messages/MessageCatalogue";
export { messageCatalogues } from "./messages/messageCatalogues";
export { Activity, ActivityOrigin, SubTask } from "./model/Activity";
export { AdministrativeLevel } from "./model/AdministrativeLevel";
export { AdminUnit, UnitSuccessor } from "./model/AdminUnit";
export { Assignee, AssigneeRef } from "./model/Assignee";
export { AssigneeGroup } from "./model/AssigneeGroup";
export { Budget, BudgetSource } from "./model/Budget";
export { ChildPlanRequirements } from "./model/ChildPlanRequirements";
export { Codelist, CodelistEntry } from "./model/CodelistEntry";
export { Era, eraOn, TWO_TIER_START } from "./model/Era";
export { Escalation } from "./model/Escalation";
export { Frequency, OutputUnit, Quota, RecurrenceUnit } from "./model/Frequency";
export { GsoCode } from "./model/GsoCode";
export { Issuer, IssuerBody } from "./model/Issuer";
export { LEVEL_RANK } from "./model/LEVEL_RANK";
export { DocumentType, LegalReference } from "./model/LegalReference";
export { LineRange } from "./model/LineRange";
export { Language, LocalizedText } from "./model/LocalizedText";
export { isNotStated, NotStated } from "./model/NotStated";
export { Office } from "./model/Office";
export { OfficeKind } from "./model/OfficeKind";
export { PartialDate } from "./model/PartialDate";
export { PeriodId, PlanPeriod } from "./model/PeriodId";
export { PLAN_SCHEMA_VERSION, Plan } from "./model/Plan";
export { DocumentKind, IssuingDecision, PlanMention } from "./model/PlanMention";
export { Provenance } from "./model/Provenance";
export { type PlanTask, planTasks, resolveSubTask } from "./model/planTasks";
export { planEra, planLevel } from "./model/planTier";
export { Reporting, ReportingCadence } from "./model/Reporting";
export { Role } from "./model/Role";
export { Recipient, Signatory } from "./model/Signatory";
export { Target } from "./model/Target";
export { ContentItem, FormsItem, TextItem } from "./model/TextItem";
export {
  CompoundTimeframe,
  ContinuousTimeframe,
  DateRangeTimeframe,
  DeadlineTimeframe,
  HalvesTimeframe,
  MonthsTimeframe,
  QuartersTimeframe,
  SimpleTimeframe,
  Timeframe,
  type TimeframeKind,
  TriggerTimeframe,
  YearlyDateTimeframe,
  YearsTimeframe,
  YearTimeframe,
} from "./model/Timeframe";
export { UnitKind } from "./model/UnitKind";
export { UnitMatch, UnitRef } from "./model/UnitRef";
export type { ParseFailure, ParseResult } from "./parse/ParseResult";
export { parseFrequency } from "./parse/parseFrequency";
export { type ParseLegalReferencesOptions, parseLegalReferences } from "./parse/parseLegalReferences";
export { type ParseFailureCode, parseFailureMessages } from "./parse/parseMessages";
export { parseReportingCadence } from "./parse/parseReportingCadence";
export { type ParseTimeframeOptions, parseTimeframe } from "./parse/parseTimeframe";
export { type ParsedUnitName, type ParseUnitNameOptions, parseUnitName } from "./parse/parseUnitName";
export { type ParsedDate, parseVietnameseDate } from "./parse/parseVietnameseDate";
export {
  AGGREGATION_SEMANTICS,
  type Aggregation,
  type MeasureSemantics,
} from "./rollup/AGGREGATION_SEMANTICS";
export {
  type ChildCompliance,
  type ChildComplianceOptions,
  type ComplianceCheck,
  type ComplianceStatus,
  childCompliance,
} from "./rollup/childCompliance";
export {
  type CodelistCoverage,
  type CodelistCoverageOf,
  type CodelistCoverageOptions,
  codelistCoverage,
  type LevelCoverage,
} from "./rollup/codelistCoverage";
export {
  type ComplianceMessageCode,
  type ComplianceParams,
  complianceMessage,
  complianceMessages,
} from "./rollup/complianceMessages";
export { type GroupPlansBy, groupPlans, type PlanGroup } from "./rollup/groupPlans";
export { type OfficeWorkload, type OfficeWorkloadRow, officeWorkload } from "./rollup/officeWorkload";
export {
  type PlanCompleteness,
  type PlanCompletenessStatus,
  type PlanCompletenessUnit,
  planCompleteness,
} from "./rollup/planCompleteness";
export { type QuarterLoad, type QuarterLoadRow, quarterLoad } from "./rollup/quarterLoad";
export {
  type CodeShare,
  type RollupAggregate,
  type RollupHierarchy,
  type RollupHierarchyOptions,
  type RollupNode,
  rollupHierarchy,
} from "./rollup/rollupHierarchy";
export {
  type ThemeChannelCell,
  type ThemeChannelMatrix,
  type ThemeChannelMatrixOptions,
  type ThemeChannelTally,
  themeChannelMatrix,
} from "./rollup/themeChannelMatrix";
export { foldVietnamese } from "./text/foldVietnamese";
export { type ExpectedSlot, expandFrequency } from "./time/expandFrequency";
export { expectedPerYear } from "./time/expectedPerYear";
export { frequencyPerYear, UNITS_PER_YEAR } from "./time/frequencyPerYear";
export { type Interval, periodInterval } from "./time/periodInterval";
export { type ResolveTimeframeOptions, resolveTimeframe } from "./time/resolveTimeframe";
export { formatIssue } from "./validate/formatIssue";
export { groupIssues, type IssueGroup } from "./validate/groupIssues";
export { type MigrationResult, migratePlan } from "./validate/migratePlan";
export { READABLE_SCHEMA_VERSIONS } from "./validate/READABLE_SCHEMA_VERSIONS";
export type { ParamKind, RuleDescription } from "./validate/RuleDescription";
export { type IssueParams, type RuleCode, rules } from "./validate/rules";
export { IssueParam, IssueSeverity, ValidationIssue } from "./validate/ValidationIssue";
export { type ValidatePlanOptions, type ValidationResult, validatePlan } from "./validate/validatePlan";
