import { extractPlan } from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readPlanFilesAsync } from "../../readPlanFilesAsync";
import { writeOdt } from "../../testing/writeOdt";
import { odtText } from "./odtText";

const S001 = "001_ec564b67ad28c11a.txt";
const S003 = "003_c2f82bd70c212939.txt";
const read = async (bodyXml: string, automaticStylesXml = "") =>
  odtText(writeOdt("", { bodyXml, automaticStylesXml }));
/** The text read from a body, or the failure's code. */
const textOf = async (bodyXml: string, automaticStylesXml = "") => {
  const result = await read(bodyXml, automaticStylesXml);
  return "text" in result ? result.text : result.failure;
};

describe("odtText", () => {
  it("reads every seed written as .odt back to the seed's text (001's appendix as a table)", async () => {
    for (const file of SEED_FILES) {
      const content = seedText(file);
      expect(await odtText(writeOdt(content, { tables: true }))).toEqual({ text: content, method: "odt" });
    }
  });

  it("keeps the page header and footer (styles.xml) out of the text", async () => {
    const bytes = writeOdt("KẾ HOẠCH\nnăm 2024", { header: "UBND XÃ GIA TÂN", footer: "Trang 1" });
    expect(await odtText(bytes)).toEqual({ text: "KẾ HOẠCH\nnăm 2024", method: "odt" });
  });

  it("reads spaces, tabs and line breaks as ODF says: white space collapsed, text:s and text:tab kept", async () => {
    const read1 = await read(
      '<text:h text:outline-level="1">  I.   MỤC ĐÍCH\n  YÊU CẦU </text:h>' +
        '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d <text:span>e</text:span></text:p>' +
        "<text:p><text:s/>thụt lề</text:p><text:p/>",
    );
    expect(read1).toEqual({ text: "I. MỤC ĐÍCH YÊU CẦU\na   b\tc\nd e\n thụt lề\n", method: "odt" });
  });

  it("writes list items as a .docx's are read: a bullet, or the number in the list style's format", async () => {
    const styles =
      '<text:list-style style:name="L1">' +
      '<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>' +
      '<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." text:display-levels="2"/>' +
      '<text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>' +
      "</text:list-style>" +
      '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>';
    const body =
      '<text:list text:style-name="L1">' +
      "<text:list-item><text:p>MỤC ĐÍCH</text:p>" +
      "<text:list><text:list-item><text:p>Mục đích</text:p><text:p>đoạn tiếp</text:p></text:list-item>" +
      "<text:list-item><text:p>Yêu cầu</text:p>" +
      "<text:list><text:list-item><text:p>đúng</text:p></text:list-item><text:list-item><text:p>đủ</text:p></text:list-item></text:list>" +
      "</text:list-item></text:list></text:list-item>" +
      "<text:list-item><text:p>NỘI DUNG</text:p></text:list-item></text:list>" +
      '<text:p>Xen giữa</text:p><text:list text:style-name="L1" text:continue-numbering="true">' +
      "<text:list-item><text:p>TỔ CHỨC</text:p></text:list-item></text:list>" +
      '<text:list text:style-name="L2"><text:list-item><text:p>Cổng thông tin</text:p></text:list-item>' +
      "<text:list-header><text:p>(không đánh dấu)</text:p></text:list-header></text:list>";
    expect((await textOf(body, styles)).split("\n")).toEqual([
      "I. MỤC ĐÍCH",
      "1.1. Mục đích",
      "đoạn tiếp",
      "1.2. Yêu cầu",
      "a) đúng",
      "b) đủ",
      "II. NỘI DUNG",
      "Xen giữa",
      "III. TỔ CHỨC",
      "- Cổng thông tin",
      "(không đánh dấu)",
    ]);
  });

  it("reads a table row to one line: a cell's paragraphs joined, a merged (covered) cell kept empty, repeats written out", async () => {
    const body =
      "<table:table><table:table-column/>" +
      "<table:table-row><table:table-cell><text:p>TT</text:p></table:table-cell>" +
      '<table:table-cell table:number-columns-spanned="2"><text:p>Nội dung</text:p></table:table-cell><table:covered-table-cell/>' +
      "<table:table-cell><text:p>Ghi chú</text:p></table:table-cell></table:table-row>" +
      "<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>" +
      "<table:table-cell><text:p>Tuyên truyền</text:p><text:p>trên<text:tab/>Zalo</text:p></table:table-cell>" +
      '<table:table-cell table:number-columns-repeated="2"/></table:table-row>' +
      "</table:table>";
    expect(await textOf(body)).toBe("TT\tNội dung\t\tGhi chú\n1\tTuyên truyền trên Zalo\t\t");
  });

  it("leaves out footnotes, comments, tracked deletions and text boxes", async () => {
    const body =
      "<text:tracked-changes><text:changed-region><text:deletion><text:p>đã xóa</text:p></text:deletion></text:changed-region></text:tracked-changes>" +
      '<text:p>Căn cứ Luật<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
      "<text:note-body><text:p>Luật số 77/2015/QH13</text:p></text:note-body></text:note> năm 2015" +
      "<office:annotation><text:p>góp ý</text:p></office:annotation>;</text:p>" +
      "<text:p><draw:frame><draw:text-box><text:p>hộp chữ</text:p></draw:text-box></draw:frame>Kết thúc</text:p>";
    expect(await textOf(body)).toBe("Căn cứ Luật năm 2015;\nKết thúc");
  });

  it("names what is wrong with a damaged file", async () => {
    const whole = writeOdt(seedText(S003));
    expect(await odtText(whole.subarray(0, whole.length - 40))).toMatchObject({
      failure: "ingest.odt-damaged",
      params: { reason: expect.stringMatching(/^not a readable zip archive \(.+\)$/) },
    });
    expect(await odtText(writeOdt("", { bodyXml: "<text:p>không đóng" }))).toMatchObject({
      failure: "ingest.odt-damaged",
      params: { reason: expect.stringMatching(/^1:\d+: /) },
    });
    // a password-protected .odt: its manifest gives the encryption of content.xml
    const zip = await JSZip.loadAsync(whole);
    const manifest = (await zip.file("META-INF/manifest.xml")?.async("string")) ?? "";
    zip.file(
      "META-INF/manifest.xml",
      manifest.replace(
        'manifest:media-type="text/xml"/>',
        'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>',
      ),
    );
    zip.file("content.xml", "\u0000\u0013 bytes no parser can read");
    expect(await odtText(await zip.generateAsync({ type: "uint8array" }))).toEqual({
      failure: "ingest.odt-damaged",
      params: { reason: "it is password-protected" },
    });
    zip.remove("content.xml");
    zip.file("META-INF/manifest.xml", manifest);
    expect(await odtText(await zip.generateAsync({ type: "uint8array" }))).toEqual({
      failure: "ingest.odt-damaged",
      params: { reason: "it has no content.xml" },
    });
  });

  it("gives readPlanFilesAsync the same draft as the seed's .txt", async () => {
    const content = seedText(S001);
    const { plans, issues } = await readPlanFilesAsync([
      { name: "001.odt", bytes: writeOdt(content, { tables: true, header: "Trang 1" }) },
    ]);
    const expected = extractPlan(content, { sourceName: "001.odt" });
    expect(plans.map((p) => p.source)).toEqual([{ file: "001.odt", format: "odt" }]);
    expect(plans[0]?.text).toBe(content);
    expect(plans[0]?.extraction).toEqual(expected);
    expect(plans[0]?.plan.unit?.name).toBe("Bắc Giang");
    expect(issues.map((i) => i.code)).toEqual(expected.issues.map((i) => i.code));
  });
});
