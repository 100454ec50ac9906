import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * plan.issuer-missing: the plan names no issuing body (no header block, no
 * "UBND … ban hành", no signature in the text read).
 *
 * @example
 * // A pasted body without its header and signature:
 * planIssuerMissing.check(plan, context) // [{ code: "plan.issuer-missing", path: "/issuer", … }]
 */
export const planIssuerMissing: Rule = {
  code: "plan.issuer-missing",
  check: (plan) => (plan.issuer === undefined ? [makeIssue("plan.issuer-missing", "/issuer", {})] : []),
};
