// Arrow IPC framing and flatbuffer metadata, checked before the bytes reach flechette.
//
// flechette decodes the metadata without bounds checks: reading past the end gives 0, which is
// harmless, but a vector's entry count is trusted (`Array.from({ length })`), a negative metadata
// length moves the reader backwards for ever, a variadic buffer count builds that many buffers, and
// a field's children may point back at shared fields, so a few bytes can describe millions of
// objects. This walk reads what flechette 2.6/2.7 reads (decode/message.js, schema.js,
// record-batch.js, dictionary-batch.js, block.js, metadata.js, data-type.js, decode-ipc.js) and
// refuses those cases; bytes a valid file never has, so every valid file passes.

/** The first bytes of the Arrow IPC file format, "ARROW1". */
const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];
/** `MessageHeader` values (Message.fbs). */
const SCHEMA = 1;
const DICTIONARY_BATCH = 2;
const RECORD_BATCH = 3;
/** `MetadataVersion.V4`: older record batches carry an 8-byte page id in each buffer entry. */
const V4 = 3;
/** `Type` values (Schema.fbs) whose type table holds a vector or a string flechette reads. */
const TIMESTAMP = 10;
const UNION = 14;
/** Nesting a valid schema never needs (Arrow C++ allows 64 levels too). */
const MAX_DEPTH = 64;

/** A reason the bytes are refused, caught by {@link arrowIpcProblem}. */
class Damaged extends Error {}

/** What the walk may still spend: a damaged file may reuse one object many times, a valid one does not. */
interface Budget {
  /** Tables visited and bytes of vectors and strings read, together. */
  left: number;
}

/** A flatbuffer (a message's metadata, or a whole file for its footer) read as flechette reads it. */
class Flatbuffer {
  constructor(
    private readonly buf: Uint8Array,
    private readonly what: string,
    private readonly budget: Budget,
  ) {}

  private need(at: number, size: number): void {
    if (!(at >= 0 && at + size <= this.buf.length)) {
      throw new Damaged(`${this.what}: ${size} bytes at ${at} lie outside its ${this.buf.length} bytes`);
    }
  }

  private spend(amount: number): void {
    this.budget.left -= amount;
    if (this.budget.left < 0) {
      throw new Damaged(`${this.what}: its metadata describes more than its bytes can hold`);
    }
  }

  int32(at: number): number {
    this.need(at, 4);
    const b = this.buf;
    return (
      (b[at] as number) |
      ((b[at + 1] as number) << 8) |
      ((b[at + 2] as number) << 16) |
      ((b[at + 3] as number) << 24)
    );
  }

  uint8(at: number): number {
    this.need(at, 1);
    return this.buf[at] as number;
  }

  int16(at: number): number {
    this.need(at, 2);
    return (((this.buf[at] as number) | ((this.buf[at + 1] as number) << 8)) << 16) >> 16;
  }

  int64(at: number): bigint {
    this.need(at, 8);
    return BigInt.asIntN(64, BigInt(this.int32(at) >>> 0) + (BigInt(this.int32(at + 4) >>> 0) << 32n));
  }

  /** The table whose offset is at `at` (flechette's `readObject`): the position of each present field. */
  table(at: number): (field: number) => number | undefined {
    this.spend(1);
    const pos = at + this.int32(at);
    const vtable = pos - this.int32(pos);
    const size = this.int16(vtable);
    return (field) => {
      if (field >= size) return undefined;
      const off = this.int16(vtable + field);
      return off ? pos + off : undefined;
    };
  }

  /** The vector whose offset is at `at` (flechette's `readVector`): where its entries start, and how many. */
  private span(at: number | undefined, stride: number): { first: number; length: number } {
    if (!at) return { first: 0, length: 0 };
    const base = at + this.int32(at);
    const length = this.int32(base);
    if (length < 0 || base + 4 + length * stride > this.buf.length) {
      throw new Damaged(
        `${this.what}: a vector of ${length} entries of ${stride} bytes at ${base} runs past its ${this.buf.length} bytes`,
      );
    }
    this.spend(length * stride);
    return { first: base + 4, length };
  }

