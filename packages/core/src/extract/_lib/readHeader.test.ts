import { describe, expect, it } from "vitest";
import { prepareLines } from "./prepareLines";
import { readHeader } from "./readHeader";

const read = (text: string) => readHeader(prepareLines(text));
const orgTexts = (text: string) => read(text).organisationLines.map((l) => l.text);

describe("readHeader", () => {
  it("reads a blank number, the place and a date without a day (001:3-9)", () => {
    const text =
      "\n\nSố: /KH-UBND\n\nTP. Bắc Giang, ngày tháng 01 năm 2024\n\nKẾ HOẠCH\n\nTuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024\n\nCăn cứ Kế hoạch số 213/KH-UBND";
    const header = read(text);
    expect(header.number).toEqual({
      value: { notStated: true, raw: "Số: /KH-UBND" },
      symbol: "KH-UBND",
      lines: { start: 3, end: 3 },
    });
    expect(header.issueDate?.date).toEqual({ year: 2024, month: 1, raw: "ngày tháng 01 năm 2024" });
    expect(header.place?.text).toBe("TP. Bắc Giang");
    expect(header.title).toEqual({
      text: "Tuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024",
      lines: { start: 9, end: 9 },
    });
  });

  it("joins a title over several bold lines (000:3-5)", () => {
    const text =
      "\n\n**KẾ HOẠCH**  \n**Tuyên truyền cải cách hành chính năm 2024**  \n**trên địa bàn xã Sơn Mầu**\n\nThực hiện Kế hoạch số 31/KH-UBND";
    const header = read(text);
    expect(header.title).toEqual({
      text: "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Sơn Mầu",
      lines: { start: 4, end: 5 },
    });
    expect(header.number).toBeUndefined();
    expect(header.type).toBe("ke-hoach");
  });

  it("reads two columns flattened on each line with '|'", () => {
    const text = [
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "HUYỆN ĐỊNH HÓA | Độc lập - Tự do - Hạnh phúc",
      "Số: 27/KH-UBND | Định Hóa, ngày 14 tháng 02 năm 2023",
      "",
      "KẾ HOẠCH",
      "Công tác thông tin, tuyên truyền cải cách hành chính năm 2023",
      "",
      "Căn cứ Kế hoạch số 9/KH-UBND ngày 20/01/2023 của UBND tỉnh Thái Nguyên;",
    ].join("\n");
    const header = read(text);
    expect(header.organisationLines.map((l) => l.text)).toEqual(["ỦY BAN NHÂN DÂN", "HUYỆN ĐỊNH HÓA"]);
    expect(header.issuerLine?.text).toBe("ỦY BAN NHÂN DÂN HUYỆN ĐỊNH HÓA");
    expect(header.number).toMatchObject({ value: "27", symbol: "KH-UBND" });
    expect(header.issueDate?.date).toMatchObject({ year: 2023, month: 2, day: 14 });
    expect(header.place?.text).toBe("Định Hóa");
    expect(header.title?.text).toBe("Công tác thông tin, tuyên truyền cải cách hành chính năm 2023");
    expect(header.bodyStart).toBe(6);
  });

  it("reads tabs, runs of spaces, and blanks left for a number and a day", () => {
    const tabs =
      "UBND TỈNH GIA LAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\nSố:      /KH-SNV\tGia Lai, ngày      tháng 5 năm 2022\n\nKẾ HOẠCH\nTuyên truyền CCHC năm 2022";
    const header = read(tabs);
    expect(orgTexts(tabs)).toEqual(["UBND TỈNH GIA LAI", "SỞ NỘI VỤ"]);
    expect(header.number?.value).toEqual({ notStated: true, raw: "Số: /KH-SNV" });
    expect(header.issueDate?.date).toMatchObject({ year: 2022, month: 5 });
    expect(header.issueDate?.date.day).toBeUndefined();
    const spaces =
      "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ YÊN NINH          Độc lập - Tự do - Hạnh phúc\nSố: 5/KH-UBND          Yên Ninh, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2021";
    expect(read(spaces).issuerLine?.text).toBe("ỦY BAN NHÂN DÂN XÃ YÊN NINH");
    expect(read(spaces).number?.value).toBe("5");
  });

  it("reads the left column's lines then the right's, and lines interleaved", () => {
    const sequential =
      "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\nSố: 61/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân An, ngày 9 tháng 9 năm 2025\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025";
    const interleaved =
      "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN AN\nĐộc lập - Tự do - Hạnh phúc\nSố: 61/KH-UBND\nTân An, ngày 9 tháng 9 năm 2025\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2025";
    for (const text of [sequential, interleaved]) {
      const header = read(text);
      expect(header.issuerLine?.text).toBe("ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN");
      expect(header.number?.value).toBe("61");
      expect(header.issueDate?.date).toMatchObject({ year: 2025, month: 9, day: 9 });
      expect(header.title?.text).toBe("Tuyên truyền cải cách hành chính năm 2025");
    }
  });

  it("reads a whole header flattened on one line, and a date line cut by its column", () => {
    const oneLine =
      "ỦY BAN NHÂN DÂN HUYỆN MAI SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 40/KH-UBND Mai Sơn, ngày 2 tháng 3 năm 2022\nKẾ HOẠCH Tuyên truyền cải cách hành chính năm 2022";
    const header = read(oneLine);
    expect(header.issuerLine?.text).toBe("ỦY BAN NHÂN DÂN HUYỆN MAI SƠN");
    expect(header.number).toMatchObject({ value: "40", symbol: "KH-UBND" });
    expect(header.issueDate?.date).toMatchObject({ year: 2022, month: 3, day: 2 });
    expect(header.title?.text).toBe("Tuyên truyền cải cách hành chính năm 2022");
    const wrapped =
      "BỘ TƯ PHÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 118/KH-BTP | Độc lập - Tự do - Hạnh phúc\n | Hà Nội, ngày 22 /\n | tháng 01 năm 2024\nKẾ HOẠCH\nThông tin, tuyên truyền cải cách hành chính năm 2024";
    expect(read(wrapped).issueDate?.date).toMatchObject({ year: 2024, month: 1, day: 22 });
    expect(read(wrapped).place?.text).toBe("Hà Nội");
  });

  it("reads symbols in lower case in their canonical capitals, and Party numbers", () => {
    expect(read("số: 31/kh-ubnd\nKẾ HOẠCH\nTuyên truyền năm 2024").number).toMatchObject({
      value: "31",
      symbol: "KH-UBND",
    });
    const party =
      "ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN ỦY XUÂN TRƯỜNG\n*\nSố 25-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nXuân Trường, ngày 4 tháng 4 năm 2019\n\nKẾ HOẠCH\ntuyên truyền cải cách hành chính năm 2019";
    const header = read(party);
    expect(header.number).toMatchObject({ value: "25", symbol: "KH/HU" });
    expect(header.organisationLines.map((l) => l.text)).toEqual([
      "ĐẢNG BỘ TỈNH NAM ĐỊNH",
      "HUYỆN ỦY XUÂN TRƯỜNG",
    ]);
    expect(header.title?.text).toBe("tuyên truyền cải cách hành chính năm 2019");
  });

  it("takes a summary's first line whatever its first word, and a type line in title case", () => {
    const text =
      "Kế hoạch\nThực hiện công tác tuyên truyền cải cách hành chính\nnăm 2024 của Sở Tư pháp\n\nCăn cứ Quyết định số 12/QĐ-UBND ngày 1/1/2024;";
    expect(read(text).title?.text).toBe(
      "Thực hiện công tác tuyên truyền cải cách hành chính năm 2024 của Sở Tư pháp",
    );
    expect(read(text).type).toBe("ke-hoach");
    // A Word file's paragraphs come apart with blank lines: a lower-case line continues the summary.
    const docx =
      "KẾ HOẠCH\n\nTuyên truyền cải cách hành chính\n\ntrên địa bàn xã Hòa Bình năm 2023\n\nThực hiện Kế hoạch số 8/KH-UBND;";
    expect(read(docx).title?.text).toBe("Tuyên truyền cải cách hành chính trên địa bàn xã Hòa Bình năm 2023");
  });

  it("reads a decision's summary and its authority line, and a letter's V/v summary", () => {
    const decision =
      "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 77/QĐ-UBND\nBắc Kạn, ngày 11 tháng 1 năm 2023\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n\nCăn cứ Luật Tổ chức chính quyền địa phương;";
    const header = read(decision);
    expect(header.type).toBe("quyet-dinh");
    expect(header.documentType).toBe("decision");
    expect(header.title?.text).toBe("Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023");
    expect(header.authority?.text).toBe("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
    const letter =
      "UBND HUYỆN BẢO LẠC\nSố: 210/UBND-NV\nV/v triển khai Kế hoạch tuyên truyền\ncải cách hành chính năm 2024\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBảo Lạc, ngày 2 tháng 4 năm 2024\n\nKính gửi: UBND các xã, thị trấn.";
    expect(read(letter).type).toBe("cong-van");
    expect(read(letter).title?.text).toBe("triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2024");
    expect(read(letter).issueDate?.date).toMatchObject({ year: 2024, month: 4, day: 2 });
  });

  it("passes over a web page's banner and post title before the header, and reads none in prose", () => {
    const page =
      "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỊNH HÓA\nKế hoạch tuyên truyền cải cách hành chính năm 2023\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐỊNH HÓA | Độc lập - Tự do - Hạnh phúc\nSố: 27/KH-UBND | Định Hóa, ngày 14 tháng 02 năm 2023\nKẾ HOẠCH\nCông tác thông tin, tuyên truyền cải cách hành chính năm 2023";
    expect(orgTexts(page)).toEqual(["ỦY BAN NHÂN DÂN", "HUYỆN ĐỊNH HÓA"]);
    const sentence =
      "Sáng ngày 12/3, Ủy ban nhân dân huyện Định Hóa đã ban hành Kế hoạch số 27/KH-UBND về công tác thông tin, tuyên truyền cải cách hành chính năm 2023 với nhiều nội dung thiết thực.";
    // Three sentences of running text: a news item, whose later lines are not read as a header.
    const news = `${sentence}\n${sentence}\n${sentence}\nSố: 27/KH-UBND\nĐịnh Hóa, ngày 12 tháng 3 năm 2023`;
    const header = read(news);
    expect(header.number).toBeUndefined();
    expect(header.issueDate).toBeUndefined();
    expect(header.type).toBeUndefined();
  });

  it("reads a committee in title case and a type line with its title in title case under a number", () => {
    const text =
      "Ủy ban nhân dân huyện Mai Sơn\nSố: 40/KH-UBND\nMai Sơn, ngày 2 tháng 3 năm 2022\nKế hoạch Tuyên truyền cải cách hành chính năm 2022\nCăn cứ Kế hoạch số 3/KH-UBND;";
    const header = read(text);
    expect(header.issuerLine?.text).toBe("Ủy ban nhân dân huyện Mai Sơn");
    expect(header.type).toBe("ke-hoach");
    expect(header.title?.text).toBe("Tuyên truyền cải cách hành chính năm 2022");
    // Without a number or date above it, "Kế hoạch Tuyên truyền …" is a headline, and a committee alone no header.
    const headline = read(
      "Ủy ban nhân dân huyện Mai Sơn\nKế hoạch Tuyên truyền cải cách hành chính năm 2022",
    );
    expect(headline.type).toBeUndefined();
    expect(headline.organisationLines).toEqual([]);
  });

  it("reads a header whose columns were cut short: the motto and the date each over two lines", () => {
    const text = [
      "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ",
      "NGHĨA VIỆT NAM",
      "XÃ PHÚ LỘC                      Độc lập - Tự do",
      "- Hạnh phúc",
      "Số: 07/KH-UBND                  Phú Lộc, ngày 12 tháng",
      "02 năm 2025",
      "",
      "KẾ HOẠCH",
      "Tuyên truyền cải cách hành chính năm 2025",
    ].join("\n");
    const header = read(text);
    // "XÃ HỘI CHỦ" of the cut motto is no commune: the committee is the left column's.
    expect(orgTexts(text)).toEqual(["ỦY BAN NHÂN DÂN", "XÃ PHÚ LỘC"]);
    expect(header.number?.value).toBe("07");
    expect(header.issueDate?.date).toEqual({
      year: 2025,
      month: 2,
      day: 12,
      raw: "ngày 12 tháng 02 năm 2025",
    });
    expect(header.title?.text).toBe("Tuyên truyền cải cách hành chính năm 2025");
    const yearAlone = read("Số: 3/KH-UBND      Phú Lộc, ngày 12 tháng 02 năm\n2025\nKẾ HOẠCH\nTuyên truyền");
    expect(yearAlone.issueDate?.date).toMatchObject({ year: 2025, month: 2, day: 12 });
  });

  it("takes no number or date from running text wrapped before them", () => {
    const text = [
      "Xã Tân Lập đẩy mạnh tuyên truyền cải cách hành chính",
      "",
      "Ngày 05/3/2024, Chủ tịch UBND xã Tân Lập ký ban hành",
      "Kế hoạch về tuyên truyền cải cách hành chính, Kế hoạch",
      "số 22/KH-UBND ngày 05/3/2024 giao các thôn triển khai.",
    ].join("\n");
    const header = read(text);
    expect(header.number).toBeUndefined();
    expect(header.issueDate).toBeUndefined();
  });

  it("ends a summary at a page break, at a paragraph after a blank line, and never starts one on a list item", () => {
    const paged = read(
      "Số: 4/KH-UBND\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n- 2 -\nKẾ HOẠCH Tuyên truyền cải cách\n(Ban hành kèm theo Quyết định số 9/QĐ-UBND)",
    );
    expect(paged.title?.text).toBe("Tuyên truyền cải cách hành chính năm 2024");
    const notice = read(
      "Số: 12/TB-UBND\nTHÔNG BÁO\nLịch tiếp công dân tháng 5 năm 2024\n\n\nỦy ban nhân dân xã thông báo lịch tiếp công dân như sau:",
    );
    expect(notice.title?.text).toBe("Lịch tiếp công dân tháng 5 năm 2024");
    const related = read("Số: 2/KH-UBND\nKẾ HOẠCH\n- Xã tổ chức hội nghị triển khai nhiệm vụ năm 2024");
    expect(related.title).toBeUndefined();
  });

  it("reads a summary wrapped over six lines to the decision's authority line under it", () => {
    const text = [
      "Số: 310/QĐ-UBND",
      "QUYẾT ĐỊNH",
      "Về việc công bố Danh mục thủ tục",
      "hành chính được sửa đổi,",
      "bổ sung trong lĩnh vực",
      "văn hóa cơ sở thuộc phạm vi",
      "chức năng quản lý",
      "của Sở Văn hóa và Thể thao",
      "",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    ].join("\n");
    const header = read(text);
    expect(header.title?.lines).toEqual({ start: 3, end: 8 });
    expect(header.authority?.text).toBe("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH");
  });
});
