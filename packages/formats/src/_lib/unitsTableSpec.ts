import { AdminUnit, GsoCode } from "@parcomms/core";
import { defineTable, nullable, required } from "./defineTable";

const unit = AdminUnit.shape;

/** The `units` table of administrative units. */
export const unitsTableSpec = defineTable(
  "units",
  `${AdminUnit.description} One row per unit; join plans on (unit_code_era, unit_code) = (era, code).`,
  [
    required("position", "integer", "Index of the unit in the list, 0-based."),
    required("era", "string", GsoCode.shape.era.description),
    required("code", "string", GsoCode.shape.code.description),
    required("name", "string", unit.name.description),
    required("kind", "string", unit.kind.description),
    required("level", "string", unit.level.description),
    nullable("parent_era", "string", "Era of the parent's code; null for provinces."),
    nullable("parent_code", "string", unit.parent.description),
    nullable("valid_from", "string", unit.validFrom.description),
    nullable("valid_to", "string", unit.validTo.description),
    nullable(
      "successors",
      "json",
      `${unit.successors.description} JSON array of {code: {era, code}, share}.`,
    ),
  ],
);
