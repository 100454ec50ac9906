import { channels } from "../../codelists/channels";
import { codeRefs } from "../_lib/codeRefs";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

const known = new Set(channels.entries.map((e) => e.code));

/**
 * reference.unknown-channel: a code in forms items, activities and childPlanRequirements that the channels
 * codelist does not define.
 *
 * @example
 * // "channels": ["radio"] where the commune radio is "broadcast.commune-radio":
 * referenceUnknownChannel.check(plan, context) // [{ code: "reference.unknown-channel", params: { code: "…", version: "…" }, … }]
 */
export const referenceUnknownChannel: Rule = {
  code: "reference.unknown-channel",
  check: (plan) =>
    codeRefs(plan, "channels")
      .filter((site) => !known.has(site.code))
      .map((site) =>
        makeIssue("reference.unknown-channel", site.path, { code: site.code, version: channels.version }),
      ),
};
