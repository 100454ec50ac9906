import type { AdministrativeLevel } from "../../model/AdministrativeLevel";
import type { GsoCode } from "../../model/GsoCode";
import type { PartialDate } from "../../model/PartialDate";
import type { Plan } from "../../model/Plan";
import type { ReportingCadence } from "../../model/Reporting";
import type { RuleCode } from "../rules";
import type { ValidationIssue } from "../ValidationIssue";

/** What the semantic rules can know of the parent plan given as options.parent, read leniently. */
export interface ParentFacts {
  /** unit.level, when readable. */
  readonly level?: AdministrativeLevel;
  /** issueDate, when readable. */
  readonly issueDate?: PartialDate;
  /** childPlanRequirements.reporting, when readable and not empty. */
  readonly requiredReporting?: readonly ReportingCadence[];
  /** The cadences of its own reporting, when readable. */
  readonly ownReporting?: readonly ReportingCadence[];
}

/** What a rule may use besides the plan. */
export interface RuleContext {
  readonly parent: ParentFacts | undefined;
  readonly unitExists: ((code: GsoCode) => boolean) | undefined;
}

/** A semantic rule: a check of a structurally sound plan that reports issues of one catalogue code. */
export interface Rule {
  readonly code: RuleCode;
  readonly check: (plan: Plan, context: RuleContext) => ValidationIssue[];
}
