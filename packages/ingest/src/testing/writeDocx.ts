import { zipTextFiles } from "./_lib/zipTextFiles";

/**
 * A minimal valid Word document (.docx) whose paragraphs are the lines of
 * `text`, each tab a Word tab, so tests can read a real .docx without
 * committing a binary fixture (Node only: `@parcomms/ingest/testing`, the
 * package's testing entry, used by ingest's and the command line's tests).
 * The zip holds `[Content_Types].xml`, `_rels/.rels` and `word/document.xml`,
 * deflated, or stored with `store: true`.
 *
 * @param text - the document's text, one paragraph a line
 * @param options - `store: true` stores the files uncompressed (default: deflated)
 * @returns the bytes of the .docx
 * @example
 * writeFileSync("003.docx", writeDocx(readFileSync("003_c2f82bd70c212939.txt", "utf8")));
 */
export function writeDocx(text: string, options: { readonly store?: boolean } = {}): Uint8Array {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      const runs = line
        .split("\t")
        .map((part) => (part === "" ? "" : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
        .join("<w:tab/>");
      return `<w:p><w:r>${runs}</w:r></w:p>`;
    })
    .join("");
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>",
    "word/document.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${paragraphs}</w:body></w:document>`,
  };
  return zipTextFiles(files, () => options.store === true);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