  /** The position of each entry of the vector whose offset is at `at`. */
  vector(at: number | undefined, stride: number): number[] {
    const { first, length } = this.span(at, stride);
    return Array.from({ length }, (_, i) => first + i * stride);
  }

  /** The string whose offset is at `at`, counted against the budget as flechette decodes it. */
  string(at: number | undefined): void {
    this.span(at, 1);
  }

  /** The custom metadata (KeyValue tables) whose offset is at `at`. */
  metadata(at: number | undefined): void {
    for (const entry of this.vector(at, 4)) {
      const get = this.table(entry);
      this.string(get(4));
      this.string(get(6));
    }
  }

  /** A Schema table: the number of fields flechette builds a column for, nested ones included. */
  schema(at: number): number {
    const get = this.table(at);
    this.metadata(get(8));
    return this.vector(get(6), 4).reduce((sum, entry) => sum + this.field(entry, 1), 0);
  }

  private field(at: number, depth: number): number {
    if (depth > MAX_DEPTH) throw new Damaged(`${this.what}: fields nested more than ${MAX_DEPTH} deep`);
    const get = this.table(at);
    this.string(get(4));
    const typeAt = get(8);
    const typeId = typeAt === undefined ? 0 : this.uint8(typeAt);
    const type = get(10);
    if (type !== undefined && (typeId === UNION || typeId === TIMESTAMP)) {
      const typeField = this.table(type);
      if (typeId === UNION) this.vector(typeField(6), 4);
      else this.string(typeField(6));
    }
    const dictionary = get(12);
    if (dictionary !== undefined) {
      const index = this.table(dictionary)(6);
      if (index !== undefined) this.table(index);
    }
    this.metadata(get(16));
    return this.vector(get(14), 4).reduce((sum, child) => sum + this.field(child, depth + 1), 1);
  }

  /** A RecordBatch table of a message whose body has `bodyLength` bytes. */
  recordBatch(at: number, version: number, bodyLength: bigint): void {
    const get = this.table(at);
    const field = get(4);
    if (field !== undefined) this.int64(field);
    this.vector(get(6), 16);
    const stride = version < V4 ? 24 : 16;
    const buffers = this.vector(get(8), stride);
    const skip = version < V4 ? 8 : 0;
    for (const entry of buffers) {
      const offset = this.int64(entry + skip);
      const length = this.int64(entry + skip + 8);
      if (offset < 0n || length < 0n || offset + length > bodyLength) {
        throw new Damaged(
          `${this.what}: a buffer of ${length} bytes at ${offset} lies outside the ${bodyLength} bytes of its body`,
        );
      }
    }
    for (const entry of this.vector(get(12), 8)) {
      const count = this.int64(entry);
      if (count < 0n || count > BigInt(buffers.length)) {
        throw new Damaged(`${this.what}: claims ${count} variadic buffers of ${buffers.length} buffers`);
      }
    }
  }
}

/** What one message holds, as the walk needs it. */
interface Message {
  /** Where the next message starts. */
  next: number;
  /** Its header: a schema's field count, or a batch (dictionary or record). */
  fields?: number;
  batch?: true;
}

/** Reads a 32-bit little-endian integer as flechette does: bytes past the end count as 0. */
function loose32(buf: Uint8Array, at: number): number {
  return (
    (buf[at] ?? 0) | ((buf[at + 1] ?? 0) << 8) | ((buf[at + 2] ?? 0) << 16) | ((buf[at + 3] ?? 0) << 24) || 0
  );
}

