import { sizeProblem } from "./imageBudget";
import { huffmanTablesProblem, quantTablesProblem } from "./jpegTables";

/** The frame headers (SOF) read: Huffman-coded baseline, extended sequential and progressive, what scanners write. */
const FRAMES: ReadonlySet<number> = new Set([0xc0, 0xc1, 0xc2]);
/** SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
/**
 * Markers libjpeg reads or skips after SOI: SOF0–SOF15, DHT, DAC (C0–CF, but
 * JPG, C8), SOS, DQT, DNL, DRI (DA–DD), APP0–APP15 (E0–EF) and COM (FE);
 * RST and TEM are handled apart. Any other (a second SOI, 0x00, a reserved
 * code) is a fatal error for libjpeg.
 */
const isKnown = (marker: number) =>
  (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc8) ||
  (marker >= 0xda && marker <= 0xdd) ||
  (marker >= 0xe0 && marker <= 0xef) ||
  marker === 0xfe;
/** Markers without a length: RST0–RST7 and TEM. */
const isStandalone = (marker: number) => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
const name = (marker: number) => `0xFF${marker.toString(16).toUpperCase().padStart(2, "0")}`;

interface Component {
  readonly id: number;
  readonly h: number;
  readonly v: number;
  readonly quant: number;
}

/** What the walk has seen so far. */
interface State {
  components: Component[] | undefined;
  progressive: boolean;
  scan: boolean;
  /** Tables defined by DQT (0–3) and DHT (DC 0–3, AC 16–19). */
  readonly quant: Set<number>;
  readonly huffman: Set<number>;
}

/**
 * Why a JPEG cannot be handed to a native decoder, or undefined, as
 * `pngProblem` does for PNG: the start marker (SOI), then every marker
 * segment walked by its length, each inside the file and of a kind libjpeg
 * knows; one frame header
 * (SOF) of a coding scanners write (baseline, extended or progressive) with
 * 8-bit samples, 1, 3 or 4 components with sampling factors 1–4 and sides
 * of 1 to 20,000 pixels, at most 100 million in all (`imageBudget`);
 * quantisation (DQT) and Huffman (DHT) tables that fill their segments
 * exactly and form valid codes; scans (SOS) after the frame, naming its
 * components and defined tables (Huffman tables too, though libjpeg has
 * standard ones for motion JPEG), whose coded data is followed by a marker
 * inside the file; and the end marker (EOI) reached by that walk. A JPEG
 * has no checksum, so these are what libjpeg refuses with a fatal error:
 * in @napi-rs/canvas such an error crashes the process (a segmentation
 * fault, found by the OCR property suite: one count of a Huffman table
 * changed, or a scan naming a component the frame lacks).
 *
 * @param bytes - the file
 * @returns the problem, in words, or undefined for a JPEG whose structure holds
 */
export function jpegProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8)
    return "the JPEG start marker (SOI) is damaged";
  const state: State = {
    components: undefined,
    progressive: false,
    scan: false,
    quant: new Set(),
    huffman: new Set(),
  };
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return `the JPEG has no marker at byte ${at}`;
    let m = at + 1;
    while (m < bytes.length && bytes[m] === 0xff) m++; // fill bytes before a marker
    if (m >= bytes.length) break;
    const marker = bytes[m] as number;
    const where = `at byte ${m - 1}`;
    if (marker === 0xd9) {
      if (!state.components) return "the JPEG has no frame header (SOF)";
      return state.scan ? undefined : "the JPEG has no image data (SOS)";
    }
    if (isStandalone(marker)) {
      at = m + 1;
      continue;
    }
    if (!isKnown(marker)) return `the JPEG has an unknown marker ${name(marker)} ${where}`;
    const length = m + 2 < bytes.length ? u16(bytes, m + 1) : 0;
    const end = m + 1 + length;
    if (length < 2 || end > bytes.length)
      return `the JPEG segment ${name(marker)} ${where} runs past the end of the file`;
    const body = bytes.subarray(m + 3, end);
    let problem: string | undefined;
    if (isFrame(marker)) problem = frameProblem(marker, body, state, where);
    else if (marker === 0xdb) problem = quantTablesProblem(body, state.quant, where);
    else if (marker === 0xc4) problem = huffmanTablesProblem(body, state.huffman, where);
    else if (marker === 0xdd && length !== 4) problem = `the JPEG restart interval (DRI) ${where} is damaged`;
    else if (marker === 0xda) problem = scanProblem(body, state, where);
    if (problem) return problem;
    if (marker !== 0xda) {
      at = end;
      continue;
    }
    // the coded data runs to the next marker: not a stuffed 0xFF00, a restart marker or a fill byte
    let next = end;
    while (next + 1 < bytes.length) {
      const after = bytes[next + 1] as number;
      if (bytes[next] === 0xff && after !== 0x00 && after !== 0xff && !isStandalone(after)) break;
      next++;
    }
    if (next + 1 >= bytes.length)
      return "the JPEG's image data runs to the end of the file without an end marker (EOI)";
    at = next;
  }
  return "the JPEG has no end marker (EOI)";
}

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

