import { describe, expect, it } from "vitest";
import { inkedLetters } from "./inkedLetters";

const letter = (text: string, x0: number, x1: number, y0 = 100, y1 = 140) => ({
  text,
  bbox: { x0, y0, x1, y1 },
});

describe("inkedLetters", () => {
  it("drops a full stop one pixel wide or much taller than wide, and tells when one ended the word", () => {
    // "và." as tesseract reads 001:155 in a scan: its "." one pixel wide at the "à"'s right edge
    const va = [letter("v", 1681, 1705), letter("à", 1707, 1729), letter(".", 1728, 1729, 2309, 2347)];
    expect(inkedLetters(va)).toEqual({ letters: va.slice(0, 2), endsInStop: true });
    // a stroke of a ruling read as "." (27 × 62 pixels)
    expect(inkedLetters([letter(".", 1399, 1426, 2705, 2767)])).toEqual({ letters: [], endsInStop: false });
  });

  it("keeps a printed full stop, about as wide as tall, and every other letter", () => {
    const quan = [letter("q", 830, 850), letter("n", 890, 918), letter(".", 909, 944, 2110, 2134)];
    expect(inkedLetters(quan)).toEqual({ letters: quan, endsInStop: false });
    const dots = [letter(".", 674, 693, 2535, 2540), letter(".", 701, 707, 2535, 2540)];
    expect(inkedLetters(dots).letters).toEqual(dots);
  });
});
