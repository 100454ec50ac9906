import type { Plan } from "../model/Plan";
import { blockPlan002 } from "./blockPlan002";

/**
 * Test support (not shipped): a draft read from a text that states neither
 * title, period nor unit, and names its issuer only as "Ủy ban nhân dân"
 * (its tier unreadable), with the tasks of {@link blockPlan002}. With
 * `{ issuer: false }` it has no issuer at all. Each call returns a fresh object.
 */
export function draftPlan(options: { issuer?: boolean } = {}): Plan {
  const { unit: _unit, title: _title, period: _period, issuer: _issuer, ...plan } = blockPlan002();
  const draft: Plan = { ...plan, id: "draft-ubnd" };
  return options.issuer === false
    ? draft
    : { ...draft, issuer: { body: "people-committee", wording: "Ủy ban nhân dân" } };
}
