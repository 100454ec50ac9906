import type { z } from "zod";
import type { ValidationIssue } from "../ValidationIssue";
import { previewValue, typeName } from "./describeValue";
import { makeIssue } from "./makeIssue";
import { toPointer } from "./toPointer";

type ZodIssue = z.core.$ZodIssue;

/** The value at `path` in plain data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : String(v));

/**
 * Of the branches of a union that failed, the one the value evidently meant:
 * the only branch whose type matched (all its issues lie below the value).
 */
function meantBranch(errors: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const matched = errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
  return matched.length === 1 ? matched[0] : undefined;
}

function mapIssue(
  issue: ZodIssue,
  path: readonly PropertyKey[],
  data: unknown,
  out: ValidationIssue[],
): void {
  const pointer = toPointer(path);
  const value = valueAt(data, path);
  const missing = value === undefined;
  switch (issue.code) {
    case "invalid_type": {
      if (missing) {
        out.push(makeIssue("structure.missing", pointer, { expected: issue.expected }));
        return;
      }
      const received =
        issue.expected === "int" && typeof value === "number" ? String(value) : typeName(value);
      out.push(makeIssue("structure.invalid-type", pointer, { expected: issue.expected, received }));
      return;
    }
    case "invalid_value": {
      const expected = issue.values.map(show).join(" | ");
      out.push(
        missing
          ? makeIssue("structure.missing", pointer, { expected })
          : makeIssue("structure.invalid-value", pointer, { expected, received: previewValue(value) }),
      );
      return;
    }
    case "invalid_union": {
      if (issue.inclusive === false) {
        out.push(makeIssue("structure.invalid", pointer, { zodCode: issue.code }));
        return;
      }
      if (issue.discriminator !== undefined) {
        const expected = (issue.options ?? []).map(show).join(" | ");
        out.push(
          missing
            ? makeIssue("structure.missing", pointer, { expected })
            : makeIssue("structure.invalid-value", pointer, { expected, received: previewValue(value) }),
        );
        return;
      }
      const branch = meantBranch(issue.errors);
      if (branch) {
        for (const inner of branch) mapIssue(inner, [...path, ...inner.path], data, out);
        return;
      }
      const expected = [
        ...new Set(
          issue.errors.flatMap((b) =>
            b.flatMap((i) => (i.path.length === 0 && i.code === "invalid_type" ? [i.expected] : [])),
          ),
        ),
      ].join(" | ");
      out.push(
        missing
          ? makeIssue("structure.missing", pointer, { expected })
          : makeIssue("structure.invalid-variant", pointer, { expected, received: typeName(value) }),
      );
      return;
    }
    case "too_small":
    case "too_big": {
      const length = typeof value === "string" || Array.isArray(value) ? value.length : undefined;
      const number = typeof value === "number" ? value : undefined;
      if (issue.code === "too_small" && length !== undefined) {
        out.push(
          makeIssue("structure.too-short", pointer, { minimum: Number(issue.minimum), received: length }),
        );
      } else if (issue.code === "too_small" && number !== undefined) {
        out.push(
          makeIssue("structure.too-small", pointer, { minimum: Number(issue.minimum), received: number }),
        );
      } else if (issue.code === "too_big" && length !== undefined) {
        out.push(
          makeIssue("structure.too-long", pointer, { maximum: Number(issue.maximum), received: length }),
        );
      } else if (issue.code === "too_big" && number !== undefined) {
        out.push(
          makeIssue("structure.too-big", pointer, { maximum: Number(issue.maximum), received: number }),
        );
      } else {
        out.push(makeIssue("structure.invalid", pointer, { zodCode: issue.code }));
      }
      return;
    }
    case "invalid_format":
      out.push(
        makeIssue("structure.invalid-format", pointer, {
          format: issue.format,
          pattern: issue.pattern ?? issue.format,
          received: previewValue(value),
        }),
      );
      return;
    case "custom":
      out.push(makeIssue("structure.constraint-failed", pointer, { constraint: issue.message }));
      return;
    case "unrecognized_keys":
      for (const key of issue.keys)
        out.push(makeIssue("structure.unknown-key", toPointer([...path, key]), { key }));
      return;
    default:
      out.push(makeIssue("structure.invalid", pointer, { zodCode: issue.code }));
  }
}

/**
 * The zod issues of a failed parse as validation issues with stable codes
 * (structure.missing, structure.invalid-type …), JSON Pointer paths and
 * params. A union that failed is reported by the branch the value evidently
 * meant, when there is one.
 *
 * @param issues - `error.issues` of a failed `safeParse`
 * @param data - the data that was parsed, to read received values from
 */
export function structuralIssues(issues: readonly ZodIssue[], data: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) mapIssue(issue, issue.path, data, out);
  return out;
}
