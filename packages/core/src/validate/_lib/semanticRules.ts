import { activityNoLead } from "../rules/activityNoLead";
import { activityRequestedOnly } from "../rules/activityRequestedOnly";
import { activityTimeframeOutsidePeriod } from "../rules/activityTimeframeOutsidePeriod";
import { eraDistrictAfterReform } from "../rules/eraDistrictAfterReform";
import { headerIssueDateAbsent } from "../rules/headerIssueDateAbsent";
import { headerIssueDayNotStated } from "../rules/headerIssueDayNotStated";
import { headerNumberAbsent } from "../rules/headerNumberAbsent";
import { headerNumberNotStated } from "../rules/headerNumberNotStated";
import { idDuplicate } from "../rules/idDuplicate";
import { issuerLevelDiffers } from "../rules/issuerLevelDiffers";
import { issuerLevelMissing } from "../rules/issuerLevelMissing";
import { issuerUnitMissing } from "../rules/issuerUnitMissing";
import { parentIssuedAfterChild } from "../rules/parentIssuedAfterChild";
import { parentLevelNotHigher } from "../rules/parentLevelNotHigher";
import { planIssuerMissing } from "../rules/planIssuerMissing";
import { planPeriodMissing } from "../rules/planPeriodMissing";
import { planTitleMissing } from "../rules/planTitleMissing";
import { quotaUnreachable } from "../rules/quotaUnreachable";
import { referenceUnknownAssignee } from "../rules/referenceUnknownAssignee";
import { referenceUnknownAudience } from "../rules/referenceUnknownAudience";
import { referenceUnknownChannel } from "../rules/referenceUnknownChannel";
import { referenceUnknownTheme } from "../rules/referenceUnknownTheme";
import { referenceUnknownUnit } from "../rules/referenceUnknownUnit";
import { reportingLessOftenThanParent } from "../rules/reportingLessOftenThanParent";
import { sectionEmptyContent } from "../rules/sectionEmptyContent";
import { sectionEmptyForms } from "../rules/sectionEmptyForms";
import type { Rule } from "./Rule";

/** Every semantic rule validatePlan runs on a structurally sound plan. */
export const semanticRules: readonly Rule[] = [
  activityTimeframeOutsidePeriod,
  activityNoLead,
  activityRequestedOnly,
  quotaUnreachable,
  referenceUnknownAssignee,
  referenceUnknownTheme,
  referenceUnknownChannel,
  referenceUnknownAudience,
  referenceUnknownUnit,
  idDuplicate,
  issuerUnitMissing,
  issuerLevelDiffers,
  planTitleMissing,
  planPeriodMissing,
  planIssuerMissing,
  issuerLevelMissing,
  eraDistrictAfterReform,
  parentLevelNotHigher,
  parentIssuedAfterChild,
  reportingLessOftenThanParent,
  headerNumberNotStated,
  headerNumberAbsent,
  headerIssueDayNotStated,
  headerIssueDateAbsent,
  sectionEmptyContent,
  sectionEmptyForms,
];
