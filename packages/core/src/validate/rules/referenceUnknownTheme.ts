import { themes } from "../../codelists/themes";
import { codeRefs } from "../_lib/codeRefs";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

const known = new Set(themes.entries.map((e) => e.code));

/**
 * reference.unknown-theme: a code in content items, forms items, activities and childPlanRequirements that the themes
 * codelist does not define.
 *
 * @example
 * // "themes": ["one-stop"] where the code is "one-stop-shop":
 * referenceUnknownTheme.check(plan, context) // [{ code: "reference.unknown-theme", params: { code: "…", version: "…" }, … }]
 */
export const referenceUnknownTheme: Rule = {
  code: "reference.unknown-theme",
  check: (plan) =>
    codeRefs(plan, "themes")
      .filter((site) => !known.has(site.code))
      .map((site) =>
        makeIssue("reference.unknown-theme", site.path, { code: site.code, version: themes.version }),
      ),
};
