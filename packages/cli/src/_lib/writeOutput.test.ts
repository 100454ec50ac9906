import { describe, expect, it } from "vitest";
import type { CliIo } from "./CliIo";
import { writeOutput } from "./writeOutput";

function capture(): { io: CliIo; err: () => string } {
  let text = "";
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { write: (t) => (text += String(t)) },
    cwd: "/",
  };
  return { io, err: () => text };
}

describe("writeOutput", () => {
  it("returns true and says nothing when the write succeeds", () => {
    const { io, err } = capture();
    let wrote = false;
    expect(writeOutput(io, "vi", "chart.svg", () => (wrote = true))).toBe(true);
    expect(wrote).toBe(true);
    expect(err()).toBe("");
  });

  it("turns a failed write into the coded message, in Vietnamese or English, naming the file and the reason", () => {
    const fail = () => {
      throw Object.assign(new Error("denied"), { code: "EACCES" });
    };
    const vi = capture();
    expect(writeOutput(vi.io, "vi", "out/chart.png", fail)).toBe(false);
    expect(vi.err()).toBe("out/chart.png: lỗi io.cannot-write: Không ghi được: EACCES.\n");
    const en = capture();
    expect(writeOutput(en.io, "en", "out/chart.png", fail)).toBe(false);
    expect(en.err()).toBe("out/chart.png: error io.cannot-write: Cannot write: EACCES.\n");
  });
});
