import { describe, expect, it } from "vitest";
import { extractSamples } from "./extractSamples";

describe("extractSamples", () => {
  it("reads each fenced block with its language, flags, line and stated outputs", () => {
    const page = [
      "# Title",
      "",
      "```ts",
      "console.log(validatePlan(plan).usable); // → true",
      "for (const i of issues) console.log(i.code);",
      "// → activity.requested-only",
      "```",
      "",
      "```sh no-run",
      "pnpm start",
      "```",
      "",
      "~~~~sql",
      "select 1 as one;",
      "-- → 1",
      "```",
      "~~~~",
    ].join("\n");
    expect(extractSamples(page)).toEqual([
      {
        lang: "ts",
        flags: [],
        code: "console.log(validatePlan(plan).usable); // → true\nfor (const i of issues) console.log(i.code);\n// → activity.requested-only",
        line: 3,
        expected: ["true", "activity.requested-only"],
      },
      { lang: "sh", flags: ["no-run"], code: "pnpm start", line: 9, expected: [] },
      { lang: "sql", flags: [], code: "select 1 as one;\n-- → 1\n```", line: 13, expected: ["1"] },
    ]);
  });

  it("reads shell expectations and keeps an unclosed block to the end of the page", () => {
    expect(extractSamples("```bash\nparcomms validate plans.json\n# → 1 file(s): 1 usable")).toEqual([
      {
        lang: "bash",
        flags: [],
        code: "parcomms validate plans.json\n# → 1 file(s): 1 usable",
        line: 1,
        expected: ["1 file(s): 1 usable"],
      },
    ]);
  });

  it("finds no sample in prose", () => {
    expect(extractSamples("Run `pnpm docs:dev` → it serves.\n")).toEqual([]);
  });
});
