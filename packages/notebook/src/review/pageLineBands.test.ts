import { readPlanFilesAsync } from "@parcomms/ingest";
import { writePdf } from "@parcomms/ingest/testing";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { fieldPlace } from "./fieldPlace";
import { type PageTextItem, pageLineBands } from "./pageLineBands";

const A4 = [0, 0, 595.28, 841.89];
const item = (str: string, x: number, y: number, size = 13, width = 100): PageTextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width,
  height: size,
});

describe("pageLineBands", () => {
  it("makes one band a baseline, top first, the columns of a two-column header in one", () => {
    const bands = pageLineBands(
      [
        item("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 800, 12, 250),
        item("ỦY BAN NHÂN DÂN", 60, 801, 12, 120),
        item("   ", 60, 700),
        item("KẾ HOẠCH", 250, 700, 13, 80),
        item("XÃ GIA TÂN", 70, 785, 12, 90),
      ],
      A4,
    );
    expect(bands).toHaveLength(3);
    const [header, second, plan] = bands;
    expect(header?.left).toBeCloseTo(60 / 595.28, 5);
    expect(header?.right).toBeCloseTo(550 / 595.28, 5);
    // The band covers the letters: from 0.9 of the size above the baseline to 0.3 below.
    expect(header?.top).toBeCloseTo((841.89 - (801 + 0.9 * 12)) / 841.89, 5);
    expect(header?.bottom).toBeCloseTo((841.89 - (800 - 0.3 * 12)) / 841.89, 5);
    expect((second?.top ?? 0) > (header?.top ?? 1)).toBe(true);
    expect(plan?.top).toBeCloseTo((841.89 - (700 + 0.9 * 13)) / 841.89, 5);
  });

  it("gives no band for a page without text (a scanned page)", () => {
    expect(pageLineBands([], A4)).toEqual([]);
    expect(pageLineBands([item(" ", 10, 10)], A4)).toEqual([]);
  });

  it("counts lines as ingest's PDF reader does: the title of seed 003 (003:2) lies in the band of its origin", {
    timeout: 60_000,
  }, async () => {
    const bytes = await writePdf(seedText("003_c2f82bd70c212939.txt"));
    const read = (await readPlanFilesAsync([{ name: "003.pdf", bytes }])).plans[0];
    const title = read?.extraction?.elements.find((e) => e.path === "/title");
    expect(read?.plan.title).toBe("Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024");
    if (!title) throw new Error("no /title element");
    const place = fieldPlace(read?.source.origins, title.lines);
    expect(place?.page).toBe(1);
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 })
      .promise;
    const page = await pdf.getPage(place?.page ?? 1);
    const items = (await page.getTextContent()).items.flatMap((i) => ("str" in i ? [i] : []));
    const bands = pageLineBands(items, page.view);
    // The text whose baseline lies inside the band of each of the title's lines.
    const [, , , top] = page.view;
    const inBand = (line: number) => {
      const band = bands[line - 1];
      if (!band) return "";
      return items
        .filter((i) => {
          const y = ((top ?? 0) - (i.transform[5] ?? 0)) / (top ?? 1);
          return i.str.trim() !== "" && y > band.top && y < band.bottom;
        })
        .map((i) => i.str)
        .join(" ");
    };
    const text = (place?.lines ?? []).map(inBand).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("Tuyên truyền cải cách hành chính nhà nước");
    expect(text).toContain("năm 2024");
    await pdf.destroy();
  });
});
