import type { AdministrativeLevel } from "@parcomms/core";
import type { CodeScope } from "../gaps/codeScopes";
import type { LevelCode } from "./codesAt";

/** Decides whether a code of one codelist applies to a unit at a level (undefined: a draft whose tier is not stated). */
export type Applies = (code: LevelCode, level: AdministrativeLevel | undefined) => boolean;

/**
 * Builds the applicability test of one codelist from scopes: a code applies to
 * a level when its scope (or, if it has none, its parent's) lists that level,
 * or when neither has a scope. For a unit of no known tier (a draft) every
 * code applies: nothing says it is tied to another level.
 */
export function applicability(scopes: readonly CodeScope[], kind: CodeScope["kind"]): Applies {
  const levels = new Map<string, readonly AdministrativeLevel[]>();
  for (const s of scopes) if (s.kind === kind) levels.set(s.code, s.levels);
  return (code, level) => {
    const scope = levels.get(code.code) ?? (code.parent === undefined ? undefined : levels.get(code.parent));
    return scope === undefined || level === undefined || scope.includes(level);
  };
}
