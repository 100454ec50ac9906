import { describe, expect, it } from "vitest";
import { readPlanFilesAsync } from "../../readPlanFilesAsync";
import { rtfText } from "./rtfText";

const rtf = new TextEncoder().encode(
  "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 K\\u7870?HO\\u7840?CH\\par}",
);

describe("rtfText", () => {
  it("does not read RTF, saying so", async () => {
    expect(await rtfText(rtf)).toEqual({ failure: "ingest.rtf-unsupported" });
  });

  it("gives readPlanFilesAsync one error telling, in both languages, to save the file as .docx or PDF", async () => {
    // named .txt: recognised as RTF by its first bytes
    const { plans, issues } = await readPlanFilesAsync([{ name: "ke-hoach.txt", bytes: rtf }]);
    expect(plans).toEqual([]);
    expect(issues).toEqual([
      {
        file: "ke-hoach.txt",
        code: "ingest.rtf-unsupported",
        severity: "error",
        message: {
          vi: "Không đọc tệp RTF (.rtf): chưa có bộ đọc RTF thuần JavaScript đủ tin cậy cho tiếng Việt. Hãy mở tệp bằng Word hoặc LibreOffice và lưu thành .docx hoặc PDF.",
          en: "RTF files are not read: there is no pure-JavaScript RTF reader reliable enough for Vietnamese text. Open the file in Word or LibreOffice and save it as .docx or PDF.",
        },
      },
    ]);
  });
});
