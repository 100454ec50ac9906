import type { RuleDescription } from "../RuleDescription";

const NOT_FROM_SEEDS = "Broken data, not a mistake of a document: the seed plans have no example.";

/**
 * Catalogue entries of the structural checks: the zod `Plan` schema's issues
 * under stable codes, unknown keys, and input that cannot be read as data.
 *
 * @example
 * structureRules.find((r) => r.code === "structure.unknown-key")?.severity // "warning"
 */
export const structureRules = [
  {
    code: "structure.missing",
    severity: "error",
    title: { en: "Required value missing", vi: "Thiếu giá trị bắt buộc" },
    message: {
      en: "A required value is missing (expected {expected}).",
      vi: "Thiếu giá trị bắt buộc (cần {expected}).",
    },
    params: { expected: "text" },
    description: `The schema requires a value here and the input has none: a field left out, or a misspelt key (the misspelt key is reported as structure.unknown-key). ${NOT_FROM_SEEDS}`,
    example: { text: 'A plan period { "start": "2024" } without its "end".' },
    fix: "Add the value. When the document leaves a slot blank, say so the model's way (NotStated for the number, an absent optional field) rather than inventing a value.",
  },
  {
    code: "structure.invalid-type",
    severity: "error",
    title: { en: "Wrong type", vi: "Sai kiểu dữ liệu" },
    message: {
      en: "Wrong type: expected {expected}, received {received}.",
      vi: "Sai kiểu dữ liệu: cần {expected}, nhận được {received}.",
    },
    params: { expected: "text", received: "text" },
    description: `The value is of another JSON type than the schema allows (a string where a number is due, an object where a list is due). ${NOT_FROM_SEEDS}`,
    example: { text: 'A quarters timeframe with "year": "2024" (a string) where the year is a number.' },
    fix: "Write the value with the type the model gives for this field (see the data dictionary).",
  },
  {
    code: "structure.invalid-value",
    severity: "error",
    title: { en: "Value not allowed", vi: "Giá trị không được phép" },
    message: {
      en: "Value {received} is not allowed: expected {expected}.",
      vi: "Giá trị {received} không được phép: cần {expected}.",
    },
    params: { expected: "text", received: "text" },
    description: `The field takes one of a fixed set of values (an enumeration, a literal, the kind of a timeframe) and the value is not among them. ${NOT_FROM_SEEDS}`,
    example: { text: 'An assignee with "role": "chủ trì"; the model\'s code is "lead".' },
    fix: "Use one of the listed values; map the document's Vietnamese word to the model's code.",
  },
  {
    code: "structure.invalid-variant",
    severity: "error",
    title: { en: "Matches none of the allowed forms", vi: "Không khớp dạng nào được phép" },
    message: {
      en: "The value matches none of the allowed forms ({expected}); received {received}.",
      vi: "Giá trị không khớp dạng nào được phép ({expected}); nhận được {received}.",
    },
    params: { expected: "text", received: "text" },
    description: `The field accepts several forms (a union) and the value has the shape of none of them. ${NOT_FROM_SEEDS}`,
    example: {
      text: 'A plan "number": 13 (a number): the number is a string ("13") or the NotStated marker { "notStated": true }.',
    },
    fix: "Write the value in one of the allowed forms.",
  },
  {
    code: "structure.too-short",
    severity: "error",
    title: { en: "Too short", vi: "Quá ngắn" },
    message: {
      en: "Too short: length {received}, at least {minimum} required.",
      vi: "Quá ngắn: độ dài {received}, cần tối thiểu {minimum}.",
    },
    params: { minimum: "number", received: "number" },
    description: `A text is empty, or a list has fewer items than the schema requires (a quarters timeframe needs at least one quarter). ${NOT_FROM_SEEDS}`,
    example: { text: 'An activity with "title": "" or a quarters timeframe with "quarters": [].' },
    fix: "Fill in the text or the items; if the document gives nothing, leave the optional field out instead.",
  },
  {
    code: "structure.too-long",
    severity: "error",
    title: { en: "Too long", vi: "Quá dài" },
    message: {
      en: "Too long: length {received}, at most {maximum} allowed.",
      vi: "Quá dài: độ dài {received}, tối đa {maximum}.",
    },
    params: { maximum: "number", received: "number" },
    description: `A text or a list is longer than the schema allows. ${NOT_FROM_SEEDS}`,
    fix: "Shorten the value to the allowed length.",
  },
  {
    code: "structure.too-small",
    severity: "error",
    title: { en: "Number too small", vi: "Số quá nhỏ" },
    message: {
      en: "Number too small: {received}, the minimum is {minimum}.",
      vi: "Số quá nhỏ: {received}, giá trị tối thiểu là {minimum}.",
    },
    params: { minimum: "number", received: "number" },
    description: `A number is below the schema's lower bound (a year before 1945, a day or a line number of 0, a count below 1). ${NOT_FROM_SEEDS}`,
    example: { text: 'A frequency with "interval": 0.' },
    fix: "Correct the number; a year is written in full (2024), days and months from 1.",
  },
  {
    code: "structure.too-big",
    severity: "error",
    title: { en: "Number too big", vi: "Số quá lớn" },
    message: {
      en: "Number too big: {received}, the maximum is {maximum}.",
      vi: "Số quá lớn: {received}, giá trị tối đa là {maximum}.",
    },
    params: { maximum: "number", received: "number" },
    description: `A number is above the schema's upper bound (a month 13, a quarter 5, a day 32). ${NOT_FROM_SEEDS}`,
    example: { text: 'A quarters timeframe with "quarters": [5].' },
    fix: "Correct the number; quarters run from 1 to 4, months from 1 to 12.",
  },
  {
    code: "structure.invalid-format",
    severity: "error",
    title: { en: "Wrong format", vi: "Sai định dạng" },
    message: {
      en: "Wrong format: {received} does not match {pattern}.",
      vi: "Sai định dạng: {received} không khớp mẫu {pattern}.",
    },
    params: { format: "text", pattern: "text", received: "text" },
    description: `A text must follow a pattern (a period id, a GSO unit code) and does not. ${NOT_FROM_SEEDS}`,
    example: { text: 'A plan period starting "2024-Q1"; period ids are 2024, 2024S1, 2024Q1 or 2024-03.' },
    fix: "Rewrite the value in the pattern's form.",
  },
  {
    code: "structure.constraint-failed",
    severity: "error",
    title: { en: "Constraint not met", vi: "Không thỏa mãn ràng buộc" },
    message: {
      en: "A constraint of the model is not met: {constraint}.",
      vi: "Không thỏa mãn ràng buộc của mô hình: {constraint}.",
    },
    params: { constraint: "text" },
    description: `A check across fields of one value fails (a partial date with a day but no month). The constraint's text comes from the model. ${NOT_FROM_SEEDS}`,
    example: { text: 'A partial date { "year": 2024, "day": 5 }: a day needs a month.' },
    fix: "Make the fields agree: give the month, or leave the day out.",
  },
  {
    code: "structure.invalid",
    severity: "error",
    title: { en: "Invalid value", vi: "Giá trị không hợp lệ" },
    message: {
      en: "Invalid value (schema check {zodCode}).",
      vi: "Giá trị không hợp lệ (kiểm tra lược đồ {zodCode}).",
    },
    params: { zodCode: "text" },
    description: `Any other failure of the schema, under zod's own issue code; the plan model produces none today, the code is there so that no failure goes unreported. ${NOT_FROM_SEEDS}`,
    fix: "Compare the value with the data dictionary.",
  },
  {
    code: "structure.unknown-key",
    severity: "warning",
    title: { en: "Unknown field", vi: "Trường không có trong mô hình" },
    message: {
      en: "Unknown field {key}: the model does not define it, so it is left out of the validated plan.",
      vi: "Trường {key} không có trong mô hình nên không được đưa vào kế hoạch đã kiểm tra.",
    },
    params: { key: "text" },
    description:
      "The input has a key that the schema does not define at that place. The plan stays usable, but the key's value is not part of it: nothing is dropped without this warning. Often a misspelling of a defined field.",
    example: { text: 'An activity with "timeFrame" (for "timeframe") or "colour": "red".' },
    fix: "Correct the spelling, or remove the key; if the data matters, ask for the model to carry it.",
  },
  {
    code: "structure.unreadable",
    severity: "error",
    title: { en: "Value cannot be read", vi: "Không đọc được giá trị" },
    message: {
      en: "The value cannot be read: {reason}.",
      vi: "Không đọc được giá trị: {reason}.",
    },
    params: { reason: "text" },
    description:
      "Reading the value threw (a getter or a proxy that fails). Plans are plain data; the value is treated as absent and the plan is not usable.",
    fix: "Pass plain data, for example the result of JSON.parse.",
  },
  {
    code: "structure.cycle",
    severity: "error",
    title: { en: "Cyclic reference", vi: "Tham chiếu vòng" },
    message: {
      en: "The value contains itself (a cyclic reference); a plan is a tree of plain data.",
      vi: "Giá trị chứa chính nó (tham chiếu vòng); kế hoạch phải là dữ liệu dạng cây.",
    },
    params: {},
    description:
      "An object or list refers back to one that contains it; it cannot be a plan, nor written as JSON.",
    fix: "Pass plain data without back-references.",
  },
  {
    code: "structure.too-deep",
    severity: "error",
    title: { en: "Nested too deep", vi: "Lồng nhau quá sâu" },
    message: {
      en: "Nested more than {maxDepth} levels deep; what lies deeper is not read.",
      vi: "Lồng nhau quá {maxDepth} cấp; phần sâu hơn không được đọc.",
    },
    params: { maxDepth: "number" },
    description: "The value is nested far deeper than any plan can be; the deeper part is treated as absent.",
    fix: "Pass a plan, not arbitrary nested data.",
  },
  {
    code: "schema.migrated",
    severity: "info",
    title: { en: "Read from an older schema", vi: "Đọc từ phiên bản lược đồ cũ" },
    message: {
      en: "The plan was written in schema {from}; it was read as {to}, with nothing lost.",
      vi: "Kế hoạch được ghi theo lược đồ {from}; đã đọc theo lược đồ {to}, không mất dữ liệu.",
    },
    params: { from: "text", to: "text" },
    description:
      "A plan saved in an earlier version of the schema (1.0 or 1.1) was migrated on reading: the version is raised, and a 1.0 issuer gains its tier from the plan's unit (a 1.1 plan needs nothing else). Every value of the saved plan is kept.",
    example: {
      text: 'A plan saved in 2025 with "schemaVersion": "1.0" and an issuer without a level; any plan saved with "schemaVersion": "1.1".',
    },
    fix: "Nothing needs fixing. Save the plan again to store it in the current schema.",
  },
  {
    code: "structure.too-large",
    severity: "error",
    title: { en: "Input too large", vi: "Dữ liệu quá lớn" },
    message: {
      en: "The input holds more than {maxNodes} values; it is not validated.",
      vi: "Dữ liệu đầu vào có hơn {maxNodes} giá trị; không được kiểm tra.",
    },
    params: { maxNodes: "number" },
    description:
      "The input is far larger than any plan (the largest seed plan has a few thousand values); it is refused rather than validated slowly.",
    fix: "Validate plans one at a time.",
  },
  {
    code: "validation.rule-failed",
    severity: "warning",
    title: { en: "Rule could not be checked", vi: "Không kiểm tra được quy tắc" },
    message: {
      en: "Rule {rule} could not be checked: {reason}.",
      vi: "Không kiểm tra được quy tắc {rule}: {reason}.",
    },
    params: { rule: "text", reason: "text" },
    description:
      "A semantic rule threw while checking a structurally sound plan (for example the unitExists callback failed). The other rules still ran; what this rule checks is unknown.",
    fix: "Report it with the plan; if the unitExists callback threw, fix the callback.",
  },
  {
    code: "validation.internal-error",
    severity: "error",
    title: { en: "Validation failed", vi: "Lỗi khi kiểm tra" },
    message: {
      en: "Validation failed: {reason}.",
      vi: "Kiểm tra không thực hiện được: {reason}.",
    },
    params: { reason: "text" },
    description: "validatePlan never throws; an unexpected failure is reported as this issue instead.",
    fix: "Report it with the input.",
  },
] as const satisfies readonly RuleDescription[];
