import { themes } from "../../codelists/themes";
import { unknownCodeRule } from "../_lib/unknownCodeRule";

/**
 * reference.unknown-theme: a code in content items, forms items, activities and childPlanRequirements that the themes
 * codelist does not define.
 *
 * @example
 * // "themes": ["one-stop"] where the code is "one-stop-shop":
 * referenceUnknownTheme.check(plan, context) // [{ code: "reference.unknown-theme", params: { code: "…", version: "…" }, … }]
 */
export const referenceUnknownTheme = unknownCodeRule("reference.unknown-theme", "themes", themes);
