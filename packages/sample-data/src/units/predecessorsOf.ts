import type { GsoCode, UnitSuccessor } from "@parcomms/core";
import { predecessorTable } from "./_tables";

/**
 * The three-tier units a two-tier province or commune was formed from, each
 * with `full` (all of the old unit went into it) or `partial`.
 *
 * @example
 * predecessorsOf({ era: "two-tier", code: "80" }).map((p) => p.code.code) // ["72", "80"] (Tây Ninh and Long An)
 */
export function predecessorsOf(code: GsoCode): readonly UnitSuccessor[] {
  if (code.era !== "two-tier") return [];
  return predecessorTable().get(code.code) ?? [];
}
