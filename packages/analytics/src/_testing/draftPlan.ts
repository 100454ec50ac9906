import type { Plan } from "@parcomms/core";
import { plan003 } from "@parcomms/sample-data";

/**
 * A draft read from a text whose header could not be read: 003's body (xã
 * Gia Tân's tasks) with no title, no period, no unit, and an issuer known
 * only as "Ủy ban nhân dân", its tier not stated (schema 1.2). With
 * `{ issuer: false }` it has no issuer at all. Test support: not shipped.
 */
export function draftPlan(options: { issuer?: boolean } = {}): Plan {
  const { title: _t, period: _p, unit: _u, issuer: _i, ...body } = plan003;
  const draft: Plan = { ...body, id: "draft-ubnd" };
  return options.issuer === false
    ? draft
    : { ...draft, issuer: { body: "people-committee", wording: "Ủy ban nhân dân" } };
}
