import { tableFromIPC, tableToIPC } from "@uwdata/flechette";
import { describe, expect, it } from "vitest";
import { realPlans } from "../_testing";
import { planTables } from "../planTables";
import { tablesToArrow } from "../tablesToArrow";
import { arrowIpcProblem } from "./arrowIpcProblem";

const files = tablesToArrow(planTables(realPlans));
const plans = files["plans.arrow"] as Uint8Array;
const int32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

describe("arrowIpcProblem", () => {
  it("passes every table of the five real plans (seeds 000–004), as files and as streams", () => {
    expect(Object.keys(files).length).toBeGreaterThan(10);
    for (const [name, bytes] of Object.entries(files)) {
      expect(arrowIpcProblem(bytes), name).toBeUndefined();
      const stream = tableToIPC(tableFromIPC(bytes), { format: "stream" }) as Uint8Array;
      expect(arrowIpcProblem(stream), `${name} as a stream`).toBeUndefined();
    }
  });

  it("refuses a message whose metadata length is negative (flechette 2.6 and 2.7 read it back and forth for ever)", () => {
    const bytes = new Uint8Array([...int32(-1), ...int32(-8)]);
    expect(arrowIpcProblem(bytes)).toBe("the message at byte 0 claims -8 bytes of metadata, 0 are left");
    // The same after a real stream's schema message: the reader would step back onto it for ever.
    const stream = tableToIPC(tableFromIPC(plans), { format: "stream" }) as Uint8Array;
    const schemaLength = new DataView(stream.buffer, stream.byteOffset).getInt32(4, true);
    const next = 8 + schemaLength;
    const looped = stream.slice();
    looped.set([...int32(-1), ...int32(-8)], next);
    expect(arrowIpcProblem(looped)).toBe(
      `the message at byte ${next} claims -8 bytes of metadata, ${looped.length - next - 8} are left`,
    );
  });

  it("refuses a message whose metadata runs past the end, and a file whose footer lies outside it", () => {
    expect(arrowIpcProblem(new Uint8Array([...int32(-1), ...int32(64), 1, 2, 3]))).toBe(
      "the message at byte 0 claims 64 bytes of metadata, 3 are left",
    );
    const footer = plans.slice();
    footer.set(int32(plans.length * 2), plans.length - 10); // the footer's length, before the closing magic
    expect(arrowIpcProblem(footer)).toBe(`the file's footer at ${-plans.length - 10} lies outside it`);
  });

  it("refuses a vector of the metadata longer than its buffer (the case flechette's patch refuses too)", () => {
    // The schema's field vector of plans.arrow: its count follows the offset the schema table points at.
    const stream = tableToIPC(tableFromIPC(plans), { format: "stream" }) as Uint8Array;
    const fields = tableFromIPC(plans).schema.fields.length;
    const count = int32(fields);
    const at = stream.findIndex((_, i) => i > 8 && count.every((b, j) => stream[i + j] === b));
    expect(at).toBeGreaterThan(8);
    const damaged = stream.slice();
    damaged.set(int32(0x7fffffff), at);
    expect(arrowIpcProblem(damaged)).toMatch(
      /^the message at byte 0: a vector of 2147483647 entries of 4 bytes at \d+ runs past its \d+ bytes$/,
    );
  });
});
