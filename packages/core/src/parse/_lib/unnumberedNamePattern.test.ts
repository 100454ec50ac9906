import { describe, expect, it } from "vitest";
import { foldText } from "../../_lib/fold";
import { seedLines } from "../../_testing/seedLines";
import { unnumberedNamePattern } from "./unnumberedNamePattern";

const NAME = unnumberedNamePattern("chuong trinh|ke hoach|de an");

/** The name after the type that ends at `typeEnd` of the folded text, if any. */
function nameAfter(folded: string, typeEnd: number): string | undefined {
  NAME.lastIndex = typeEnd;
  return NAME.exec(folded)?.groups?.name;
}

describe("unnumberedNamePattern", () => {
  it("004:68 ends the name on its year", () => {
    const folded = foldText(seedLines("004", 68));
    const at = folded.indexOf("ke hoach cai cach") + "ke hoach ".length;
    expect(nameAfter(folded, at)).toBe("cai cach hanh chinh nam 2025");
  });
  it("000:51 keeps ', tầm nhìn đến năm 2030' with the period", () => {
    const folded = foldText(seedLines("000", 51));
    const at = folded.indexOf("de an ") + "de an ".length;
    expect(nameAfter(folded, at)).toBe(
      "phat trien ung dung du lieu dan cu, dinh danh va xac thuc dien tu phuc vu chuyen doi so quoc gia giai doan 2022-2025, tam nhin den nam 2030",
    );
  });
  it("003:35 stops at the next document type, so a name without a period is none", () => {
    // "… của Chương trình tổng thể cải cách hành chính nhà nước, Kế hoạch"
    const folded = foldText(seedLines("003", 35));
    const at = folded.indexOf("chuong trinh ") + "chuong trinh ".length;
    expect(nameAfter(folded, at)).toBeUndefined();
  });
  it("takes no name that opens with 'số', 'này' or 'của', or crosses a sentence's end", () => {
    expect(nameAfter("ke hoach so nam 2024", 9)).toBeUndefined();
    expect(nameAfter("ke hoach nay nam 2024", 9)).toBeUndefined();
    expect(nameAfter("ke hoach cua ubnd nam 2024", 9)).toBeUndefined();
    expect(nameAfter("ke hoach cchc. nam 2024", 9)).toBeUndefined();
    expect(nameAfter("ke hoach cchc; nam 2024", 9)).toBeUndefined();
  });
  it("002:25-27 keeps the place after the period when punctuation follows it", () => {
    // "… Kế hoạch CCHC giai đoạn 2021 -2030" / (blank) / "trên địa bàn tỉnh Tây Ninh, Kế hoạch CCHC của tỉnh năm 2024; …"
    const folded = foldText(`${seedLines("002", 25)} ${seedLines("002", 27)}`);
    const at = folded.indexOf("ke hoach cchc giai") + "ke hoach ".length;
    expect(nameAfter(folded, at)).toBe("cchc giai doan 2021 -2030 tren dia ban tinh tay ninh");
  });
  it("001:33 runs a subject over other document types only when asked", () => {
    // "… các Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển …"
    const folded = foldText(seedLines("001", 33));
    const at = folded.indexOf("ve nhiem vu");
    const across = unnumberedNamePattern("chuong trinh|ke hoach|de an|nghi quyet", { acrossTypes: true });
    across.lastIndex = at;
    expect(across.exec(folded)?.groups?.name).toBe(
      "ve nhiem vu, giai phap chu yeu thuc hien ke hoach phat trien kinh te - xa hoi va du toan ngan sach nha nuoc nam 2024",
    );
    expect(nameAfter(folded, at)).toBeUndefined();
  });
});
