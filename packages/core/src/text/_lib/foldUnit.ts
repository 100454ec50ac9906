/**
 * What one UTF-16 unit becomes when text is folded (see `foldText`): its
 * folded letters, "" for a unit that folding drops (a combining mark), or
 * `null` for white space. The table lives beside `fold` in `core/src/_lib/fold`,
 * which reads it too; this module keeps the name for the text scanners.
 *
 * @example
 * foldUnit("Ầ".charCodeAt(0)) // "a"
 * foldUnit(0x0301) // "" (combining acute accent)
 * foldUnit(0x00a0) // null (no-break space)
 */
export { foldUnit } from "../../_lib/fold";
