import { audiences } from "../../codelists/audiences";
import { unknownCodeRule } from "../_lib/unknownCodeRule";

/**
 * reference.unknown-audience: a code in the plan's audiences and activities that the audiences
 * codelist does not define.
 *
 * @example
 * // "audiences": ["people"] where the code is "citizens":
 * referenceUnknownAudience.check(plan, context) // [{ code: "reference.unknown-audience", params: { code: "…", version: "…" }, … }]
 */
export const referenceUnknownAudience = unknownCodeRule("reference.unknown-audience", "audiences", audiences);
