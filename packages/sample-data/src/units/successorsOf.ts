import type { GsoCode, UnitSuccessor } from "@parcomms/core";
import { findUnit } from "./findUnit";

/**
 * The two-tier units that took over a three-tier province or commune in the
 * 2025 reorganisation, each with `full` (took all of it) or `partial`.
 * Districts were abolished and have none; a code of the two-tier era has none.
 *
 * @example
 * successorsOf({ era: "three-tier", code: "24" }) // [{ code: { era: "two-tier", code: "24" }, share: "full" }] (Bắc Giang → Bắc Ninh)
 * successorsOf({ era: "three-tier", code: "16630" }) // includes phường Trúc Lâm, code 16624
 */
export function successorsOf(code: GsoCode): readonly UnitSuccessor[] {
  if (code.era !== "three-tier") return [];
  return findUnit(code)?.successors ?? [];
}
