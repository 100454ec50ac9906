import { z } from "zod";
import { UNIT_KIND_CODES } from "../codelists/unitKinds";

/** Kind of administrative unit, by its Vietnamese word (see the `unitKinds` codelist). */
export const UnitKind = z
  .enum(UNIT_KIND_CODES)
  .describe(
    "Kind of administrative unit: tinh, thanh-pho-tw, huyen, quan, thi-xa, thanh-pho, xa, phuong, thi-tran, dac-khu.",
  );
export type UnitKind = z.infer<typeof UnitKind>;