/** The message at `start` (flechette's `decodeMessage`), or undefined at the end of the stream. */
function message(buf: Uint8Array, start: number, budget: Budget): Message | undefined {
  let index = start + 4;
  let length = loose32(buf, start);
  if (length === -1) {
    length = loose32(buf, index);
    index += 4;
  }
  if (length === 0) return undefined;
  const where = `the message at byte ${start}`;
  if (length < 0 || index + length > buf.length) {
    throw new Damaged(`${where} claims ${length} bytes of metadata, ${buf.length - index} are left`);
  }
  const head = new Flatbuffer(buf.subarray(index, index + length), where, budget);
  index += length;
  const get = head.table(0);
  const versionAt = get(4);
  const version = versionAt === undefined ? 0 : head.int16(versionAt);
  const typeAt = get(6);
  const type = typeAt === undefined ? 0 : head.uint8(typeAt);
  const header = get(8);
  const bodyAt = get(10);
  const bodyLength = bodyAt === undefined ? 0n : head.int64(bodyAt);
  if (header === undefined) return { next: index };
  if (bodyLength > BigInt(buf.length - index)) {
    throw new Damaged(`${where} claims a body of ${bodyLength} bytes, ${buf.length - index} are left`);
  }
  const next = index + (bodyLength > 0n ? Number(bodyLength) : 0);
  if (type === SCHEMA) return { next, fields: head.schema(header) };
  const body = bodyLength > 0n ? bodyLength : 0n;
  if (type === RECORD_BATCH) head.recordBatch(header, version, body);
  else if (type === DICTIONARY_BATCH) {
    const data = head.table(header)(6);
    if (data !== undefined) head.recordBatch(data, version, body);
  } else return { next };
  return { next, batch: true };
}

/**
 * flechette builds every field of the schema for each record batch (and fewer for a dictionary
 * batch): a valid file spends a field node of 16 bytes on each, so fields × batches stays well
 * under four times its size; a damaged one may repeat one small batch or share one field.
 */
function checkWork(fields: number, batches: number, size: number): void {
  if (fields * batches > 4 * size + 4096) {
    throw new Damaged(`${batches} batches of ${fields} fields cannot fit in ${size} bytes`);
  }
}

function checkStream(buf: Uint8Array, budget: Budget): void {
  let at = 0;
  let fields: number | undefined;
  let batches = 0;
  for (let read = message(buf, at, budget); read; read = message(buf, at, budget)) {
    at = read.next;
    fields ??= read.fields; // flechette keeps the first schema
    if (read.batch) batches++;
  }
  checkWork(fields ?? 0, batches, buf.length);
}

function checkFile(buf: Uint8Array, budget: Budget): void {
  const file = new Flatbuffer(buf, "the file", budget);
  const end = buf.length - (MAGIC.length + 4);
  const footer = end - file.int32(end);
  if (!(footer >= 0 && footer < end)) throw new Damaged(`the file's footer at ${footer} lies outside it`);
  const get = file.table(footer);
  const schema = get(6);
  const fields = schema === undefined ? 0 : file.schema(schema);
  file.metadata(get(12));
  const blocks = [...file.vector(get(8), 24), ...file.vector(get(10), 24)];
  for (const block of blocks) {
    const offset = file.int64(block);
    if (!(offset >= 0n && offset < BigInt(buf.length) && message(buf, Number(offset), budget))) {
      throw new Damaged(`the file's footer points at no message at byte ${offset}`);
    }
  }
  checkWork(fields, blocks.length, buf.length);
}

/**
 * Why `bytes` cannot be handed to flechette safely (their IPC framing or
 * flatbuffer metadata claims more than the bytes hold), or undefined; bytes
 * that pass may still be refused by flechette, safely.
 *
 * @param bytes - an Arrow IPC file or stream
 * @returns the problem in words, or undefined
 * @example
 * arrowIpcProblem(tablesToArrow(planTables([plan003]))["plans.arrow"]) // undefined
 * arrowIpcProblem(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xf8, 0xff, 0xff, 0xff))
 * // "the message at byte 0 claims -8 bytes of metadata, 0 are left"
 */
export function arrowIpcProblem(bytes: Uint8Array): string | undefined {
  const budget: Budget = { left: 2 * bytes.length + 1024 };
  const isFile = bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
  try {
    if (isFile) checkFile(bytes, budget);
    else checkStream(bytes, budget);
    return undefined;
  } catch (error) {
    if (error instanceof Damaged) return error.message;
    throw error;
  }
}
