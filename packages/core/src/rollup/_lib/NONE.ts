/** The row or column that collects items with no code, so that nothing vanishes from a table. */
export const NONE = "(none)" as const;
