/**
 * The state of one (unit, code) cell of a gap scorecard:
 * - `covered`: the unit's plan names the code (or, at the top level, a code below it);
 * - `gap`: it does not, and the code applies to the unit;
 * - `not-applicable`: it does not, and the code cannot apply to the unit, because the code is tied to
 *   administrative levels (see {@link codeScopes}) and the unit is at another level (so a code tied to the
 *   district level never applies in the two-tier era, which has no districts). A covered code is always
 *   `covered`, whatever its scope.
 *
 * @example
 * const state: GapState = "not-applicable";
 */
export type GapState = "covered" | "gap" | "not-applicable";
