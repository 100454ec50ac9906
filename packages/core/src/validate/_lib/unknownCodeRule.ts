import type { Codelist } from "../../model/CodelistEntry";
import { type CodeListName, codeRefs } from "./codeRefs";
import { makeIssue } from "./makeIssue";
import type { Rule } from "./Rule";

/**
 * A rule that flags every code of one codelist that the plan uses but the
 * codelist does not define: the reference.unknown-theme, -channel and
 * -audience rules differ only in the codelist they read.
 */
export function unknownCodeRule(
  code: "reference.unknown-theme" | "reference.unknown-channel" | "reference.unknown-audience",
  list: CodeListName,
  codelist: Codelist,
): Rule {
  const known = new Set(codelist.entries.map((e) => e.code));
  return {
    code,
    check: (plan) =>
      codeRefs(plan, list, (c) => !known.has(c)).map((site) =>
        makeIssue(code, site.path, { code: site.code, version: codelist.version }),
      ),
  };
}
