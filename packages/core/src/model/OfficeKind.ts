import { z } from "zod";
import { OFFICE_KIND_CODES } from "../codelists/officeKinds";

/** Kind of office (see the `officeKinds` codelist). */
export const OfficeKind = z
  .enum(OFFICE_KIND_CODES)
  .describe("Kind of office, from the officeKinds codelist.");
export type OfficeKind = z.infer<typeof OfficeKind>;
