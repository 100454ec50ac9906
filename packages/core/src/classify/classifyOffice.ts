import { officeKinds } from "../codelists/officeKinds";
import type { OfficeKind } from "../model/OfficeKind";
import { matchCodelist } from "./matchCodelist";

/**
 * Classifies an office (cơ quan, bộ phận, công chức phụ trách) by its name.
 * Kinds are tried in the order of the `officeKinds` codelist and the first
 * kind with a phrasing in the name wins, so a titled post is classified by
 * its most specific word: "Công chức VP Đảng ủy - Nội vụ" is `home-affairs`
 * (the home-affairs post, not the party office it shares).
 *
 * @param name - the office's name as written, in any diacritic form
 * @returns the office kind; `"other"` when no phrasing matches
 * @example
 * classifyOffice("Đài truyền thanh xã") // "radio-station"
 * classifyOffice("Công chức Tư pháp - Hộ tịch") // "justice"
 */
export function classifyOffice(name: string): OfficeKind {
  const matched = new Set(matchCodelist(name, officeKinds).map((m) => m.code));
  return officeKinds.entries.find((entry) => matched.has(entry.code))?.code ?? "other";
}
