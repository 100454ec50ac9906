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

/** A field of a flatbuffer table being written: a byte, a short, a long, or an offset to what `ref` writes. */
type Slot = { u8: number } | { i16: number } | { i64: bigint } | { ref: (w: FlatWriter) => number };

/** A flatbuffer written front to back (flechette reads offsets as signed, so targets may follow). */
class FlatWriter {
  readonly bytes: number[] = [];

  private put(value: bigint, size: number): void {
    for (let i = 0; i < size; i++) this.bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
  }

  i32(value: number): void {
    this.put(BigInt(value), 4);
  }

  private patch(at: number, target: number): void {
    const value = target - at;
    for (let i = 0; i < 4; i++) this.bytes[at + i] = (value >> (8 * i)) & 0xff;
  }

  /** An offset here to what `write` writes next. */
  ref(write: (w: FlatWriter) => number): void {
    const at = this.bytes.length;
    this.i32(0);
    this.patch(at, write(this));
  }

  /** A table with its vtable before it; slot k is flechette's field 4 + 2k. */
  table(slots: readonly (Slot | undefined)[]): number {
    const vtable = this.bytes.length;
    const sizes = slots.map((s): number =>
      s === undefined ? 0 : "u8" in s ? 1 : "i16" in s ? 2 : "i64" in s ? 8 : 4,
    );
    this.put(BigInt(4 + 2 * slots.length), 2);
    this.put(BigInt(4 + sizes.reduce((a, b) => a + b, 0)), 2);
    let offset = 4;
    for (const size of sizes) {
      this.put(BigInt(size ? offset : 0), 2);
      offset += size;
    }
    const table = this.bytes.length;
    this.i32(table - vtable);
    const refs: [number, (w: FlatWriter) => number][] = [];
    for (const slot of slots) {
      if (slot === undefined) continue;
      if ("u8" in slot) this.put(BigInt(slot.u8), 1);
      else if ("i16" in slot) this.put(BigInt(slot.i16), 2);
      else if ("i64" in slot) this.put(slot.i64, 8);
      else {
        refs.push([this.bytes.length, slot.ref]);
        this.i32(0);
      }
    }
    for (const [at, write] of refs) this.patch(at, write(this));
    return table;
  }

  /** A vector of offsets, each entry's target written by `entries` (the same target may repeat). */
  vector(entries: readonly ((w: FlatWriter) => number)[]): number {
    const start = this.bytes.length;
    this.i32(entries.length);
    for (const _ of entries) this.i32(0);
    entries.forEach((write, i) => {
      this.patch(start + 4 + 4 * i, write(this));
    });
    return start;
  }

  /** A vector of structs of `stride` bytes, each given as little-endian 64-bit words. */
  structs(stride: number, entries: readonly bigint[][]): number {
    const start = this.bytes.length;
    this.i32(entries.length);
    for (const words of entries) for (const word of words) this.put(word, stride / words.length);
    return start;
  }
}

/** The bytes `write` lays out from a root offset at 0, as one stream message (0xFFFFFFFF, length, metadata). */
function streamMessage(write: (w: FlatWriter) => number): number[] {
  const w = new FlatWriter();
  w.ref(write);
  return [...int32(-1), ...int32(w.bytes.length), ...w.bytes];
}

/** A Message table (version V5) with its header. */
const message = (type: number, header: (w: FlatWriter) => number) => (w: FlatWriter) =>
  w.table([{ i16: 4 }, { u8: type }, { ref: header }, { i64: 0n }]);

/** A RecordBatch table of no rows: `nodes` field nodes, `buffers` empty buffers, these variadic buffer counts. */
const recordBatch = (nodes: number, buffers: number, variadic: bigint[]) => (w: FlatWriter) =>
  w.table([
    { i64: 0n },
    {
      ref: (v) =>
        v.structs(
          16,
          Array.from({ length: nodes }, () => [0n, 0n]),
        ),
    },
    {
      ref: (v) =>
        v.structs(
          16,
          Array.from({ length: buffers }, () => [0n, 0n]),
        ),
    },
    undefined,
    {
      ref: (v) =>
        v.structs(
          8,
          variadic.map((n) => [n]),
        ),
    },
  ]);

/** A Field table named "f" of type Utf8 (5) with these children. */
const field =
  (children: readonly ((w: FlatWriter) => number)[] = []) =>
  (w: FlatWriter) =>
    w.table([
      { ref: (v) => v.structs(1, []) },
      { u8: 1 },
      { u8: 5 },
      undefined,
      undefined,
      { ref: (v) => v.vector(children) },
    ]);

/** Writes `write` once, then points back at it: a table shared by several offsets. */
function shared(write: (w: FlatWriter) => number): (w: FlatWriter) => number {
  let at: number | undefined;
  return (w) => {
    at ??= write(w);
    return at;
  };
}

describe("arrowIpcProblem on metadata written by hand", () => {
  const schema = (fields: readonly ((w: FlatWriter) => number)[]) =>
    message(1, (w) => w.table([{ i16: 0 }, { ref: (v) => v.vector(fields) }]));

  it("passes a schema and a record batch written by the test's writer", () => {
    const bytes = [...streamMessage(schema([field()])), ...streamMessage(message(3, recordBatch(1, 3, [])))];
    expect(arrowIpcProblem(new Uint8Array(bytes))).toBeUndefined();
    // and flechette reads them: the writer writes real Arrow metadata
    const read = tableFromIPC(new Uint8Array(bytes));
    expect(read.schema.fields.map((f) => [f.name, f.type.typeId, f.nullable])).toEqual([["", 5, true]]);
    expect(read.numRows).toBe(0);
  });

  it("refuses a variadic buffer count beyond the batch's buffers (flechette would build that many)", () => {
    const bytes = new Uint8Array(streamMessage(message(3, recordBatch(1, 2, [1_000_000n]))));
    expect(arrowIpcProblem(bytes)).toBe(
      "the message at byte 0: claims 1000000 variadic buffers of 2 buffers",
    );
  });

  it("refuses fields that share their children, 2³⁰ fields in a few hundred bytes, and fields nested 65 deep", () => {
    let level = shared(field());
    for (let depth = 0; depth < 30; depth++) {
      const child = level;
      level = shared(field([child, child]));
    }
    const doubling = new Uint8Array(streamMessage(schema([level])));
    expect(doubling.length).toBeLessThan(2_000);
    expect(arrowIpcProblem(doubling)).toBe(
      "the message at byte 0: its metadata describes more than its bytes can hold",
    );
    let chain = field();
    for (let depth = 0; depth < 65; depth++) chain = field([chain]);
    expect(arrowIpcProblem(new Uint8Array(streamMessage(schema([chain]))))).toBe(
      "the message at byte 0: fields nested more than 64 deep",
    );
  });

  it("refuses more batches × fields than the bytes could hold: one field listed 1,000 times, 100 empty batches", () => {
    const one = shared(field());
    const batch = streamMessage(message(3, recordBatch(0, 0, [])));
    const bytes = [...streamMessage(schema(Array.from({ length: 1_000 }, () => one)))];
    for (let i = 0; i < 100; i++) bytes.push(...batch); // bounded-spread: one small message
    expect(arrowIpcProblem(new Uint8Array(bytes))).toBe(
      `100 batches of 1000 fields cannot fit in ${bytes.length} bytes`,
    );
  });
});
