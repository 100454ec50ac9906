import { describe, expect, it } from "vitest";
import { writeDocx } from "../../testing/writeDocx";
import { writeOdt } from "../../testing/writeOdt";
import { writeZipBomb } from "../../testing/writeZipBomb";
import { inflatedSizeFailure } from "./inflatedSizeFailure";

const MB = 1024 * 1024;
const limits = { docx: { maxInflatedBytes: 2 * MB }, odt: { maxInflatedBytes: 2 * MB } };

describe("inflatedSizeFailure", () => {
  it("refuses a zip whose directory declares more than the budget, before inflating it", async () => {
    const bomb = writeZipBomb({ inflatedBytes: 3 * MB });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await inflatedSizeFailure(bomb, "docx", limits)).toEqual({
      failure: "ingest.inflated-too-large",
      params: { size: "3 MB", limit: "2 MB", format: ".docx" },
    });
  });

  it("refuses a zip whose headers lie (1000 B declared), counting the bytes really inflated and stopping past the budget", async () => {
    const liar = writeZipBomb({ inflatedBytes: 6 * MB, declaredBytes: 1000 });
    const failure = await inflatedSizeFailure(liar, "odt", limits);
    expect(failure?.failure).toBe("ingest.inflated-too-large");
    expect(failure?.params?.limit).toBe("2 MB");
    expect(failure?.params?.format).toBe(".odt");
    // stopped soon after the budget, not at the 6 MB the file holds
    const size = Number(String(failure?.params?.size).replace(" MB", ""));
    expect(size).toBeGreaterThanOrEqual(2);
    expect(size).toBeLessThan(6);
  });

  it("lets real documents, a bomb under the budget, and bytes that are no zip through", async () => {
    const text = "ỦY BAN NHÂN DÂN\nXÃ GIA TÂN\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024";
    expect(await inflatedSizeFailure(writeDocx(text), "docx")).toBeUndefined();
    expect(await inflatedSizeFailure(writeOdt(text), "odt")).toBeUndefined();
    expect(await inflatedSizeFailure(writeZipBomb({ inflatedBytes: MB }), "docx", limits)).toBeUndefined();
    expect(await inflatedSizeFailure(new TextEncoder().encode("not a zip"), "docx")).toBeUndefined();
  });
});
