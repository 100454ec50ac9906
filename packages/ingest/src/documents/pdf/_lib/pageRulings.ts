/** A drawn line of a page in page space (points, y up): a table's border, a rule, a box's side. */
export interface Ruling {
  /** Horizontal (along x) or vertical (along y). */
  readonly horizontal: boolean;
  /** Its y when horizontal, its x when vertical. */
  readonly at: number;
  /** Where it starts and ends along its direction (from < to). */
  readonly from: number;
  readonly to: number;
}

/** The operator codes {@link pageRulings} follows, from pdf.js's `OPS` (pdfjs-dist 5.6). */
export interface RulingOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
}

type Matrix = readonly [number, number, number, number, number, number];
type Point = readonly [number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** pdf.js's path codes inside a constructPath's buffer (its `DrawOPS`). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;
/** A filled rectangle this thin (points) or thinner is a rule, as word processors draw table borders. */
const THIN = 2.5;
/** Shorter segments (points) are no rulings: ticks, bullets, glyph-like marks. */
const SHORTEST = 3;
/** How far from axis-aligned (points) a segment may lean and still be a ruling. */
const SLANT = 0.5;

/**
 * The horizontal and vertical lines a page draws, from its operator list
 * (pdf.js `page.getOperatorList()`): the segments of stroked paths (lines,
 * rectangles' sides) and thin filled rectangles, placed in page space
 * through the transformation matrices (`cm`, saved and restored, and form
 * XObjects' matrices). In pdfjs-dist 5.6 a path is one `constructPath`
 * operator whose arguments are `[paintOp, [Float32Array | null], minMax]`:
 * the painting operator and a buffer of pdf.js's path codes (moveTo x y,
 * lineTo x y, curveTo 6 numbers, closePath). Curves, clipping paths (ended
 * by `endPath`) and slanted segments are left out.
 *
 * @param fnArray - the operator list's operators
 * @param argsArray - their arguments
 * @param ops - pdf.js's `OPS`
 * @returns the rulings, in the order drawn
 */
export function pageRulings(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: RulingOps,
): Ruling[] {
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const rulings: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && isMatrix(args)) ctm = multiply(args, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? args[0] : undefined;
      if (isMatrix(matrix)) ctm = multiply(matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, data] = args as [number, unknown];
      const buffer = Array.isArray(data) ? data[0] : undefined;
      if (!(buffer instanceof Float32Array || Array.isArray(buffer))) return;
      const paths = subpaths(buffer as ArrayLike<number>).map((path) => path.map((p) => apply(ctm, p)));
      const rulingsOf = strokes.has(paint) ? strokedRulings : fills.has(paint) ? filledRulings : undefined;
      if (rulingsOf) for (const path of paths) for (const ruling of rulingsOf(path)) rulings.push(ruling);
    }
  });
  return rulings;
}

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.length === 6 && value.every((v) => typeof v === "number");
}

/** m × n: the matrix that applies m, then n (PDF's `cm` sets CTM = m × CTM). */
function multiply(m: Matrix, n: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = n;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(m: Matrix, [x, y]: Point): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The subpaths of a path buffer as lists of points, a closed one ending where it began; a curve breaks a subpath. */
function subpaths(buffer: ArrayLike<number>): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  const end = () => {
    if (current.length > 1) paths.push(current);
    current = [];
  };
  for (let k = 0; k < buffer.length; ) {
    const code = buffer[k++];
    if (code === MOVE_TO) {
      end();
      current.push([buffer[k] ?? 0, buffer[k + 1] ?? 0]);
      k += 2;
    } else if (code === LINE_TO) {
      current.push([buffer[k] ?? 0, buffer[k + 1] ?? 0]);
      k += 2;
    } else if (code === CURVE_TO || code === QUADRATIC_CURVE_TO) {
      const size = code === CURVE_TO ? 6 : 4;
      const last: Point = [buffer[k + size - 2] ?? 0, buffer[k + size - 1] ?? 0];
      end();
      current.push(last);
      k += size;
    } else if (code === CLOSE_PATH) {
      const first = current[0];
      if (first) current.push(first);
      end();
    } else break; // not a path code: the buffer is not what this version of pdf.js writes
  }
  end();
  return paths;
}

/** The axis-aligned segments of a stroked subpath. */
function strokedRulings(path: readonly Point[]): Ruling[] {
  const rulings: Ruling[] = [];
  for (let i = 1; i < path.length; i++) {
    const [x0, y0] = path[i - 1] as Point;
    const [x1, y1] = path[i] as Point;
    if (Math.abs(y1 - y0) <= SLANT && Math.abs(x1 - x0) >= SHORTEST)
      rulings.push({ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    else if (Math.abs(x1 - x0) <= SLANT && Math.abs(y1 - y0) >= SHORTEST)
      rulings.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
  return rulings;
}

/** A filled subpath that is a thin axis-aligned rectangle, as one ruling along its length. */
function filledRulings(path: readonly Point[]): Ruling[] {
  if (path.length < 4 || path.length > 5) return [];
  const xs = path.map(([x]) => x);
  const ys = path.map(([, y]) => y);
  // bounded-spread: a rectangle's path has 4 or 5 points (checked above)
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // a rectangle: every corner on the box's sides
  if (
    !path.every(
      ([x, y]) =>
        (Math.abs(x - x0) < SLANT || Math.abs(x - x1) < SLANT) &&
        (Math.abs(y - y0) < SLANT || Math.abs(y - y1) < SLANT),
    )
  )
    return [];
  const width = x1 - x0;
  const height = y1 - y0;
  if (height <= THIN && width >= SHORTEST) return [{ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 }];
  if (width <= THIN && height >= SHORTEST)
    return [{ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 }];
  return [];
}
