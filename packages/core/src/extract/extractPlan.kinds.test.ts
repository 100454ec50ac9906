import { describe, expect, it } from "vitest";
import { extractPlan } from "./extractPlan";

const codes = (text: string) => extractPlan(text).issues.map((i) => i.code);

const DECISION = [
  "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "HUYỆN CHỢ MỚI | Độc lập - Tự do - Hạnh phúc",
  "Số: 310/QĐ-UBND | Chợ Mới, ngày 20 tháng 02 năm 2024",
  "",
  "QUYẾT ĐỊNH",
  "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024",
  "",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI",
  "",
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
  "Căn cứ Kế hoạch số 14/KH-UBND ngày 30/01/2024 của UBND tỉnh Bắc Kạn về tuyên truyền cải cách hành chính năm 2024;",
  "",
  "QUYẾT ĐỊNH:",
  "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện.",
  "Điều 2. Quyết định có hiệu lực từ ngày ký.",
  "Nơi nhận:",
  "- Như Điều 2;",
  "- Lưu: VT.",
  "CHỦ TỊCH",
  "Hà Văn Tâm",
  "",
  "KẾ HOẠCH",
  "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Chợ Mới",
  "(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 20/02/2024 của Chủ tịch UBND huyện)",
  "",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Nâng cao nhận thức của cán bộ và Nhân dân về cải cách hành chính.",
  "II. NỘI DUNG TUYÊN TRUYỀN",
  "1. Cải cách thủ tục hành chính; dịch vụ công trực tuyến.",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Phòng Nội vụ chủ trì, theo dõi, tổng hợp.",
].join("\n");

