/** The part of tesseract.js's `blocks` output read here. */
export interface TesseractBlocksData {
  readonly blocks?:
    | readonly {
        readonly paragraphs?: readonly {
          readonly lines?: readonly {
            readonly text: string;
            readonly confidence: number;
            readonly bbox: Box;
            /** The line's baseline, from its left end to its right end. */
            readonly baseline?: Box;
            readonly words?: readonly TesseractWord[];
          }[];
        }[];
      }[]
    | null;
  /** The angle in radians by which tesseract turned the page before reading it (`rotateAuto`); 0 when it did not. */
  readonly rotateRadians?: number | null;
}

/** A recognised word: its text, box, confidence 0..100 and letters. */
export interface TesseractWord {
  readonly text: string;
  readonly bbox: Box;
  readonly confidence: number;
  readonly symbols?: readonly { readonly text: string; readonly bbox: Box }[] | null;
}

/** A box in pixels: left, top, right, bottom. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}
