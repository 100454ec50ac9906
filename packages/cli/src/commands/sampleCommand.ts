import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatMessage, type Plan } from "@parcomms/core";
import { realPlans } from "@parcomms/sample-data";
import type { Command } from "../_lib/Command";
import { cliText } from "../_lib/cliText";
import { sampleMessages } from "../_lib/messages/sampleMessages";
import { parseCommandArgs } from "../_lib/parseCommandArgs";
import { UsageError } from "../_lib/UsageError";

function samplesNamed(name: string): Plan | readonly Plan[] | undefined {
  if (name === "all") return realPlans;
  return realPlans.find(
    (plan) => plan.id === name || plan.provenance.document === name || plan.id.slice(0, 3) === name,
  );
}

/** `parcomms sample`: the five real plans of sample-data as JSON. */
export const sampleCommand: Command = {
  name: "sample",
  summary: cliText(sampleMessages, "cli.sample.summary", {}),
  help: cliText(sampleMessages, "cli.sample.help", {}),
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" } });
    if (values.help) {
      io.stdout.write(formatMessage(sampleMessages, "cli.sample.help", {}, language));
      return 0;
    }
    const [name, ...extra] = positionals;
    const found = name === undefined || extra.length > 0 ? undefined : samplesNamed(name);
    if (found === undefined) {
      const names = realPlans.map((p) => p.id).join(", ");
      throw new UsageError(
        "usage.unknown-sample",
        cliText(sampleMessages, "cli.sample.unknown", { name: JSON.stringify(name ?? ""), names }),
      );
    }
    const json = `${JSON.stringify(found, null, 2)}\n`;
    if (typeof values.out === "string") writeFileSync(resolve(io.cwd, values.out), json);
    else io.stdout.write(json);
    return 0;
  },
};
