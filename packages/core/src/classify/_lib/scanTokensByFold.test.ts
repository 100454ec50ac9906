import { describe, expect, it } from "vitest";
import { readSeedLines } from "../../_testing/readSeedLines";
import { scanTokensByFold } from "./scanTokensByFold";
import { tokenHash } from "./tokenHash";

describe("scanTokensByFold", () => {
  it("folds, tokenizes and maps back to the original text", () => {
    const scanned = scanTokensByFold("Đài  truyền-thanh, xã");
    expect(scanned.folded).toBe("daitruyenthanh,xa");
    expect(scanned.bounds).toEqual([0, 3, 9, 14, 15, 17]);
    expect(scanned.starts).toEqual([0, 5, 12, 17, 19]);
    expect(scanned.ends).toEqual([3, 11, 17, 18, 21]);
    expect(scanned.hashes).toEqual(["dai", "truyen", "thanh", ",", "xa"].map(tokenHash));
  });
  it("004:112 reads a tab as a mark of its own", () => {
    const line = readSeedLines("004_f3b844502d811123.txt", 112); // "1. Phòng Văn hóa - Xã hội"
    expect(scanTokensByFold(`${line}\tx`).folded).toBe("1.phongvanhoaxahoi|x");
  });
});