/** A frame header's problem: its coding, sample precision, sides, components and their sampling. */
function frameProblem(marker: number, body: Uint8Array, state: State, where: string): string | undefined {
  if (!FRAMES.has(marker))
    return `the JPEG is coded in a way this reader does not take (frame ${name(marker)}; baseline and progressive are read)`;
  if (state.components) return `the JPEG has a second frame header (SOF) ${where}`;
  const count = body.length >= 6 ? (body[5] as number) : 0;
  if (body.length !== 6 + 3 * count) return `the JPEG frame header (SOF) ${where} is damaged`;
  if (body[0] !== 8) return `the JPEG claims ${body[0]}-bit samples (8-bit are read)`;
  if (![1, 3, 4].includes(count)) return `the JPEG claims ${count} colour components`;
  const tooLarge = sizeProblem("JPEG", u16(body, 3), u16(body, 1));
  if (tooLarge) return tooLarge;
  const components: Component[] = [];
  for (let k = 0; k < count; k++) {
    const at = 6 + 3 * k;
    const sampling = body[at + 1] as number;
    const component = {
      id: body[at] as number,
      h: sampling >> 4,
      v: sampling & 15,
      quant: body[at + 2] as number,
    };
    if (components.some((c) => c.id === component.id))
      return `the JPEG names component ${component.id} twice`;
    if (component.h < 1 || component.h > 4 || component.v < 1 || component.v > 4 || component.quant > 3)
      return `the JPEG frame header (SOF) ${where} is damaged (component ${component.id})`;
    components.push(component);
  }
  const maxH = components.reduce((max, c) => Math.max(max, c.h), 1);
  const maxV = components.reduce((max, c) => Math.max(max, c.v), 1);
  if (components.some((c) => maxH % c.h !== 0 || maxV % c.v !== 0))
    return "the JPEG's components are sampled in fractional ratios";
  state.components = components;
  state.progressive = marker === 0xc2;
  return undefined;
}

/** A scan header's problem: its components (in the frame, tables defined), spectral selection and approximation. */
function scanProblem(body: Uint8Array, state: State, where: string): string | undefined {
  const frame = state.components;
  if (!frame) return "the JPEG's image data (SOS) comes before its frame header (SOF)";
  const count = body[0] ?? 0;
  const damaged = `the JPEG scan header (SOS) ${where} is damaged`;
  if (count < 1 || count > 4 || body.length !== 4 + 2 * count) return damaged;
  let blocks = 0;
  const seen = new Set<number>();
  for (let k = 0; k < count; k++) {
    const id = body[1 + 2 * k] as number;
    const tables = body[2 + 2 * k] as number;
    const component = frame.find((c) => c.id === id);
    if (!component || seen.has(id))
      return `the JPEG scan ${where} names component ${id}, which the frame does not have`;
    seen.add(id);
    if (!state.quant.has(component.quant))
      return `the JPEG uses quantisation table ${component.quant}, never defined`;
    const dc = tables >> 4;
    const ac = tables & 15;
    // libjpeg-turbo would stand in the standard tables for a missing 0 or 1 (motion JPEG leaves them
    // out), but the decoder of @napi-rs/canvas crashed on a scan whose DC table 0 was missing
    if (!state.huffman.has(dc) || !state.huffman.has(16 + ac))
      return `the JPEG scan ${where} uses a Huffman table never defined`;
    blocks += component.h * component.v;
  }
  if (count > 1 && blocks > 10) return damaged;
  const [ss, se, approximation] = [body[1 + 2 * count], body[2 + 2 * count], body[3 + 2 * count]] as number[];
  if (state.progressive) {
    const ah = (approximation as number) >> 4;
    const al = (approximation as number) & 15;
    const band = ss === 0 ? se !== 0 : (ss as number) > (se as number) || (se as number) > 63 || count !== 1;
    if (band || (ah !== 0 && al !== ah - 1) || al > 13) return damaged;
  }
  state.scan = true;
  return undefined;
}
