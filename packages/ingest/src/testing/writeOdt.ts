import { zipTextFiles } from "./_lib/zipTextFiles";

/** Options of {@link writeOdt}. */
export interface WriteOdtOptions {
  /** Write each run of lines holding a tab as a table, a row a line, its cells split at the tabs (default false: tabs are `text:tab`). */
  readonly tables?: boolean;
  /** A page header's text, in styles.xml's master page (out of the body, as in a real .odt). */
  readonly header?: string;
  /** A page footer's text. */
  readonly footer?: string;
  /** The body's XML (inside `office:text`) in place of the paragraphs made from `text`, for tests of lists, notes, merged cells. */
  readonly bodyXml?: string;
  /** XML put in content.xml's `office:automatic-styles` (list styles for `bodyXml`). */
  readonly automaticStylesXml?: string;
}

const NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';

/**
 * A minimal valid OpenDocument text (.odt) whose paragraphs are the lines of
 * `text`, so tests can read a real .odt without committing a binary (Node
 * only: `@parcomms/ingest/testing`). The zip holds `mimetype` first and
 * stored (as ODF requires), `META-INF/manifest.xml`, `content.xml` and
 * `styles.xml`; spaces are written as ODF keeps them (a run of spaces, or a
 * space at a paragraph's start or end, as `text:s`).
 *
 * @param text - the document's text, one paragraph a line
 * @param options - tables, a page header and footer, or the body's own XML
 * @returns the bytes of the .odt
 * @example
 * writeFileSync("003.odt", writeOdt(readFileSync("003_c2f82bd70c212939.txt", "utf8")));
 */
export function writeOdt(text: string, options: WriteOdtOptions = {}): Uint8Array {
  const body = options.bodyXml ?? bodyOf(text, options.tables === true);
  const files: Record<string, string> = {
    mimetype: "application/vnd.oasis.opendocument.text",
    "META-INF/manifest.xml":
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
      '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
      "</manifest:manifest>",
    "content.xml":
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NAMESPACES} office:version="1.3">` +
      `<office:automatic-styles>${options.automaticStylesXml ?? ""}</office:automatic-styles>` +
      `<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    "styles.xml":
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NAMESPACES} office:version="1.3">` +
      '<office:master-styles><style:master-page style:name="Standard">' +
      (options.header === undefined
        ? ""
        : `<style:header><text:p>${inline(options.header)}</text:p></style:header>`) +
      (options.footer === undefined
        ? ""
        : `<style:footer><text:p>${inline(options.footer)}</text:p></style:footer>`) +
      "</style:master-page></office:master-styles></office:document-styles>",
  };
  return zipTextFiles(files, (name) => name === "mimetype");
}

function bodyOf(text: string, tables: boolean): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let xml = "";
  let table = 0;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? "";
    if (tables && line.includes("\t")) {
      let rows = "";
      let columns = 0;
      for (; i < lines.length && (lines[i] ?? "").includes("\t"); i++) {
        const cells = (lines[i] ?? "").split("\t");
        columns = Math.max(columns, cells.length);
        rows += `<table:table-row>${cells
          .map(
            (cell) =>
              `<table:table-cell office:value-type="string"><text:p>${inline(cell)}</text:p></table:table-cell>`,
          )
          .join("")}</table:table-row>`;
      }
      table += 1;
      xml += `<table:table table:name="Table${table}"><table:table-column table:number-columns-repeated="${columns}"/>${rows}</table:table>`;
      continue;
    }
    xml += line === "" ? "<text:p/>" : `<text:p>${inline(line)}</text:p>`;
    i += 1;
  }
  return xml;
}

/** A paragraph's text as ODF XML: escaped, tabs as `text:tab`, spaces ODF would collapse as `text:s`. */
function inline(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return escaped
    .split("\t")
    .map((part) =>
      part.replace(/ +/g, (spaces, at: number) => {
        const alone = spaces.length === 1 && at > 0 && at + 1 < part.length;
        if (alone) return " ";
        return `<text:s${spaces.length > 1 ? ` text:c="${spaces.length}"` : ""}/>`;
      }),
    )
    .join("<text:tab/>");
}
