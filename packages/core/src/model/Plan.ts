import { z } from "zod";
import { Activity } from "./Activity";
import { AssigneeGroup } from "./AssigneeGroup";
import { Budget } from "./Budget";
import { ChildPlanRequirements } from "./ChildPlanRequirements";
import { Escalation } from "./Escalation";
import { Issuer } from "./Issuer";
import { LegalReference } from "./LegalReference";
import { LineRange } from "./LineRange";
import { NotStated } from "./NotStated";
import { Office } from "./Office";
import { PartialDate } from "./PartialDate";
import { PlanPeriod } from "./PeriodId";
import { Provenance } from "./Provenance";
import { Reporting } from "./Reporting";
import { Recipient, Signatory } from "./Signatory";
import { Target } from "./Target";
import { ContentItem, FormsItem, TextItem } from "./TextItem";
import { Timeframe } from "./Timeframe";
import { UnitRef } from "./UnitRef";

/**
 * The version of the plan schema; bumped on any change. 1.1 added sub-tasks,
 * the requested role, headings, the as-regulated cadence, channels on
 * content items, escalation, issuers that are organisations with a level,
 * and several-year periods; 1.2 lets a draft leave its title, period, issuer
 * or the issuer's level blank when the text does not state them, and adds
 * the document types Tờ trình and Báo cáo (docs/model.md). `migratePlan`
 * reads 1.0 and 1.1.
 */
export const PLAN_SCHEMA_VERSION = "1.2";

/**
 * A local government's plan for communicating administrative reform (Kế
 * hoạch tuyên truyền cải cách hành chính): the single model every package
 * reads and writes.
 */
export const Plan = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION).describe("Version of this schema."),
    id: z.string().min(1).describe("Identifier of the plan, unique in a dataset."),
    title: z
      .string()
      .min(1)
      .optional()
      .describe("Title as written; absent when the document does not state it (a draft read from text)."),
    documentType: z
      .enum(["plan", "decision"])
      .describe("plan: issued as a Kế hoạch; decision: adopted by a Quyết định that attaches the plan."),
    unit: UnitRef.optional().describe(
      "The administrative unit the issuer governs or belongs to; absent for a central body (a ministry's plan).",
    ),
    issuer: Issuer.optional().describe(
      "The organisation that issues the plan; absent when the document does not state it (a draft read from text).",
    ),
    period: PlanPeriod.optional().describe(
      "The period the plan covers; absent when the document does not state it (a draft read from text).",
    ),
    number: z
      .union([z.string().min(1), NotStated])
      .optional()
      .describe(
        'Document number ("13"); NotStated when the slot is blank; absent when the text has no number line.',
      ),
    symbol: z.string().min(1).optional().describe('Type and issuer code after the number ("KH-UBND").'),
    issueDate: PartialDate.optional().describe(
      "Date of issue; day or month may be blank; absent when the text gives none.",
    ),
    place: z.string().min(1).optional().describe('Place in the date line ("TP. Bắc Giang").'),
    status: z.enum(["draft", "issued"]).describe("draft, or issued (ban hành)."),
    references: z
      .array(LegalReference)
      .describe("Cited documents, the parent plan among them with role parent-plan."),
    purposes: z.array(TextItem).describe("Mục đích."),
    requirements: z.array(TextItem).describe("Yêu cầu."),
    audiences: z.array(z.string().min(1)).describe("Audience codes of the plan as a whole (đối tượng)."),
    audienceStatement: TextItem.optional().describe("The audience section as written, when there is one."),
    contentItems: z.array(ContentItem).describe("Nội dung tuyên truyền."),
    formsItems: z.array(FormsItem).describe("Hình thức tuyên truyền."),
    activities: z.array(Activity).describe("Tasks from forms items, the appendix and the assignments."),
    offices: z.array(Office).describe("Offices the plan names, normalised across spellings."),
    assigneeGroups: z.array(AssigneeGroup).describe("Classes of units or offices assigned together."),
    focalPoint: z
      .object({ ref: z.string().min(1), wording: z.string().min(1).optional(), lines: LineRange.optional() })
      .optional()
      .describe("The office that collects reports and follows up (đầu mối)."),
    timeframe: z
      .object({ timeframe: Timeframe, text: z.string().min(1), lines: LineRange.optional() })
      .optional()
      .describe("The plan's own time section (thời gian thực hiện), when it has one."),
    budget: Budget.optional().describe("Kinh phí; absent when the plan has no budget section."),
    reporting: z.array(Reporting).describe("Reporting arrangements."),
    escalation: z
      .array(Escalation)
      .optional()
      .describe("Who is told of problems met in carrying out the plan; absent when the plan does not say."),
    targets: z.array(Target).describe("Numeric targets of the plan as a whole."),
    childPlanRequirements: ChildPlanRequirements.optional(),
    signatory: Signatory.optional(),
    recipients: z.array(Recipient).describe("Nơi nhận."),
    provenance: Provenance,
  })
  .describe("A plan for communicating administrative reform (Kế hoạch tuyên truyền CCHC).");
export type Plan = z.infer<typeof Plan>;
