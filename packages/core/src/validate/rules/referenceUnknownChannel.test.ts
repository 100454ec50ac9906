import { describe, expect, it } from "vitest";
import { channels } from "../../codelists/channels";
import type { Activity } from "../../model/Activity";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { referenceUnknownChannel } from "./referenceUnknownChannel";

const context = { parent: undefined, unitExists: undefined };

describe("reference.unknown-channel", () => {
  it("flags 003:365 'Đài Truyền thanh xã' encoded as the made-up code 'radio' in forms item c and row 5", () => {
    const plan = minimalPlan();
    plan.formsItems = plan.formsItems.map((f) => ({ ...f, channels: ["radio"] }));
    plan.activities[1] = { ...(plan.activities[1] as Activity), channels: ["radio"] };
    const issue = (path: string) => ({
      code: "reference.unknown-channel",
      severity: "error",
      path,
      params: { code: "radio", version: channels.version },
    });
    expect(validatePlan(plan).issues).toEqual([
      issue("/activities/1/channels/0"),
      issue("/formsItems/0/channels/0"),
    ]);
  });

  it("is quiet on codes of the codelist (broadcast.commune-radio, online.web-portal)", () => {
    expect(referenceUnknownChannel.check(minimalPlan(), context)).toEqual([]);
  });
});
