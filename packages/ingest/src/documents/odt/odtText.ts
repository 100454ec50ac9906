import JSZip from "jszip";
import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";
import { addListStyles, type ListStyles } from "./_lib/odtListStyles";
import { odtXmlToText } from "./_lib/odtXmlToText";

/**
 * The text of an OpenDocument text (.odt, as LibreOffice writes it): its
 * content.xml read with a real XML parser (saxes) out of the zip (JSZip),
 * laid out as a .docx's text is: one line a paragraph or heading, a table
 * row one line with its cells separated by tabs, "- " or the item's number
 * ("1. ", "a) ", "II. ", from the list's style) before a list item,
 * `text:tab`, `text:s` and `text:line-break` as a tab, spaces and a new
 * line. Headers, footers, footnotes, comments, tracked deletions and text
 * boxes are left out. A damaged, truncated or password-protected file gives
 * `ingest.odt-damaged` with the reason. Node and browsers; never throws.
 *
 * @param bytes - the .odt file
 * @param options - `signal`: a read stopped before the XML is parsed gives `ingest.cancelled`
 * @returns the text (`method: "odt"`), or why there is none
 * @example
 * await odtText(readFileSync("003.odt")) // { text: "ỦY BAN NHÂN DÂN\nXÃ GIA TÂN\n…", method: "odt" }
 */
export async function odtText(
  bytes: Uint8Array,
  options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  const damaged = (reason: string): DocumentTextResult => ({
    failure: "ingest.odt-damaged",
    params: { reason },
  });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return damaged(`not a readable zip archive (${messageOf(error)})`);
  }
  try {
    const manifest = await zip.file("META-INF/manifest.xml")?.async("string");
    if (manifest?.includes("encryption-data")) return damaged("it is password-protected");
    const content = await zip.file("content.xml")?.async("string");
    if (content === undefined) return damaged("it has no content.xml");
    const styles = await zip.file("styles.xml")?.async("string");
    if (options.signal?.aborted) return { failure: "ingest.cancelled" };
    const listStyles: ListStyles = new Map();
    if (styles !== undefined) addListStyles(styles, listStyles);
    addListStyles(content, listStyles);
    return { text: odtXmlToText(content, listStyles), method: "odt" };
  } catch (error) {
    return damaged(messageOf(error));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
