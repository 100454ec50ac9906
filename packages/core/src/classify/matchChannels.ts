import { channels } from "../codelists/channels";
import { mostSpecificCodes } from "./_lib/mostSpecificCodes";
import { matchCodelist } from "./matchCodelist";

/**
 * Finds the channels (hình thức tuyên truyền) a text names, by the phrasings
 * of the `channels` codelist.
 *
 * A family code (`broadcast`, `press` …) is left out when it matched only on
 * words inside a more specific match ("truyền thanh" in "đài truyền thanh
 * xã"); "báo" (newspaper) never matches inside "báo cáo" (report).
 *
 * @param text - any text, as written (NFC or NFD, any tone-mark placement)
 * @returns distinct channel codes, second-level codes first, each group in
 *   order of first occurrence
 * @example
 * matchChannels("tuyên truyền CCHC trên đài truyền thanh xã, lồng ghép qua các cuộc họp thôn")
 * // ["broadcast.commune-radio", "in-person.village-meeting"]
 */
export function matchChannels(text: string): string[] {
  return mostSpecificCodes(matchCodelist(text, channels), channels.entries);
}
