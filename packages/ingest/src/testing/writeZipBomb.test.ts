import { describe, expect, it } from "vitest";
import { writeZipBomb } from "./writeZipBomb";

describe("writeZipBomb", () => {
  it("deflates MBs of XML into a few KB, and can lie about the size in both headers", () => {
    const bomb = writeZipBomb({ inflatedBytes: 4 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(10_000);
    const liar = writeZipBomb({ inflatedBytes: 4 * 1024 * 1024, declaredBytes: 1000 });
    const view = new DataView(liar.buffer, liar.byteOffset, liar.byteLength);
    const sizes: number[] = [];
    for (let at = 0; at + 4 <= liar.length; at += 1) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) sizes.push(view.getUint32(at + 22, true));
      if (signature === 0x02014b50) sizes.push(view.getUint32(at + 24, true));
    }
    expect(sizes).toEqual([expect.any(Number), 1000, expect.any(Number), 1000]);
  });
});