describe("extractPlan: the kind of document", () => {
  it("reads a decision that issues a plan: both headers, the plan's title, the decision never its own reference", () => {
    const { documentKind, plan, decision } = extractPlan(DECISION);
    expect(documentKind).toBe("decision-with-plan");
    expect(decision).toMatchObject({
      number: "310",
      symbol: "QĐ-UBND",
      issueDate: { year: 2024, month: 2, day: 20 },
      title: "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024",
    });
    expect(plan.documentType).toBe("decision");
    expect(plan.title).toBe("Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Chợ Mới");
    expect(plan).toMatchObject({ number: "310", symbol: "QĐ-UBND", period: { start: "2024", end: "2024" } });
    // The plan is known by its decision's number and date: a convention, held below 0.8 (its own header
    // may carry others the reader did not find); the decision's number in the decision is sure.
    const { elements } = extractPlan(DECISION);
    const confidence = (path: string) => elements.find((e) => e.path === path)?.confidence;
    expect([confidence("/number"), confidence("/issueDate")]).toEqual([0.7, 0.7]);
    expect(plan.issuer).toMatchObject({ body: "chair", level: "district" });
    expect(plan.unit).toMatchObject({ name: "Chợ Mới", level: "district" });
    const numbered = plan.references.filter((r) => r.number !== undefined);
    expect(numbered.map((r) => [r.number, r.symbol, r.role])).toEqual([["14", "14/KH-UBND", "parent-plan"]]);
  });

  it("reads a news item about a plan as about-plan, with the plan it names and no date from the page", () => {
    const news = [
      "Trang chủ > Tin tức > Cải cách hành chính",
      "Ngày đăng: 15/3/2024 08:00 | Lượt xem: 312",
      "Chợ Mới đẩy mạnh tuyên truyền cải cách hành chính",
      "Ngày 20/02/2024, Chủ tịch UBND huyện Chợ Mới ký Quyết định số 310/QĐ-UBND ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024; trước đó, UBND tỉnh Bắc Kạn đã ban hành Kế hoạch số 14/KH-UBND ngày 30/01/2024 về tuyên truyền cải cách hành chính năm 2024.",
      "Chia sẻ | In bài",
      "Ngày in: 02/4/2024",
    ].join("\n");
    const { documentKind, plan, mentions } = extractPlan(news);
    expect(documentKind).toBe("about-plan");
    expect(mentions.map((m) => [m.number, m.symbol])).toEqual([
      ["310", "QĐ-UBND"],
      ["14", "KH-UBND"],
    ]);
    expect(mentions[1]).toMatchObject({
      issuerBody: "people-committee",
      level: "province",
      period: { start: "2024", end: "2024" },
    });
    expect(plan.issueDate).toBeUndefined();
    expect(plan.number).toBeUndefined();
    expect(plan.period).toBeUndefined();
    expect(plan.references).toEqual([]);
  });

  it("reads a report on a plan's results as about-plan, keeping the report's own header", () => {
    const report =
      "UBND HUYỆN CHỢ MỚI\nUBND XÃ THANH THỊNH\nSố: 88/BC-UBND\nThanh Thịnh, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\nKết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2024\n\nThực hiện Kế hoạch số 5/KH-UBND ngày 1/3/2024 của UBND xã Thanh Thịnh, UBND xã báo cáo như sau:";
    const { documentKind, plan, mentions } = extractPlan(report);
    expect(documentKind).toBe("about-plan");
    expect(plan).toMatchObject({
      number: "88",
      symbol: "BC-UBND",
      issueDate: { year: 2024, month: 12, day: 10 },
    });
    expect(plan.issuer).toMatchObject({ body: "people-committee", level: "commune" });
    expect(mentions.map((m) => m.number)).toEqual(["5"]);
  });

  it("reads a text that is neither a plan nor about one as other", () => {
    const notice =
      "ỦY BAN NHÂN DÂN\nXÃ THANH THỊNH\nSố: 9/TB-UBND\nThanh Thịnh, ngày 2 tháng 10 năm 2024\n\nTHÔNG BÁO\nLịch tiếp công dân của Chủ tịch UBND xã quý IV năm 2024\n\nChủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần tại trụ sở.";
    const { documentKind, plan } = extractPlan(notice);
    expect(documentKind).toBe("other");
    expect(plan).toMatchObject({ number: "9", symbol: "TB-UBND" });
    expect(plan.period).toBeUndefined();
  });

  it("reads a plan whose header was lost by the sentence that issues it", () => {
    const text =
      "Thực hiện Kế hoạch số 14/KH-UBND ngày 30/01/2024 của UBND tỉnh Bắc Kạn về tuyên truyền cải cách hành chính năm 2024;\nỦy ban nhân dân xã Thanh Thịnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:\nI. MỤC ĐÍCH\nNâng cao nhận thức.";
    const { documentKind, plan } = extractPlan(text);
    expect(documentKind).toBe("plan");
    expect(plan.unit?.name).toBe("Thanh Thịnh");
    expect(plan.period).toEqual({ start: "2024", end: "2024" });
  });
});

describe("extractPlan: never a guess stored as data", () => {
  it("leaves title, unit, issuer and period blank when the text gives none, each with an issue", () => {
    const text = "I. NỘI DUNG TUYÊN TRUYỀN\n1. Thủ tục hành chính.\nII. HÌNH THỨC\n1. Đài truyền thanh.";
    const { plan, issues } = extractPlan(text);
    expect(plan.title).toBeUndefined();
    expect(plan.unit).toBeUndefined();
    expect(plan.issuer).toBeUndefined();
    expect(plan.period).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        "extract.header.title-missing",
        "extract.header.unit-missing",
        "extract.header.issuer-missing",
        "extract.header.period-missing",
      ]),
    );
  });

  it("gives a year read only from the date line with low confidence and an issue", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nXÃ THANH THỊNH\nSố: 5/KH-UBND\nThanh Thịnh, ngày 1 tháng 3 năm 2024\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\nI. NỘI DUNG\n1. Thủ tục hành chính.";
    const { plan, elements } = extractPlan(text);
    expect(plan.period).toEqual({ start: "2024", end: "2024" });
    expect(elements.find((e) => e.path === "/period")?.confidence).toBeLessThan(0.8);
    expect(codes(text)).toContain("extract.header.period-inferred");
  });

  it("gives every header value it fills an element with the lines it came from", () => {
    const { elements } = extractPlan(DECISION);
    const paths = new Set(elements.map((e) => e.path));
    for (const path of ["/title", "/number", "/issueDate", "/unit", "/issuer", "/period"])
      expect(paths).toContain(path);
  });
});
