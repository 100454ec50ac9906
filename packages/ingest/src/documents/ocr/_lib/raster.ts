/** `@napi-rs/canvas`, named through a variable so that a browser bundle leaves it out (a native Node addon). */
const NAPI_CANVAS = "@napi-rs/canvas";

/** A page image in memory: RGBA, 8 bits a channel, row by row. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** A 2D canvas of either runtime: `@napi-rs/canvas` in Node, `OffscreenCanvas` in a browser or worker. */
export interface Surface {
  readonly canvas: unknown;
  readonly context: CanvasRenderingContext2D;
  /** The canvas's pixels. */
  readonly raster: () => Raster;
  /** The canvas as a PNG a recogniser reads (a Buffer in Node, a Blob in a browser). */
  readonly png: () => Promise<Uint8Array | Blob>;
}

/** Whether the code runs in Node (where `@napi-rs/canvas` is used) rather than a browser. */
export function inNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return (
    typeof proc?.versions?.node === "string" &&
    typeof (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas === "undefined"
  );
}

/** A white canvas of the given size. */
export async function createSurface(width: number, height: number): Promise<Surface> {
  if (inNode()) {
    const { createCanvas } = (await import(
      /* @vite-ignore */ NAPI_CANVAS
    )) as typeof import("@napi-rs/canvas");
    const canvas = createCanvas(width, height);
    const context = canvas.getContext("2d") as unknown as CanvasRenderingContext2D;
    return surface(canvas, context, width, height, async () => new Uint8Array(await canvas.encode("png")));
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d") as unknown as CanvasRenderingContext2D;
  return surface(canvas, context, width, height, () => canvas.convertToBlob({ type: "image/png" }));
}

function surface(
  canvas: unknown,
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  png: () => Promise<Uint8Array | Blob>,
): Surface {
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  return { canvas, context, raster: () => context.getImageData(0, 0, width, height), png };
}

/** The surface holding a raster's pixels. */
export async function rasterSurface(raster: Raster): Promise<Surface> {
  const target = await createSurface(raster.width, raster.height);
  const image = target.context.createImageData(raster.width, raster.height);
  image.data.set(raster.data);
  target.context.putImageData(image, 0, 0);
  return target;
}

/** The pixels of a PNG or JPEG file; throws when the bytes are not a decodable image. */
export async function decodeImage(bytes: Uint8Array): Promise<Raster> {
  if (inNode()) {
    const { loadImage } = (await import(/* @vite-ignore */ NAPI_CANVAS)) as typeof import("@napi-rs/canvas");
    const image = await loadImage(bytes);
    const target = await createSurface(image.width, image.height);
    target.context.drawImage(image as unknown as CanvasImageSource, 0, 0);
    return target.raster();
  }
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  const target = await createSurface(bitmap.width, bitmap.height);
  target.context.drawImage(bitmap, 0, 0);
  return target.raster();
}
