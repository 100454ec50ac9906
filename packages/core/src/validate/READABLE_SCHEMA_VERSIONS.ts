import { PLAN_SCHEMA_VERSION } from "../model/Plan";

/**
 * The plan schema versions every reader opens: the current one and those
 * `migratePlan` turns into it. A plan of any other version ("2.0", "0.9")
 * is refused with a coded message that lists these.
 *
 * @example
 * READABLE_SCHEMA_VERSIONS // ["1.0", "1.1", "1.2"]
 */
export const READABLE_SCHEMA_VERSIONS: readonly string[] = ["1.0", "1.1", PLAN_SCHEMA_VERSION];
