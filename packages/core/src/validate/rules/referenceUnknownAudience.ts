import { audiences } from "../../codelists/audiences";
import { codeRefs } from "../_lib/codeRefs";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

const known = new Set(audiences.entries.map((e) => e.code));

/**
 * reference.unknown-audience: a code in the plan's audiences and activities that the audiences
 * codelist does not define.
 *
 * @example
 * // "audiences": ["people"] where the code is "citizens":
 * referenceUnknownAudience.check(plan, context) // [{ code: "reference.unknown-audience", params: { code: "…", version: "…" }, … }]
 */
export const referenceUnknownAudience: Rule = {
  code: "reference.unknown-audience",
  check: (plan) =>
    codeRefs(plan, "audiences")
      .filter((site) => !known.has(site.code))
      .map((site) =>
        makeIssue("reference.unknown-audience", site.path, { code: site.code, version: audiences.version }),
      ),
};
