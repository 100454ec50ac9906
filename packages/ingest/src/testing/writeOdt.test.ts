import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../_lib/detectFormat";
import { writeOdt } from "./writeOdt";

describe("writeOdt", () => {
  it("writes a zip whose first entry is the stored mimetype, as ODF requires, so it is told from a .docx by content", () => {
    const bytes = writeOdt("KẾ HOẠCH");
    expect(new TextDecoder().decode(bytes.subarray(30, 38))).toBe("mimetype");
    expect(bytes[8]).toBe(0); // method: stored
    expect(detectFormat("upload", bytes, () => undefined)).toBe("odt");
  });

  it("writes spaces ODF would collapse as text:s, tabs as text:tab, and tab lines as table rows", async () => {
    const zip = await JSZip.loadAsync(writeOdt(" a  b\tc \nTT\tNội dung", { tables: true }));
    const content = (await zip.file("content.xml")?.async("string")) ?? "";
    expect(content).toContain(
      '<text:p><text:s/>a<text:s text:c="2"/>b</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>c<text:s/></text:p>',
    );
    expect(content).toContain(
      '<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>',
    );
    expect(Object.keys(zip.files)).toEqual([
      "mimetype",
      "META-INF/manifest.xml",
      "content.xml",
      "styles.xml",
    ]);
  });
});
