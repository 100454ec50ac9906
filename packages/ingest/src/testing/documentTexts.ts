/**
 * Texts of the kinds of document `extractPlan` tells apart besides a plan,
 * written for the tests in the shapes real documents take (the header of
 * Nghị định 30/2020/NĐ-CP, Phụ lục I; a news item of a district's web site;
 * an unrelated notice), about made-up documents of a real district:
 * - `decisionWithPlan`: Quyết định số 512/QĐ-UBND ngày 05/3/2025 of the
 *   Chair of UBND huyện Định Quán, issuing its plan of communication on
 *   administrative reform for 2025, the plan attached (`documentKind`
 *   `decision-with-plan`);
 * - `aboutPlan`: a news item saying that UBND huyện Định Quán issued Kế
 *   hoạch số 45/KH-UBND ngày 12/3/2025 (`about-plan`, one mention);
 * - `other`: a notice that the water supply stops for a day (`other`).
 *
 * @example
 * extractPlan(documentTexts.aboutPlan).mentions[0]?.symbol // "KH-UBND"
 */
export const documentTexts = {
  decisionWithPlan: `ỦY BAN NHÂN DÂN
HUYỆN ĐỊNH QUÁN
Số: 512/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Định Quán, ngày 05 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỊNH QUÁN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Kế hoạch số 1020/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Đồng Nai về tuyên truyền cải cách hành chính năm 2025;
Theo đề nghị của Trưởng phòng Nội vụ huyện.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện Định Quán.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An

ỦY BAN NHÂN DÂN
HUYỆN ĐỊNH QUÁN

KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện Định Quán
(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 05/3/2025 của Chủ tịch Ủy ban nhân dân huyện Định Quán)

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về cải cách hành chính.
2. Yêu cầu
Tuyên truyền kịp thời, đúng nội dung, phù hợp với từng đối tượng.

II. NỘI DUNG TUYÊN TRUYỀN
1. Kết quả cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông.
2. Chuyển đổi số, dịch vụ công trực tuyến.

III. HÌNH THỨC TUYÊN TRUYỀN
1. Tuyên truyền trên Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở.
2. Lồng ghép trong các hội nghị, cuộc họp của cơ quan, đơn vị.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả trước ngày 15/12/2025.
2. Phòng Văn hóa và Thông tin phối hợp đăng tải tin, bài trên Trang thông tin điện tử huyện hằng quý.
`,
  aboutPlan: `Định Quán triển khai tuyên truyền cải cách hành chính năm 2025

Ngày 12/3/2025, Ủy ban nhân dân huyện Định Quán ban hành Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện.

Theo kế hoạch, năm nay huyện tập trung tuyên truyền về dịch vụ công trực tuyến và kết quả thực hiện cơ chế một cửa. Phòng Nội vụ huyện được giao theo dõi, đôn đốc các xã, thị trấn thực hiện và báo cáo kết quả cuối năm.

Trước đó, huyện đã tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024.
`,
  other: `THÔNG BÁO
Tạm ngừng cấp nước sinh hoạt

Để sửa chữa đường ống chính, Chi nhánh cấp nước thị trấn Tân Phú tạm ngừng cấp nước từ 7 giờ đến 17 giờ ngày 20/3/2025 tại các khu phố 1, 2 và 3.
Đề nghị các hộ dân chủ động dự trữ nước. Mọi thắc mắc xin liên hệ số điện thoại của Chi nhánh.
`,
} as const;
