import { describe, expect, it } from "vitest";
import { renderScan } from "../../../testing/renderScan";
import { jpegProblem } from "./jpegProblem";

/** The byte where the first segment with this marker starts (its 0xFF), walking the segments from SOI. */
function segmentAt(bytes: Uint8Array, marker: number): number {
  let at = 2;
  while (bytes[at + 1] !== marker) at += 2 + (((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number));
  return at;
}

describe("jpegProblem", async () => {
  // A real scan as @napi-rs/canvas writes it: SOI, APP0, APP2, two DQT, SOF0 at byte 632, four DHT, SOS, EOI.
  const { bytes } = await renderScan("KẾ HOẠCH", { dpi: 200, format: "jpeg" });
  const sof = segmentAt(bytes, 0xc0);

  it("passes a whole JPEG, and one with bytes after its end marker", () => {
    expect(jpegProblem(bytes)).toBeUndefined();
    expect(sof).toBe(632);
    const trailing = new Uint8Array(bytes.length + 3);
    trailing.set(bytes);
    expect(jpegProblem(trailing)).toBeUndefined();
  });

  it("names a damaged start marker, a file cut in its headers or in its image data", () => {
    const soi = bytes.slice();
    soi[1] = 0xd9;
    expect(jpegProblem(soi)).toBe("the JPEG start marker (SOI) is damaged");
    expect(jpegProblem(bytes.subarray(0, sof + 5))).toBe(
      "the JPEG segment 0xFFC0 at byte 632 runs past the end of the file",
    );
    expect(jpegProblem(bytes.subarray(0, bytes.length - 200))).toBe(
      "the JPEG's image data runs to the end of the file without an end marker (EOI)",
    );
    expect(jpegProblem(bytes.subarray(0, sof))).toBe("the JPEG has no end marker (EOI)");
  });

  it("names a segment whose length runs past the end, and one whose length leaves the walk off a marker", () => {
    const long = bytes.slice();
    long.set([0xff, 0xf0], segmentAt(bytes, 0xdb) + 2);
    expect(jpegProblem(long)).toBe("the JPEG segment 0xFFDB at byte 494 runs past the end of the file");
    const short = bytes.slice();
    short.set([0x01, 0x00], segmentAt(bytes, 0xe2) + 2); // the ICC profile (APP2) made 256 bytes long
    expect(jpegProblem(short)).toBe("the JPEG has no marker at byte 278");
  });

  it("names a frame header with width 0, a height past 20,000, too many pixels, a bad component count", () => {
    const edit = (offset: number, values: number[]) => {
      const copy = bytes.slice();
      copy.set(values, sof + offset);
      return jpegProblem(copy);
    };
    expect(edit(7, [0, 0])).toBe("the JPEG claims 0 × 2339 pixels");
    expect(edit(5, [0x4e, 0x21])).toBe("the JPEG claims 1654 × 20001 pixels");
    expect(edit(5, [0x4e, 0x20, 0x4e, 0x20])).toBe("the JPEG claims 20000 × 20000 pixels");
    expect(edit(9, [2])).toBe("the JPEG frame header (SOF) at byte 632 is damaged");
    expect(edit(4, [12])).toBe("the JPEG claims 12-bit samples (8-bit are read)");
    expect(edit(11, [0x51])).toBe("the JPEG frame header (SOF) at byte 632 is damaged (component 1)");
    expect(edit(1, [0xc3])).toBe(
      "the JPEG is coded in a way this reader does not take (frame 0xFFC3; baseline and progressive are read)",
    );
  });

  it("names a JPEG without a frame header, and one without image data", () => {
    const sofLength = ((bytes[sof + 2] as number) << 8) | (bytes[sof + 3] as number);
    const noFrame = new Uint8Array([...bytes.subarray(0, sof), ...bytes.subarray(sof + 2 + sofLength)]);
    expect(jpegProblem(noFrame)).toBe("the JPEG's image data (SOS) comes before its frame header (SOF)");
    const sos = segmentAt(bytes, 0xda);
    expect(jpegProblem(new Uint8Array([...bytes.subarray(0, sof), 0xff, 0xd9]))).toBe(
      "the JPEG has no frame header (SOF)",
    );
    expect(jpegProblem(new Uint8Array([...bytes.subarray(0, sos), 0xff, 0xd9]))).toBe(
      "the JPEG has no image data (SOS)",
    );
  });

  // Each of these crashed the process in @napi-rs/canvas (a segmentation fault): libjpeg refuses them
  // with a fatal error, which the binding does not survive. Found by the OCR property suite (seed 1,561).
  it("names damaged tables and scans that libjpeg would refuse with a fatal error", () => {
    const dht = segmentAt(bytes, 0xc4);
    const sos = segmentAt(bytes, 0xda);
    const edit = (at: number, values: number[]) => {
      const copy = bytes.slice();
      copy.set(values, at);
      return jpegProblem(copy);
    };
    // a Huffman table's count of 15-bit codes set from 0 to 190: more symbols than its segment holds
    expect(edit(dht + 4 + 15, [190])).toBe("the JPEG Huffman table (DHT) at byte 651 is damaged");
    // two 1-bit codes leave no room for the longer ones
    expect(edit(dht + 5, [2])).toBe("the JPEG Huffman table (DHT) at byte 651 is damaged");
    expect(edit(dht + 4, [0x25])).toBe("the JPEG Huffman table (DHT) at byte 651 is damaged");
    expect(edit(segmentAt(bytes, 0xdb) + 4, [0x24])).toBe(
      "the JPEG quantisation table (DQT) at byte 494 is damaged",
    );
    // the scan's first component (id 1) named 9, which the frame does not have
    expect(edit(sos + 5, [9])).toBe(
      "the JPEG scan at byte 797 names component 9, which the frame does not have",
    );
    expect(edit(sos + 6, [0x22])).toBe("the JPEG scan at byte 797 uses a Huffman table never defined");
    expect(edit(sof + 12, [3])).toBe("the JPEG uses quantisation table 3, never defined");
    expect(edit(sos + 4, [5])).toBe("the JPEG scan header (SOS) at byte 797 is damaged");
    // the first DHT's marker byte changed from C4 to 84: a code libjpeg does not know
    expect(edit(dht + 1, [0x84])).toBe("the JPEG has an unknown marker 0xFF84 at byte 651");
    // without that DHT, DC table 0 is missing (libjpeg-turbo could stand in its standard table; the crash was here)
    const dhtLength = ((bytes[dht + 2] as number) << 8) | (bytes[dht + 3] as number);
    const noTable = new Uint8Array([...bytes.subarray(0, dht), ...bytes.subarray(dht + 2 + dhtLength)]);
    expect(jpegProblem(noTable)).toBe("the JPEG scan at byte 767 uses a Huffman table never defined");
  });
});
