import { z } from "zod";
import type { ValidationIssue } from "../ValidationIssue";
import { makeIssue } from "./makeIssue";
import { toPointer } from "./toPointer";

type Schema = z.core.$ZodType;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The object schema under wrappers (optional, nullable, default, readonly, lazy, pipe), if any. */
function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "object":
      return def.shape;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return objectShape(def.innerType);
    case "lazy":
      return objectShape(def.getter());
    case "pipe":
      return objectShape(def.in);
    default:
      return undefined;
  }
}

/**
 * The branch of a union that a value belongs to: the first that parses it;
 * else, for a discriminated union, the one its discriminator names; else the
 * only branch that is an object, when the value is one.
 */
function branchFor(
  def: z.core.$ZodUnionDef | z.core.$ZodDiscriminatedUnionDef,
  value: unknown,
): Schema | undefined {
  const parsed = def.options.find((o) => z.safeParse(o, value).success);
  if (parsed) return parsed;
  if (!isRecord(value)) return undefined;
  if ("discriminator" in def) {
    const tag = value[def.discriminator];
    const named = def.options.find((o) => {
      const field = objectShape(o)?.[def.discriminator];
      return field !== undefined && z.safeParse(field, tag).success;
    });
    if (named) return named;
  }
  const objects = def.options.filter((o) => objectShape(o) !== undefined);
  return objects.length === 1 ? objects[0] : undefined;
}

function walk(schema: Schema, value: unknown, path: PropertyKey[], out: ValidationIssue[]): void {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "object": {
      if (!isRecord(value)) return;
      const catchall = def.catchall;
      for (const key of Object.keys(value)) {
        const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
        if (field) walk(field, value[key], [...path, key], out);
        else if (catchall === undefined) {
          out.push(makeIssue("structure.unknown-key", toPointer([...path, key]), { key }));
        } else walk(catchall, value[key], [...path, key], out);
      }
      return;
    }
    case "array":
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          walk(def.element, item, [...path, i], out);
        });
      }
      return;
    case "tuple":
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          const itemSchema = def.items[i] ?? def.rest;
          if (itemSchema) walk(itemSchema, item, [...path, i], out);
        });
      }
      return;
    case "record":
      if (isRecord(value))
        for (const key of Object.keys(value)) walk(def.valueType, value[key], [...path, key], out);
      return;
    case "union": {
      const branch = branchFor(def, value);
      if (branch) walk(branch, value, path, out);
      return;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      walk(def.innerType, value, path, out);
      return;
    case "lazy":
      walk(def.getter(), value, path, out);
      return;
    case "pipe":
      walk(def.in, value, path, out);
      return;
    default:
      // Scalars have no keys; intersections would need both sides' keys at once, and the model has none.
      return;
  }
}

/**
 * Every key of `value` that `schema` does not define at its place, as a
 * structure.unknown-key warning. zod's plain objects strip such keys without
 * a word; walking the input against the schema reports each one instead, and
 * leaves keys of strict objects (catchall never) to zod's own
 * unrecognized_keys issue.
 *
 * @param schema - the schema the value is meant to match (`Plan`)
 * @param value - plain data (see snapshotInput)
 */
export function unknownKeys(schema: Schema, value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  walk(schema, value, [], out);
  return out;
}
