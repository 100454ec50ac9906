import { channels } from "../../codelists/channels";
import { unknownCodeRule } from "../_lib/unknownCodeRule";

/**
 * reference.unknown-channel: a code in forms items, activities and childPlanRequirements that the channels
 * codelist does not define.
 *
 * @example
 * // "channels": ["radio"] where the commune radio is "broadcast.commune-radio":
 * referenceUnknownChannel.check(plan, context) // [{ code: "reference.unknown-channel", params: { code: "…", version: "…" }, … }]
 */
export const referenceUnknownChannel = unknownCodeRule("reference.unknown-channel", "channels", channels);
