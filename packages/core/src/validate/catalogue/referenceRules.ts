import type { RuleDescription } from "../RuleDescription";

const codeRule = <L extends "theme" | "channel" | "audience">(
  list: L,
  vi: string,
  where: string,
  example: string,
) =>
  ({
    code: `reference.unknown-${list}` as `reference.unknown-${L}`,
    severity: "error",
    title: { en: `Unknown ${list} code`, vi: `Mã ${vi} không có trong danh mục` },
    message: {
      en: `{code} is not a code of the ${list}s codelist (version {version}).`,
      vi: `{code} không phải là mã trong danh mục ${vi} (phiên bản {version}).`,
    },
    params: { code: "text", version: "text" },
    description: `A ${list} code (${where}) that the ${list}s codelist does not define. Codes are stable and never reused, so an unknown code is a typing error or a code from another vocabulary; it is broken data, not a mistake of the document.`,
    example: { text: example },
    fix: `Use the codelist's code for what the document says (the ${list}s codelist lists the Vietnamese phrasings of each code).`,
  }) as const;

/**
 * Catalogue entries of the reference checks: ids that must exist in the plan,
 * codes that must exist in the codelists, unit codes and unique ids.
 *
 * @example
 * referenceRules.map((r) => r.code).includes("id.duplicate") // true
 */
export const referenceRules = [
  {
    code: "reference.unknown-assignee",
    severity: "error",
    title: { en: "Unknown office or group", vi: "Cơ quan, nhóm đơn vị không có trong kế hoạch" },
    message: {
      en: "{ref} is not the id of an office or assignee group of this plan.",
      vi: "{ref} không phải là mã của cơ quan hay nhóm đơn vị nào trong kế hoạch này.",
    },
    params: { ref: "text" },
    description:
      "Assignees of activities and of their sub-tasks, the focal point (đầu mối), the budget's estimateBy and submittedTo, reporters and the via office of reporting and of escalation, the appliesTo of targets and of childPlanRequirements refer to offices and assignee groups by id. The id must be that of an entry of plan.offices or plan.assigneeGroups. This is broken data, not a mistake of the document.",
    example: {
      text: 'An assignee { "ref": "van-hoa-xa-hoi", "role": "lead" } in a plan that lists that office under the id "vh-xh".',
    },
    fix: "Correct the ref to the id of the office or group, or add the missing office to plan.offices (a class of units to plan.assigneeGroups).",
  },
  codeRule(
    "theme",
    "chủ đề",
    "in content items, forms items, activities, their sub-tasks or childPlanRequirements",
    '"themes": ["one-stop"] where the code is "one-stop-shop".',
  ),
  codeRule(
    "channel",
    "hình thức tuyên truyền",
    "in content items, forms items, activities, their sub-tasks or childPlanRequirements",
    '"channels": ["radio"] where the commune loudspeaker radio is "broadcast.commune-radio".',
  ),
  codeRule(
    "audience",
    "đối tượng",
    "in the plan's audiences, in activities or in their sub-tasks",
    '"audiences": ["people"] where the code is "citizens".',
  ),
  {
    code: "reference.unknown-unit",
    severity: "warning",
    title: { en: "Unknown unit code", vi: "Mã đơn vị hành chính không có trong danh mục" },
    message: {
      en: "Unit code {code} ({era}) is not in the official list of units.",
      vi: "Mã đơn vị hành chính {code} ({era}) không có trong danh mục đơn vị hành chính.",
    },
    params: { code: "text", era: "era" },
    description:
      "Checked only when validatePlan is given options.unitExists: the plan's unit carries a GSO code that the lookup does not know in that era. A code means something only with its era (province 24 was Bắc Giang, then the merged Bắc Ninh).",
    example: {
      text: "The seed plans name their units only in words (xã Sơn Mầu, thành phố Bắc Giang); a code is added when encoding, and a code looked up in the wrong era's list raises this.",
    },
    fix: "Look the unit up in the list of the plan's era; set the code found, or leave the code out and mark the match not-found.",
  },
  {
    code: "id.duplicate",
    severity: "error",
    title: { en: "Duplicate id", vi: "Mã định danh bị trùng" },
    message: {
      en: "Id {id} is used more than once; it was first used at {firstPath}.",
      vi: "Mã định danh {id} bị dùng nhiều lần; lần đầu tại {firstPath}.",
    },
    params: { id: "text", firstPath: "text" },
    description:
      "Ids must be unique among the plan's content items, forms items, activities and their sub-tasks, purposes, requirements and audience statement (one id space), and among its offices and assignee groups (another id space), because references and comparisons find items by id. Reported at every use after the first.",
    example: {
      text: 'Two activities both with "id": "a1", or an office and an assignee group both "ubnd-xa".',
    },
    fix: "Give each item its own id; update the refs that meant the renamed one.",
  },
] as const satisfies readonly RuleDescription[];
