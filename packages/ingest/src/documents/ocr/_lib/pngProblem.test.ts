import { describe, expect, it } from "vitest";
import { renderScan } from "../../../testing/renderScan";
import { pngProblem } from "./pngProblem";

describe("pngProblem", () => {
  it("passes a whole PNG and names what is damaged in one: signature, a chunk's CRC, the header's size, the end", async () => {
    const { bytes } = await renderScan("KẾ HOẠCH", { dpi: 200 });
    expect(pngProblem(bytes)).toBeUndefined();
    // The file that crashed the process with a segmentation fault in @napi-rs/canvas: the signature's
    // line-end bytes zeroed (the OCR property suite, seed 1559, second run).
    const signature = bytes.slice();
    signature.set([0, 0, 0], 5);
    expect(pngProblem(signature)).toBe("the PNG signature is damaged");
    const flipped = bytes.slice();
    flipped[bytes.length - 40] = (flipped[bytes.length - 40] as number) ^ 0x10;
    expect(pngProblem(flipped)).toMatch(/^the PNG chunk "IDAT" at byte \d+ is damaged \(CRC\)$/);
    expect(pngProblem(bytes.subarray(0, bytes.length - 12))).toBe("the PNG has no end chunk (IEND)");
  });
});
