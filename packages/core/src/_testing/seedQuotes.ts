/**
 * The seed lines that core's own tests quote, copied byte for byte from
 * packages/sample-data/seeds/ and keyed "file:line" (1-based). Core does not
 * depend on @parcomms/sample-data; tests/golden checks that every line here
 * is the line of the seed it cites. Test support only: not shipped.
 */
export const SEED_QUOTES: Readonly<Record<string, string>> = {
  // 000_34833a3694ee8a96.txt
  "000_34833a3694ee8a96.txt:5": "**trên địa bàn xã Sơn Mầu**",
  "000_34833a3694ee8a96.txt:7":
    "Thực hiện Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện;",
  "000_34833a3694ee8a96.txt:9":
    "Ủy ban nhân dân xã Sơn Mầu ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) năm 2024 trên địa bàn xã như sau:",
  "000_34833a3694ee8a96.txt:15":
    "- Tuyên truyền các chủ trương, chính sách, văn bản chỉ đạo của Trung ương, tỉnh, huyện về công tác CCHC nhằm nâng cao nhận thức, ý thức, tinh thần trách nhiệm của các cấp, các ngành, đội ngũ cán bộ, công chức, viên chức trong quá trình thực thi công vụ. Đồng thời, nâng cao nhận thức, sự đồng thuận của người dân, tổ chức, xã hội về việc thực hiện các mục tiêu, nhiệm vụ cải cách hành chính của xã.",
  "000_34833a3694ee8a96.txt:23":
    "- Các hình thức tuyên truyền cần đa dạng, phong phú, thiết thực, chú trọng thực hiện công tác tuyên truyền CCHC trên đài truyền thanh xã, lồng ghép qua các cuộc họp thôn và tuyên truyền bằng các Pano, băng rôn; nội dung ngắn gọn, dễ hiểu, thực chất, gắn với lợi ích của người dân, doanh nghiệp trong công tác CCHC theo hướng dẫn của cấp có thẩm quyền.",
  "000_34833a3694ee8a96.txt:31":
    "2. Tuyên truyền về tầm quan trọng, ý nghĩa, mục tiêu và tác động của CCHC đến phát triển kinh tế - xã hội của đất nước và của tỉnh, huyện; bám sát nội dung Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh thực hiện chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030; Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của Chủ tịch UBND tỉnh về ban hành Kế hoạch tuyên truyền CCHC giai đoạn 2022 - 2025 trên địa bàn tỉnh Quảng Ngãi; Quyết định số 1879/QĐ-UBND ngày 15/12/2023 của Chủ tịch UBND tỉnh về ban hành Kế hoạch CCHC năm 2024 tỉnh Quảng Ngãi; Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy, Nghị quyết số 93/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh về đẩy mạnh CCHC; Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khoá XX về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030; Kế hoạch số 118-KH/HU ngày 30/10/2023 của Ban Thường vụ Huyện ủy về triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030; Quyết định số 2060/QĐ-UBND ngày 29/12/2023 của Chủ tịch UBND huyện về ban hành Kế hoạch cải cách hành chính năm 2024 huyện Sơn Tây; Kế hoạch số 130/KH-UBND ngày 31/8/2023 của UBND huyện về tuyên truyền cải cách hành chính giai đoạn 2022 - 2025 trên địa bàn huyện Sơn Tây và các văn bản, chỉ đạo điều hành công tác CCHC.",
  "000_34833a3694ee8a96.txt:33":
    "3. Tuyên truyền tình hình triển khai, kết quả, thành tựu trong thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được Chính phủ ban hành tại Nghị quyết số 76/NQ-CP ngày 15/7/2021; kết quả xếp hạng Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS), Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) hằng năm của tỉnh; kết quả xếp hạng chỉ số CCHC hằng năm của cơ quan, đơn vị, địa phương; kết quả khảo sát mức độ hài lòng về giải quyết thủ tục hành chính (TTHC) của người dân đối với cơ quan, đơn vị, địa phương; đồng thời tuyên truyền mục tiêu, giải pháp nâng cao hiệu quả công tác CCHC và nâng cao thứ hạng các Chỉ số PAR INDEX, SIPAS, PAPI, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI), Chỉ số chuyển đổi số (DTI)... theo các Quyết định của UBND tỉnh<sup>1</sup>.",
  "000_34833a3694ee8a96.txt:39":
    "<sup>1</sup> Quyết định số 649/QĐ-UBND ngày 26/7/2021 về ban hành Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) Quảng Ngãi, giai đoạn 2021-2025; Quyết định số 636/QĐ-UBND ngày 15/6/2022 về việc sửa đổi, bổ sung một số nội dung của Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) Quảng Ngãi, giai đoạn 2021-2025; Quyết định số 838/QĐ-UBND ngày 22/8/2023 về việc sửa đổi, bổ sung một số nội dung của Quyết định số 649/QĐ-UBND ngày 26/7/2021 và Quyết định số 636/QĐ-UBND ngày 15/6/2022 của UBND tỉnh Quảng Ngãi.",
  "000_34833a3694ee8a96.txt:41":
    "- Đổi mới thực hiện cơ chế một cửa, một cửa liên thông và trên môi trường điện tử; đẩy mạnh thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến, kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin, cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, Công Dịch vụ công quốc gia.",
  "000_34833a3694ee8a96.txt:51":
    "- Tiếp tục triển khai thực hiện đồng bộ, hiệu quả các nội dung theo lộ trình Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 của Chính phủ và các bộ, ngành Trung ương.",
  "000_34833a3694ee8a96.txt:53":
    "- Đẩy mạnh truyền thông trên các nền tảng số nhằm nâng cao nhận thức, kỹ năng số, tăng cường tương tác của người dân, doanh nghiệp trên môi trường số; truyền thông về ý nghĩa, lợi ích trong việc thực hiện 02 nhóm TTHC liên thông: Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ Bảo hiểm y tế cho trẻ em dưới 6 tuổi và Đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí trên địa bàn tỉnh, huyện.",
  "000_34833a3694ee8a96.txt:55":
    "- Đẩy mạnh thông tin tuyên truyền thanh toán điện tử không dùng tiền mặt, dịch vụ bưu chính, triển khai thực hiện chi trả trợ cấp không dùng tiền mặt cho đối tượng người có công trên địa bàn tỉnh, huyện; việc xây dựng, phát triển nền tảng ứng dụng trên thiết bị di động hỗ trợ người dân, doanh nghiệp sử dụng các dịch vụ, tiện ích trong chính quyền điện tử, chính quyền số.",
  "000_34833a3694ee8a96.txt:75":
    "**1. Cập nhật, công bố, công khai các TTHC tại Bộ phận tiếp nhận và trả kết quả BND xã và trên hệ thống Cổng Dịch vụ công/Trang tin điện tử UBND xã**",
  "000_34833a3694ee8a96.txt:79": "- Thời gian thực hiện: Thường xuyên trong năm.",
  "000_34833a3694ee8a96.txt:85": "- Thời gian thực hiện: Thường xuyên trong năm.",
  "000_34833a3694ee8a96.txt:91": "- Thời gian thực hiện: Quý I/2024.",
  "000_34833a3694ee8a96.txt:95": "- Bộ phận thực hiện: Văn hóa – Xã hội xã (khi có hướng dẫn của cấp trên).",
  "000_34833a3694ee8a96.txt:97": "- Thời gian thực hiện: Trong Quý II, III năm 2024.",
  "000_34833a3694ee8a96.txt:101": "- Bộ phận thực hiện: Văn hóa – Xã hội xã (khi có hướng dẫn của cấp trên).",
  "000_34833a3694ee8a96.txt:103": "- Thời gian thực hiện: Trong năm 2024.",
  "000_34833a3694ee8a96.txt:107": "- Bộ phận thực hiện: Văn phòng UBND xã (Khi có hướng dẫn của cấp trên).",
  "000_34833a3694ee8a96.txt:109": "- Thời gian thực hiện: Trong năm 2024.",
  "000_34833a3694ee8a96.txt:115": "- Thời gian thực hiện: Thường xuyên trong năm.",
  "000_34833a3694ee8a96.txt:121": "- Thời gian thực hiện: Thường xuyên trong năm.",
  "000_34833a3694ee8a96.txt:123": "#### **9. Tuyên truyền CCHC trên hệ thống thông tin cơ sở.**",
  "000_34833a3694ee8a96.txt:127": "- Thời gian thực hiện: Thường xuyên trong năm.",
  "000_34833a3694ee8a96.txt:135":
    "**1. Văn hóa – Xã hội:** Làm đầu mối, theo dõi, hướng dẫn, đôn đốc các ban ngành, triển khai thực hiện kế hoạch; định kỳ tổng hợp, báo cáo UBND xã (lồng ghép vào báo cáo công tác CCHC định kỳ). Tham mưu UBND xã thực hiện công tác tuyên truyền.",
  "000_34833a3694ee8a96.txt:143":
    "**3. Tư pháp – hộ tịch:** Tham mưu UBND xã tham gia hội nghị tập huấn, tuyên truyền pháp luật về CCHC trong năm theo kế hoạch được giao; đồng thời, lồng ghép tuyên truyền CCHC thông qua công tác phổ biến, giáo dục pháp luật trên địa bàn xã.",
  "000_34833a3694ee8a96.txt:149":
    "- Bộ phận chủ trì được phân công theo Kế hoạch có trách nhiệm lập kế hoạch cụ thể thực hiện các nhiệm vụ được phân công; thường xuyên kiểm tra, giám sát tiến độ và thực hiện tốt nhiệm vụ tuyên truyền CCHC.",
  "000_34833a3694ee8a96.txt:151":
    "- Định kỳ báo cáo kết quả thực hiện về UBND xã (*qua Văn hóa – Xã hội*) đúng thời gian quy định (*lồng ghép vào báo cáo công tác CCHC định kỳ theo quy định*).",
  // 001_ec564b67ad28c11a.txt
  "001_ec564b67ad28c11a.txt:5": "TP. Bắc Giang, ngày tháng 01 năm 2024",
  "001_ec564b67ad28c11a.txt:9": "Tuyên truyền cải cách hành chính nhà nước thành phố Bắc Giang năm 2024",
  "001_ec564b67ad28c11a.txt:11":
    "Căn cứ Kế hoạch số 213/KH-UBND ngày 29/12/2023 của Chủ tịch UBND tỉnh về cải cách hành chính nhà nước năm 2024; Kế hoạch số 14/KH-UBND ngày 21/01/2024 của Chủ tịch UBND tỉnh Bắc Giang về việc Tuyên truyền cải cách hành chính nhà nước tỉnh Bắc Giang năm 2024; Kế hoạch số 170/KH-UBND ngày 19/10/2021 của UBND thành phố về cải cách hành chính nhà nước giai đoạn 2021-2030; Chủ tịch UBND thành phố xây dựng Kế hoạch tuyên truyền cải cách hành chính nhà nước năm 2024, cụ thể như sau:",
  "001_ec564b67ad28c11a.txt:33":
    "triển khai Kế hoạch số 02/KH-UBND ngày 11/01/2024 của UBND tỉnh về thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ và các Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024. Hiện đại hóa nền hành chính nhà nước, xây dựng và phát triển Chính quyền điện tử.",
  "001_ec564b67ad28c11a.txt:49":
    "1.4.2. *Cải cách TTHC*: Tuyên truyền các hoạt động triển khai thực hiện mục tiêu, nhiệm vụ trong cải cách TTHC trên địa bàn thành phố, cụ thể: Tuyên truyền, công khai kịp thời các TTHC dưới nhiều hình thức khác nhau, tạo thuận lợi cho người dân, tổ chức tìm hiểu và thực hiện. Tập trung tuyên truyền, biểu dương các đơn vị có tỷ lệ giải quyết đúng và trước hạn đạt 100%; hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử đạt trên 90%; Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 70%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá đạt trên 60%; Đồng thời thông tin các trường hợp, để xảy ra tình trạng chậm, muộn trong giải quyết TTHC và phải thực hiện việc xin lỗi người dân, tổ chức theo quy định.",
  "001_ec564b67ad28c11a.txt:65":
    "Tuyên truyền nỗ lực của các cấp chính quyền trong triển khai các hoạt động nhằm đạt các mục tiêu, nhiệm vụ về xây dựng và phát triển chính quyền điện tử, chính quyền số đã đề ra trong Kế hoạch CCHC nhà nước thành phố Bắc Giang năm 2024. Tiếp tục tuyên truyền triển khai thực hiện 24 mô hình, nhiệm vụ liên quan đến 05 nhóm tiện ích của Đề án 06/CP “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 – 2025, tầm nhìn đến năm 2030” trên địa bàn thành phố",
  "001_ec564b67ad28c11a.txt:75":
    "- Tuyên truyền trên các phương tiện thông tin đại chúng về việc thực hiện công tác CCHC năm 2024 (phát thanh, truyền hình). Phổ biến, hướng dẫn cho công dân, tổ chức các thủ tục hành chính thuộc thẩm quyền tiếp nhận và giải quyết: niêm yết công khai tại trụ sở cơ quan, đơn vị thành phố và UBND phường, xã; đăng tải trên Trang thông tin điện tử của thành phố.",
  "001_ec564b67ad28c11a.txt:97": "IV. TỔ CHỨC THỰC HIỆN",
  "001_ec564b67ad28c11a.txt:99": "1. Phòng Văn hóa và Thông tin thành phố",
  "001_ec564b67ad28c11a.txt:101":
    "- Phối hợp với cơ quan, đơn vị thành phố thực hiện tuyên truyền CCHC bằng các hình thức như: Cổng thông tin điện tử thành phố, cổng chào và màn hình Led, thông qua nhóm Zalo, Facebook, mạng xã hội bản tin thành phố.",
  "001_ec564b67ad28c11a.txt:103":
    "- Đôn đốc, hướng dẫn các cơ quan đơn vị thành phố và UBND phường, xã đẩy mạnh tuyên truyền bằng pano, khẩu hiệu.",
  "001_ec564b67ad28c11a.txt:105":
    "- Tổng hợp công tác tuyên truyền về cải cách thủ tục hành chính, báo cáo Chủ tịch UBND thành phố, cấp trên theo quy định.",
  "001_ec564b67ad28c11a.txt:107":
    "- Lắp đặt pano tuyên truyền CCHC trên các giải phân cách đường Hùng Vương, đường Võ Nguyên Giáp, một số góc ngã ba, ngã tư khu vực trung tâm thành phố.",
  "001_ec564b67ad28c11a.txt:117":
    "4. Phòng Giáo dục và Đào tạo thành phố: Chỉ đạo các trường tổ chức cho học sinh bậc THCS định kỳ và thường xuyên đến tham quan và trải nghiệm làm thủ tục hành chính dịch vụ công mức độ 3 tại bộ phận một cửa của thành phố và phường, xã.",
  "001_ec564b67ad28c11a.txt:125":
    "6. Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH từ thành phố đến phường, xã: Đề nghị phối hợp chặt chẽ với các cơ quan của thành phố đẩy mạnh công tác tuyên truyền CCHC tới đoàn viên, hội viên và nhân dân biết, ứng dụng công nghệ thông tin trong thực hiện thủ tục hành chính. Đề nghị Thành",
  "001_ec564b67ad28c11a.txt:127":
    "đoàn nghiên cứu, tổ chức mô hình cán bộ đoàn trực tiếp hướng dẫn thủ tục hành chính tại bộ một của thành phố và các phường, xã.",
  "001_ec564b67ad28c11a.txt:149":
    "PHỤ LỤC**CÁC NỘI DUNG, NHIỆM VỤ CỤ THỂ VỀ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2024**",
  "001_ec564b67ad28c11a.txt:150": "",
  "001_ec564b67ad28c11a.txt:151": "(Kèm theo Kế hoạch số /KH-UBND ngày /01/2024 của Chủ tịch UBND thành phố)",
  "001_ec564b67ad28c11a.txt:152": "",
  "001_ec564b67ad28c11a.txt:153":
    "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tGhi chú",
  "001_ec564b67ad28c11a.txt:154":
    "1\tNội dung tuyên truyền: Tuyên truyền các quan điểm, chủ trương của Đảng, chính sách pháp luật của nhà nước về CCHC và các văn bản liên quan.\tCác cơ quan, đơn vị thành phố và UBND phường, xã\t\tThường xuyên\t",
  "001_ec564b67ad28c11a.txt:155":
    "2\tXây dựng Clip, tin bài, tuyên truyền về cải cách hành chính nhà nước đăng trên sóng phát thanh Truyền hình tỉnh, đài truyền thanh thành phố, Trang thông tin điện tử, cổng chào và màn hình Led, Zalo, Facebook... đài truyền thanh các phường, xã; các phóng sự về nội dung tuyên truyền CCHC trên địa bàn.\tTrung tâm Văn hóa, Thông tin và Thể thao thành phố\tcác cơ quan, đơn vị thành phố và UBND phường, xã\tThường xuyên\t",
  "001_ec564b67ad28c11a.txt:156":
    "3\tTuyên truyền nội dung chuyển đổi số trên hệ thống truyền thanh thành phố và các phường, xã\tTrung tâm VHTT&TT thành phố, UBND phường, xã\tPhòng VHTT\tMỗi tuần/1 lần\t",
  "001_ec564b67ad28c11a.txt:157":
    "4\tThực hiện tuyên truyền CCHC bằng các hình thức như: Cổng thông tin điện tử thành phố, cổng chào và màn hình Led, thông qua nhóm Zalo, Facebook, mạng xã hội bản tin thành phố.\tPhòng Văn hóa và Thông tin thành phố\tcác cơ quan, đơn vị thành phố và UBND phường, xã\tThường xuyên\t",
  "001_ec564b67ad28c11a.txt:158":
    "5\tHướng dẫn công dân, doanh nghiệp nộp hồ sơ và giải quyết các thủ tục hành chính nhà nước tại bộ phận một cửa, sử dụng hiệu quả phần mềm một cửa, giải quyết hồ sơ trực tuyến mức tại bộ phận một cửa, một cửa liên thông thành phố và UBND phường, xã.\tVăn phòng HĐND-UBND thành phố\tcác cơ quan, đơn vị liên quan và UBND phường, xã\tThường xuyên\t",
  "001_ec564b67ad28c11a.txt:159": "",
  "001_ec564b67ad28c11a.txt:160":
    "TT\tNội dung, nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tGhi chú",
  "001_ec564b67ad28c11a.txt:161":
    "6\tTuyên truyền CCHC nhà nước trên hệ thống đài truyền thanh cơ sở tới người dân, doanh nghiệp, trường học trên địa bàn và bộ phận một cửa của đơn vị, các hội nghị quán triệt của cấp ủy chính quyền trong việc thực hiện các thủ tục hành chính.\tUBND các phường, xã\tPhòng Văn hóa và Thông tin; Trung tâm Văn hóa TT&TT\tThường xuyên\t",
  "001_ec564b67ad28c11a.txt:162":
    '7\t<ul style="list-style-type: none"> - Cập nhật danh mục, quy trình giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên Hệ thống phần mềm một cửa điện tử. - Tuyên truyền thông qua các hội nghị, lớp tập huấn. \tCác cơ quan, đơn vị thành phố và UBND phường, xã\t\tThường xuyên <i>(thực hiện khi có sự thay đổi về TTHC)</i>\t',
  "001_ec564b67ad28c11a.txt:163":
    "8\tCác trường tổ chức cho học sinh bậc THCS định kỳ và thường xuyên đến tham quan và trải nghiệm làm thủ tục hành chính dịch vụ công tại bộ phận một cửa của thành phố và phường, xã.\tPhòng Giáo dục và Đào tạo thành phố\tCác trường THCS\tThường xuyên\t",
  "001_ec564b67ad28c11a.txt:164":
    "9\tTuyên truyền khẩu hiệu pano về CCHC, chuyển đổi số trên tuyến đường Võ Nguyên Giáp, đường Tây Yên Tử\tPhòng VH TT\t\tQuý I/2024\t",
  "001_ec564b67ad28c11a.txt:165":
    "10\tKhẩu hiệu tuyên truyền CCHC, chuyển đổi số trên hệ thống pano tấm lớn của ngõ thành phố\tTrung tâm VH TT&TT\tPhòng VH TT\tQuý I/2024\t",
  // 002_9c9d59d1a9d0f229.txt
  "002_9c9d59d1a9d0f229.txt:5": "**trên địa bàn tỉnh Tây Ninh**",
  "002_9c9d59d1a9d0f229.txt:7":
    "Căn cứ Quyết định số 2631/QĐ-UBND ngày 14/10/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh; Căn cứ Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;",
  "002_9c9d59d1a9d0f229.txt:25":
    "b) Nội dung thông tin, tuyên truyền bám sát Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 của Chính phủ, Kế hoạch CCHC giai đoạn 2021 -2030",
  "002_9c9d59d1a9d0f229.txt:27":
    "trên địa bàn tỉnh Tây Ninh, Kế hoạch CCHC của tỉnh năm 2024; lồng ghép với các nội dung tuyên truyền, phổ biến các chủ trương, chính sách của Đảng, pháp luật của Nhà nước.",
  "002_9c9d59d1a9d0f229.txt:35":
    "Cán bộ, công chức, viên chức làm việc trong hệ thống cơ quan hành chính nhà nước, các tổ chức chính trị - xã hội, các đơn vị sự nghiệp công lập, các tổ chức, doanh nghiệp và toàn thể Nhân dân.",
  "002_9c9d59d1a9d0f229.txt:43":
    "- Các văn bản của Trung ương: Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030.",
  "002_9c9d59d1a9d0f229.txt:45":
    "- Các văn bản của tỉnh: Quyết định số 2631/QĐ-UBND ngày 14/10/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh; Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024;...các văn bản của Tỉnh ủy, UBND tỉnh nhằm cải thiện, nâng cao các Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số CCHC (PAR Index), Chỉ số hiệu quả quản trị và hành chính công (PAPI), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan HCNN (SIPAS) tỉnh Tây Ninh năm 2024.",
  "002_9c9d59d1a9d0f229.txt:49":
    "b) Tuyên truyền quá trình triển khai thực hiện các nhiệm vụ, kết quả nổi bật trong công tác CCHC của tỉnh và của cơ quan, đơn vị, địa phương trên các lĩnh vực: Cải cách thể chế; Cải cách TTHC; Cải cách tổ chức bộ máy hành chính nhà nước, sắp xếp đơn vị hành chính; Cải cách chế độ công vụ, công chức; Cải cách tài chính công; Xây dựng và phát triển chính quyền điện tử và chính quyền số.",
  "002_9c9d59d1a9d0f229.txt:57":
    "e) Tuyên truyền, phổ biến sâu rộng về mục tiêu, ý nghĩa, tầm quan trọng của công tác CCHC trong nâng cao đời sống của nhân dân, góp phần cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh, thúc đẩy phát triển kinh tế - xã hội của tỉnh và đời sống của nhân dân.",
  "002_9c9d59d1a9d0f229.txt:59":
    "g) Tuyên truyền về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC trên địa bàn tỉnh; triển khai thực hiện Đề án số 06; phổ biến kiến thức, kỹ năng khai thác, sử dụng dịch vụ công trực tuyến cho công dân, tổ chức. Tuyên truyền các vấn đề cần biết khi thực hiện TTHC, đặc biệt chú trọng tuyên truyền các lĩnh vực: Đất đai, xây dựng, đầu tư, đăng ký kinh doanh, hộ tịch, chứng thực, lao động, thương binh và xã hội, xử phạt vi phạm hành chính,...",
  "002_9c9d59d1a9d0f229.txt:63":
    "a) Trên cơ sở các văn bản chỉ đạo CCHC của Trung ương và tỉnh, các cơ quan, đơn vị, địa phương tập hợp các nội dung chủ yếu, trọng tâm để thông tin, tuyên truyền bằng các hình thức phù hợp, như xây dựng thành các ấn phẩm dạng file hoặc đóng tập, sổ tay, tài liệu nghiên cứu, tờ rơi hoặc qua mạng xã hội: Zalo, Facebook,...để thông tin đến người dân, doanh nghiệp.",
  "002_9c9d59d1a9d0f229.txt:65":
    "b) Tuyên truyền trực tiếp thông qua các hội nghị, cuộc họp, giao ban...đến đội ngũ cán bộ, công chức, viên chức và người lao động trong cơ quan, đơn vị; thông qua sinh hoạt các tổ chức đảng, đoàn thể, tổ chức chính trị - xã hội, hội xã hội tự nguyện tới hội viên và quần chúng nhân dân; thông qua đội ngũ cộng tác viên, người thân trong gia đình.",
  "002_9c9d59d1a9d0f229.txt:67":
    "c) Thông tin, tuyên truyền thông qua các cơ quan Báo, Đài, địa phương phối hợp; sử dụng nhiều phương thức thông tin khác qua: Cổng Thông tin điện tử tỉnh, Trung tâm Văn hoá, Thể thao và Truyền thanh các huyện, thị xã, thành phố; Trang thông tin điện tử của các cơ quan, đơn vị, địa phương.",
  "002_9c9d59d1a9d0f229.txt:69":
    "d) Tuyên truyền lồng ghép thông qua các buổi Toạ đàm, Đôi thoại giữa chính quyền và người dân, doanh nghiệp; các phong trào của đoàn viên - thanh niên - công chức; các cuộc thi viết trên báo chí, các hội thi, hội diễn cho tuyên truyền viên, báo cáo viên cấp cơ sở về CCHC...",
  "002_9c9d59d1a9d0f229.txt:71":
    "e) Niêm yết công khai, minh bạch các TTHC theo đúng quy định tại Bộ phận Tiếp nhận và trả kết quả, tại nơi giải quyết TTHC bằng nhiều hình thức khác nhau như: niêm yết bằng văn bản giấy, trên Trang thông tin điện tử của cơ quan, đơn vị, địa phương,...",
  "002_9c9d59d1a9d0f229.txt:81": "Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024.",
  "002_9c9d59d1a9d0f229.txt:83": "### **V. TỔ CHỨC THỰC HIỆN**",
  "002_9c9d59d1a9d0f229.txt:85": "#### **1. Các Sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố**",
  "002_9c9d59d1a9d0f229.txt:87":
    "a) Căn cứ Kế hoạch này, xây dựng và tổ chức thực hiện kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa phương (có thể lồng ghép tại Kế hoạch CCHC năm 2024 của cơ quan, đơn vị, địa phương) đảm bảo cụ thể nội dung, nhiệm vụ, sản phẩm, thời gian thực hiện (có thể chia từng quý, từng tháng), trách nhiệm chủ trì, phối hợp; lựa chọn các nội dung và hình thức tuyên truyền phù hợp với cơ quan, đơn vị, địa phương. Thời gian hoàn thành xây dựng kế hoạch: Chậm nhất ngày **20/04/2024**",
  "002_9c9d59d1a9d0f229.txt:89":
    "b) Thông tin, tuyên truyền đầy đủ, kịp thời về tình hình, kết quả thực hiện CCHC trên Cổng/Trang thông tin điện tử của cơ quan, đơn vị, địa phương; đảm bảo đăng tải tối thiểu 12 tin/bài trong năm qua các phương tiện thông tin đại chúng (báo, đài, youtube, facebook, zalo,...), có video hướng dẫn cá nhân, tổ chức cách thức thực hiện TTHC, nộp hồ sơ trực tuyến và thanh toán trực tuyến đối với các TTHC của ngành, địa phương có tần suất xuất hiện nhiều hồ sơ trong năm.",
  "002_9c9d59d1a9d0f229.txt:91":
    "c) Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài về thực hiện CCHC gửi đăng trên Cổng thông tin điện tử tỉnh.",
  "002_9c9d59d1a9d0f229.txt:93":
    "d) Lồng ghép báo cáo kết quả thực hiện thông tin, tuyên truyền CCHC vào báo cáo CCHC định kỳ của cơ quan, đơn vị.",
  "002_9c9d59d1a9d0f229.txt:95":
    "e) UBND các huyện, thị xã, thành phố xây dựng các sản phẩm tuyên truyền, giới thiệu thông tin về các TTHC đang thực hiện tại bộ phận một cửa cấp huyện, cấp xã.",
  "002_9c9d59d1a9d0f229.txt:109":
    "- d) Tuyên truyền thông qua các buổi tập huấn các nội dung về cải cách TTHC (công tác rà soát và kiểm soát TTHC; thống kê, rà soát TTHC nội bộ; cách thực hiện đánh giá theo Quyết định số 766/QĐ-TTg; cách sử dụng dịch vụ công trực tuyến toàn trình và một phần).",
  "002_9c9d59d1a9d0f229.txt:113":
    "- a) Chủ trì, phối hợp với các Sở, ban, ngành, UBND các huyện, thị xã, thành phố tổ chức các hoạt động, sự kiện tuyên truyền về chuyển đổi số, xây dựng chính quyền điện tử nhân ngày Chuyển đổi số quốc gia 10-10;",
  "002_9c9d59d1a9d0f229.txt:119":
    "Thường xuyên lồng ghép nội dung tuyên truyền về CCHC vào nội dung phổ biến, giáo dục pháp luật trên địa bàn tỉnh.",
  "002_9c9d59d1a9d0f229.txt:123":
    "Hàng quý, có ít nhất 01 tin/bài về hoạt động hỗ trợ, chính sách thu hút đầu tư, giải quyết các khó khăn, vướng mắc của nhà đầu tư, doanh nghiệp trên địa bàn tỉnh được đăng trên Cổng thông tin điện tử của tỉnh.",
  "002_9c9d59d1a9d0f229.txt:127":
    "Hàng quý, có ít nhất 01 tin/bài về nội dung, giải pháp cải cách TTHC lĩnh vực đất đai, công khai quy định về giá đất, quy định về chính sách bồi thường, tái định cư, quy trình, thủ tục hành chính lĩnh vực đất đai,...được đăng trên Cổng thông tin điện tử của tỉnh.",
  "002_9c9d59d1a9d0f229.txt:129": "## 8. Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh",
  "002_9c9d59d1a9d0f229.txt:131":
    "a) Mở chuyên mục phát sóng định kỳ về CCHC trên hệ phát thanh, truyền hình, đảm bảo 01 lần/1 tháng vào khung giờ có nhiều người theo dõi.",
  "002_9c9d59d1a9d0f229.txt:133":
    "b) Phối hợp với các cơ quan, đơn vị đẩy mạnh công tác tuyên truyền về CCHC, như: Đưa tin, bài, phóng sự về công tác CCHC của cơ quan, đơn vị.",
  "002_9c9d59d1a9d0f229.txt:135":
    "c) Cử phóng viên dự và đưa tin các Đoàn kiểm tra CCHC của tỉnh để thông tin, tuyên truyền kịp thời kết quả triển khai thực hiện CCHC của các cơ quan, đơn vị, địa phương hoặc các nội dung triển khai chưa hiệu quả, cần khắc phục ngay trong thời gian tới.",
  "002_9c9d59d1a9d0f229.txt:137":
    "## 9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
  "002_9c9d59d1a9d0f229.txt:139":
    "Phối hợp tuyên truyền, vận động đoàn viên, hội viên, Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước và công tác cải cách hành chính của tỉnh; tham gia giám sát việc thực hiện chính sách, pháp luật về cải cách hành chính",
  "002_9c9d59d1a9d0f229.txt:140": "",
  "002_9c9d59d1a9d0f229.txt:141":
    "Trên đây là Kế hoạch thông tin, tuyên truyền về CCHC năm 2024 trên địa bàn tỉnh Tây Ninh. Yêu cầu Thủ trưởng các Sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp) để xem xét, giải quyết./.",
  "002_9c9d59d1a9d0f229.txt:142": "",
  "002_9c9d59d1a9d0f229.txt:143": "*Noi nhậm*",
  "002_9c9d59d1a9d0f229.txt:144": "",
  "002_9c9d59d1a9d0f229.txt:145": "- Văn phòng Chính phủ;",
  "002_9c9d59d1a9d0f229.txt:146": "- Bộ Nội vụ;",
  "002_9c9d59d1a9d0f229.txt:147": "- UBMTTQVN tỉnh Tây Ninh;",
  "002_9c9d59d1a9d0f229.txt:148": "- Lãnh đạo UBND tỉnh;",
  "002_9c9d59d1a9d0f229.txt:149": "- Sở, ban, ngành tỉnh;",
  "002_9c9d59d1a9d0f229.txt:150": "- UBND các huyện, TX, TP;",
  "002_9c9d59d1a9d0f229.txt:151": "- Đài Phát thanh và Truyền hình Tây Ninh;",
  "002_9c9d59d1a9d0f229.txt:152": "- Bưu điện tỉnh Tây Ninh;",
  "002_9c9d59d1a9d0f229.txt:153": "- Báo Tây Ninh;",
  "002_9c9d59d1a9d0f229.txt:154": "- Lưu: VT. VP. UBND tỉnh.",
  "002_9c9d59d1a9d0f229.txt:155": "",
  "002_9c9d59d1a9d0f229.txt:156": "*CHỦ TỊCH*",
  "002_9c9d59d1a9d0f229.txt:157": "",
  "002_9c9d59d1a9d0f229.txt:158": "*PHÓ CHỦ TỊCH*",
  "002_9c9d59d1a9d0f229.txt:159": "",
  "002_9c9d59d1a9d0f229.txt:160": "",
  "002_9c9d59d1a9d0f229.txt:161": "",
  // 003_c2f82bd70c212939.txt
  "003_c2f82bd70c212939.txt:4": "Thực hiện Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện ",
  "003_c2f82bd70c212939.txt:5":
    "Gia Lộc về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm ",
  "003_c2f82bd70c212939.txt:6":
    "2024, Ủy ban nhân dân xã Gia Tân xây dựng Kế hoạch tuyên truyền cải cách hành ",
  "003_c2f82bd70c212939.txt:7": "chính nhà nước xã Gia Tân năm 2024, cụ thể như sau:",
  "003_c2f82bd70c212939.txt:35":
    "tiêu, nhiệm vụ của Chương trình tổng thể cải cách hành chính nhà nước, Kế hoạch ",
  "003_c2f82bd70c212939.txt:58": "Cán bộ, công chức, viên chức, người lao động làm việc trong cơ quan hành ",
  "003_c2f82bd70c212939.txt:59":
    "chính nhà nước, các tổ chức chính trị - xã hội, đơn vị sự nghiệp công lập, doanh ",
  "003_c2f82bd70c212939.txt:60": "nghiệp và nhân dân trên địa bàn huyện.",
  "003_c2f82bd70c212939.txt:66":
    "Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030 của Chính phủ; ",
  "003_c2f82bd70c212939.txt:67": "Kế hoạch số 4347/KH-UBND ngày 25 tháng 11 năm 2021 của UBND tỉnh về thực ",
  "003_c2f82bd70c212939.txt:68":
    "hiện cải cách hành chính nhà nước Hải Dương giai đoạn 2021-2025; Kế hoạch số ",
  "003_c2f82bd70c212939.txt:69": "4999/KH-UBND ngày 28 tháng 12 năm 2023 của UBND tỉnh về thực hiện cải ",
  "003_c2f82bd70c212939.txt:70": "cách hành chính nhà nước Hải Dương năm 2024; Kế hoạch thực hiện cải cách ",
  "003_c2f82bd70c212939.txt:115":
    "a. Lồng ghép nội dung cải cách hành chính trong các hội nghị tuyên truyền, ",
  "003_c2f82bd70c212939.txt:116":
    "phổ biến giáo dục pháp luật, các lớp đào tạo, tập huấn, bồi dưỡng về quản lý nhà ",
  "003_c2f82bd70c212939.txt:117":
    "nước, lý luận chính trị,...Tuyên truyền thông qua các hội nghị, hội thảo, các cuộc ",
  "003_c2f82bd70c212939.txt:118":
    "họp định kỳ của các cơ quan, đơn vị, địa phương; tuyên truyền qua hệ thống Đài ",
  "003_c2f82bd70c212939.txt:119":
    "truyền thanh cơ sở, qua cuộc họp ở thôn, khu dân cư...Đăng tải tin bài về các chủ ",
  "003_c2f82bd70c212939.txt:120":
    "trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, việc tổ chức thực ",
  "003_c2f82bd70c212939.txt:121":
    "hiện công tác cải cách hành chính trên Cổng thông tin điện tử huyện,Trang thông ",
  "003_c2f82bd70c212939.txt:122": "tin điện tử của xã. ",
  "003_c2f82bd70c212939.txt:189":
    " - Có trách nhiệm theo dõi, hướng dẫn, đôn đốc, kiểm tra các cán bộ, công ",
  "003_c2f82bd70c212939.txt:190":
    "chức triển khai thực hiện kế hoạch này; định kỳ tổng hợp, báo cáo UBND huyện.",
  "003_c2f82bd70c212939.txt:225": "5. Công chức Tư pháp - Hộ tịch:",
  "003_c2f82bd70c212939.txt:226": "Lồng ghép tuyên truyền công tác cải cách hành chính với công tác tuyên ",
  "003_c2f82bd70c212939.txt:232":
    "dung về áp dụng Hệ thống Quản lý chất lượng theo tiêu chuẩn Quốc gia TCVN ",
  "003_c2f82bd70c212939.txt:233":
    "ISO 9001 vào hoạt động của các cơ quan hành chính nhà nước trên địa bàn xã.",
  "003_c2f82bd70c212939.txt:249":
    "- Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện ",
  "003_c2f82bd70c212939.txt:250":
    "công tác thông tin, tuyên truyền cải cách hành chính của đơn vị, ngành mình (lồng ",
  "003_c2f82bd70c212939.txt:251":
    "ghép nội dung vào báo cáo cải cách hành chính định kỳ hoặc theo yêu cầu chuyên ",
  "003_c2f82bd70c212939.txt:252":
    "đề) gửi công chức Đảng ủy - Nội vụ tổng hợp, báo cáo UBND huyện và sở Nội vụ ",
  "003_c2f82bd70c212939.txt:253": "theo quy định.",
  "003_c2f82bd70c212939.txt:267":
    "Trên đây là Kế hoạch tuyên truyền cải cách hành chính xã Gia Tân năm 202. ",
  "003_c2f82bd70c212939.txt:288": "PHỤ LỤC CÁC NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024",
  "003_c2f82bd70c212939.txt:289":
    "(Kèm theo Kế hoạch số 13 /KH-UBND, ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân xã Gia Tân)",
  "003_c2f82bd70c212939.txt:290": "",
  "003_c2f82bd70c212939.txt:291":
    "STT Nhiệm vụ cụ thể Sản phẩm/kêt quả Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện",
  "003_c2f82bd70c212939.txt:292": "",
  "003_c2f82bd70c212939.txt:293": "1",
  "003_c2f82bd70c212939.txt:294": "",
  "003_c2f82bd70c212939.txt:295": "Tăng cường tuyên truyền, cập ",
  "003_c2f82bd70c212939.txt:296": "nhật các tin, bài về tình hình cải ",
  "003_c2f82bd70c212939.txt:297": "cách hành chính trong từng cơ ",
  "003_c2f82bd70c212939.txt:298": "quan, đơn vị, địa phương",
  "003_c2f82bd70c212939.txt:299": "",
  "003_c2f82bd70c212939.txt:300": "Các hình thức thích hợp",
  "003_c2f82bd70c212939.txt:301": "Cơ quan hành chính,",
  "003_c2f82bd70c212939.txt:302": "",
  "003_c2f82bd70c212939.txt:303": " đơn vị sự nghiệp trên địa bàn xã, ",
  "003_c2f82bd70c212939.txt:304": "Công chức VHTT – TDTT xã",
  "003_c2f82bd70c212939.txt:305": "",
  "003_c2f82bd70c212939.txt:306": "Công chức Văn phòng   - ",
  "003_c2f82bd70c212939.txt:307": "Thống kê, Công chức Văn ",
  "003_c2f82bd70c212939.txt:308": "phòng Đảng ủy – Nội vụ",
  "003_c2f82bd70c212939.txt:309": "",
  "003_c2f82bd70c212939.txt:310": "Thường xuyên ",
  "003_c2f82bd70c212939.txt:311": "trong năm",
  "003_c2f82bd70c212939.txt:312": "",
  "003_c2f82bd70c212939.txt:313": "2",
  "003_c2f82bd70c212939.txt:314": "",
  "003_c2f82bd70c212939.txt:315": "Tuyên truyền tình hình giải quyết ",
  "003_c2f82bd70c212939.txt:316": "thủ tục hành chính tại Bộ phận ",
  "003_c2f82bd70c212939.txt:317": "tiếp nhận hồ sơ và trả kết quả ",
  "003_c2f82bd70c212939.txt:318": "theo cơ chế một cửa cấp huyện, ",
  "003_c2f82bd70c212939.txt:319": "cấp xã.",
  "003_c2f82bd70c212939.txt:320": "",
  "003_c2f82bd70c212939.txt:321": "Niêm yết công khai TTHC và ",
  "003_c2f82bd70c212939.txt:322": "quy trình nội bộ",
  "003_c2f82bd70c212939.txt:323": "",
  "003_c2f82bd70c212939.txt:324": "Bộ phận tiếp nhận hồ sơ và trả ",
  "003_c2f82bd70c212939.txt:325": "kết quả theo cơ chế một cửa cấp ",
  "003_c2f82bd70c212939.txt:326": "",
  "003_c2f82bd70c212939.txt:327": "xã..",
  "003_c2f82bd70c212939.txt:328": "",
  "003_c2f82bd70c212939.txt:329": "Đài truyền thanh xã, các ban ",
  "003_c2f82bd70c212939.txt:330": "ngành đoàn thể, tổ chức ",
  "003_c2f82bd70c212939.txt:331": "",
  "003_c2f82bd70c212939.txt:332": "chính trị xã hội xã",
  "003_c2f82bd70c212939.txt:333": "",
  "003_c2f82bd70c212939.txt:334": "Thường xuyên trong ",
  "003_c2f82bd70c212939.txt:335": "năm",
  "003_c2f82bd70c212939.txt:336": "",
  "003_c2f82bd70c212939.txt:337": "3",
  "003_c2f82bd70c212939.txt:338": "",
  "003_c2f82bd70c212939.txt:339": "Tuyên truyền kết quả Chỉ số ",
  "003_c2f82bd70c212939.txt:340": "CCHC, Chỉ số hài lòng về sự ",
  "003_c2f82bd70c212939.txt:341": "phục vụ hành chính của các cơ ",
  "003_c2f82bd70c212939.txt:342": "quan, đơn vị, UBND xã trên ",
  "003_c2f82bd70c212939.txt:343": "Cổng thông tin điện tử xã.",
  "003_c2f82bd70c212939.txt:344": "",
  "003_c2f82bd70c212939.txt:345": "Đăng tải lên Cổng thông tin ",
  "003_c2f82bd70c212939.txt:346": "điện tử xã Văn phòng HĐND& UBND xã Ban biên tập trang thông tin ",
  "003_c2f82bd70c212939.txt:347": "",
  "003_c2f82bd70c212939.txt:348": "điện tử xã Quý I/2024",
  "003_c2f82bd70c212939.txt:349": "",
  "003_c2f82bd70c212939.txt:350": "4 Tổ chức các cuộc họp, hội nghị ",
  "003_c2f82bd70c212939.txt:351": "nâng cao chất lượng cải cách ",
  "003_c2f82bd70c212939.txt:352": "hành chính",
  "003_c2f82bd70c212939.txt:353": "",
  "003_c2f82bd70c212939.txt:354": "Hội nghị Công chức Văn phòng Đảng ủy – ",
  "003_c2f82bd70c212939.txt:355": "Nội vụ",
  "003_c2f82bd70c212939.txt:356": "",
  "003_c2f82bd70c212939.txt:357": "Đài Truyền thanh xã; công ",
  "003_c2f82bd70c212939.txt:358": "chức UBND xã Trong năm 2024",
  "003_c2f82bd70c212939.txt:359": "",
  "003_c2f82bd70c212939.txt:360": "5",
  "003_c2f82bd70c212939.txt:361": "Duy trì và nâng cao chất lượng ",
  "003_c2f82bd70c212939.txt:362": "chuyên mục Cải cách hành chính ",
  "003_c2f82bd70c212939.txt:363": "trên sóng Đài truyền thanh xã",
  "003_c2f82bd70c212939.txt:364": "",
  "003_c2f82bd70c212939.txt:365": "Các chuyên mục Đài Truyền thanh xã",
  "003_c2f82bd70c212939.txt:366": "",
  "003_c2f82bd70c212939.txt:367": "Công chức Văn phòng Đảng ",
  "003_c2f82bd70c212939.txt:368": "ủy - Nội vụ; Công chức Văn ",
  "003_c2f82bd70c212939.txt:369": "",
  "003_c2f82bd70c212939.txt:370": "phòng - Thống kê,  Công ",
  "003_c2f82bd70c212939.txt:371": "chức VHTT - TDTT, các ",
  "003_c2f82bd70c212939.txt:372": "ban, ngành đoàn thể xã",
  "003_c2f82bd70c212939.txt:373": "",
  "003_c2f82bd70c212939.txt:374": "Mỗi tháng 01 kỳ",
  "003_c2f82bd70c212939.txt:375": "",
  "003_c2f82bd70c212939.txt:376": "6",
  "003_c2f82bd70c212939.txt:377": "",
  "003_c2f82bd70c212939.txt:378": "Tổ chức các Hội nghị, chương ",
  "003_c2f82bd70c212939.txt:379": "trình đối thoại trực tiếp giữa lãnh  ",
  "003_c2f82bd70c212939.txt:380": "đạo xã với người dân, doanh ",
  "003_c2f82bd70c212939.txt:381": "nghiệp",
  "003_c2f82bd70c212939.txt:382": "",
  "003_c2f82bd70c212939.txt:383": "Hội nghị",
  "003_c2f82bd70c212939.txt:384": "Công chức Văn phòng HĐND - ",
  "003_c2f82bd70c212939.txt:385": "",
  "003_c2f82bd70c212939.txt:386": "UBND, Công chức Kế toán - ",
  "003_c2f82bd70c212939.txt:387": "Ngân sách xã ",
  "003_c2f82bd70c212939.txt:388": "",
  "003_c2f82bd70c212939.txt:389": "Các công chức chuyên môn, ",
  "003_c2f82bd70c212939.txt:390": "các ban, ngành đoàn thể ",
  "003_c2f82bd70c212939.txt:391": "",
  "003_c2f82bd70c212939.txt:392": "UBND xã",
  "003_c2f82bd70c212939.txt:393": "Trong năm 2024",
  "003_c2f82bd70c212939.txt:394": "",
  "003_c2f82bd70c212939.txt:395": "7",
  "003_c2f82bd70c212939.txt:396": "Khảo sát sự hài lòng của tổ chức, ",
  "003_c2f82bd70c212939.txt:397": "công dân đối với giải quyết thủ ",
  "003_c2f82bd70c212939.txt:398": "tục hành chính trên các lĩnh vực ",
  "003_c2f82bd70c212939.txt:399": "",
  "003_c2f82bd70c212939.txt:400": "Kế hoạch điều tra XHH khảo ",
  "003_c2f82bd70c212939.txt:401": "sát đo lường sự hài long của ",
  "003_c2f82bd70c212939.txt:402": "người dân, tổ chức đối với sự ",
  "003_c2f82bd70c212939.txt:403": "",
  "003_c2f82bd70c212939.txt:404": "Công chức Văn phòng HĐND - ",
  "003_c2f82bd70c212939.txt:405": "UBND xã, Công chức Văn ",
  "003_c2f82bd70c212939.txt:406": "phòng Đảng ủy - Nội vụ xã",
  "003_c2f82bd70c212939.txt:407": "",
  "003_c2f82bd70c212939.txt:408": " Các cơ quan, đơn vị trên địa ",
  "003_c2f82bd70c212939.txt:409": "bàn xã Quý IV/2024",
  "003_c2f82bd70c212939.txt:410": "",
  "003_c2f82bd70c212939.txt:411": "",
  "003_c2f82bd70c212939.txt:412": "",
  "003_c2f82bd70c212939.txt:413": "8",
  "003_c2f82bd70c212939.txt:414": "",
  "003_c2f82bd70c212939.txt:415": "theo quy định phục vụ của UBND xã. Điểm ",
  "003_c2f82bd70c212939.txt:416": "điều tra XHH cấp xã",
  "003_c2f82bd70c212939.txt:417": "",
  "003_c2f82bd70c212939.txt:418": "8",
  "003_c2f82bd70c212939.txt:419": "Tổ chức các lớp bồi dưỡng ",
  "003_c2f82bd70c212939.txt:420": "nghiệp vụ công tác CCHC cho ",
  "003_c2f82bd70c212939.txt:421": "cán bộ, công chức, viên chức",
  "003_c2f82bd70c212939.txt:422": "",
  "003_c2f82bd70c212939.txt:423": "Các lớp tập huấn Công chức Văn phòng Đảng ủy - ",
  "003_c2f82bd70c212939.txt:424": "Nội vụ",
  "003_c2f82bd70c212939.txt:425": "",
  "003_c2f82bd70c212939.txt:426": "Các cơ quan, đơn vị, công ",
  "003_c2f82bd70c212939.txt:427": "chức, trưởng các ban ngành ",
  "003_c2f82bd70c212939.txt:428": "",
  "003_c2f82bd70c212939.txt:429": "đoàn thể UBND xã",
  "003_c2f82bd70c212939.txt:430": "Quý IV/2023 ",
  // 004_f3b844502d811123.txt
  "004_f3b844502d811123.txt:5": "Trúc Lâm, ngày tháng 8 năm 2025",
  "004_f3b844502d811123.txt:10":
    "Căn cứ Quyết định số 3740/QĐ - UBND ngày 24/9/2021 của UBND tỉnh Thanh Hóa ban hành Kế hoạch thực hiện CCHC trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025; Quyết định số 2649/QĐ - UBND ngày 02/8/2025 của UBND tỉnh Thanh Hóa về ban hành kế hoạch cải cách hành chính trên địa bàn tỉnh Thanh Hóa năm 2025. UBND phường Trúc Lâm xây dựng kế hoạch tuyên truyền cải cách hành chính năm 2025 trên địa bàn phường gồm những nội dung sau:",
  "004_f3b844502d811123.txt:16":
    "- Nhằm nâng cao nhận thức, tinh thần trách nhiệm tổ chức thực hiện cải cách hành chính (CCHC) của cán bộ, công chức, người hoạt động không chuyên trách, đặc biệt là cán bộ lãnh đạo toàn phường trong quá trình thực thi công vụ, nhiệm vụ. Thực hiện tốt kế hoạch cải cách hành chính giai đoạn 2021-2025 và kế hoạch tuyên truyền CCHC năm 2025 đã đề ra.",
  "004_f3b844502d811123.txt:34":
    "- Tuyên truyền CCHC phải gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 của Chính phủ, kế hoạch CCHC của phường giai đoạn 2025-2030 và kế hoạch CCHC năm 2025.",
  "004_f3b844502d811123.txt:68":
    "Xây dựng chuyên mục thủ tục hành chính trên Trang thông tin điện tử của phường để niêm yết quy trình thủ tục hành chính trên các lĩnh vực, để phổ biến nội dung của Kế hoạch cải cách hành chính năm 2025, công tác chỉ đạo điều hành cải cách hành chính, các nội dung khác liên quan.",
  "004_f3b844502d811123.txt:84":
    "Tuyên truyền việc đổi mới lề lối và phương thức làm việc, ứng dụng công nghệ thông tin trong hoạt động cơ quan hành chính nhà nước, đẩy mạnh hiện đại hóa nền hành chính.",
  "004_f3b844502d811123.txt:92":
    "Tuyên truyền về công tác Dân vận chính quyền của cơ quan và việc thực hiện quy chế dân chủ cơ sở, Quy chế dân chủ trong cơ quan hành chính nhà nước.",
  "004_f3b844502d811123.txt:96":
    "- Thông qua các phương tiện thông tin: Đài Truyền thanh phường, tổ thông tin các tổ dân phố; tuyên truyền trên Trang thông tin điện tử phường; in băng rôn, khẩu hiệu, Panô áp phích tại địa bàn phường.",
  "004_f3b844502d811123.txt:97": "",
  "004_f3b844502d811123.txt:98":
    "- Cung cấp các loại tài liệu liên quan đến cải cách hành chính phù hợp với từng đối tượng.",
  "004_f3b844502d811123.txt:99": "",
  "004_f3b844502d811123.txt:100":
    "- Lòng ghép nội dung cải cách hành chính trong các cuộc họp, hội nghị tuyên truyền, phổ biến, giáo dục pháp luật đến với người dân.",
  "004_f3b844502d811123.txt:101": "",
  "004_f3b844502d811123.txt:102":
    "- Thông qua các buổi hội họp, gặp mặt, tiếp xúc cử tri, các phiên làm việc giữa chính quyền với nhân dân",
  "004_f3b844502d811123.txt:103": "",
  "004_f3b844502d811123.txt:104":
    "- Khuyến khích tuyên truyền qua mạng xã hội: Zalo, Facebook để thông tin đến kịp thời tới người dân, doanh nghiệp; tăng cường tiếp xúc với người dân, tổ chức thông qua các buổi đối thoại giữa chính quyền - người dân.",
  "004_f3b844502d811123.txt:110": "IV. TỔ CHỨC THỰC HIỆN",
  "004_f3b844502d811123.txt:112": "1. Phòng Văn hóa - Xã hội",
  "004_f3b844502d811123.txt:114":
    "- Là cơ quan thường trực tổ chức tuyên truyền sâu rộng công tác CCHC tới các tầng lớp nhân dân.",
  "004_f3b844502d811123.txt:116":
    "- Tham mưu giải pháp nâng cao chất lượng thông tin, tuyên truyền về CCHC, chỉ đạo Trung tâm cung ứng dịch vụ công biên soạn tin bài về công tác",
  "004_f3b844502d811123.txt:118":
    "CCHC phát thanh trên hệ thống truyền thanh của phường và đăng tải lên Trang thông tin điện tử phường.",
  "004_f3b844502d811123.txt:120":
    "- Phối hợp với các phòng, ban chuyên môn tổ chức các hoạt động, sự kiện tuyên truyền về chuyển đổi số, xây dựng chính quyền điện tử nhân ngày Chuyển đổi số quốc gia 10-10.",
  "004_f3b844502d811123.txt:122":
    "- Thực hiện các hoạt động văn hoá, văn nghệ lồng ghép tuyên truyền công tác CCHC trên địa bàn phường phục vụ công tác tuyên truyền.",
  "004_f3b844502d811123.txt:124":
    "- Lồng ghép kiểm tra việc thực hiện thông tin, tuyên truyền CCHC trong Kế hoạch kiểm tra CCHC năm 2025.",
  "004_f3b844502d811123.txt:126":
    "- Theo dõi, kiểm tra, đôn đốc các phòng, ban chuyên môn, đơn vị trong xây dựng và tổ chức thực hiện Kế hoạch này. Định kỳ tổng hợp kết quả thực hiện công tác thông tin, tuyên truyền CCHC của đơn vị.",
  "004_f3b844502d811123.txt:128":
    "- Tham gia các lớp tập huấn về CCHC để nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức trong công tác CCHC.",
  "004_f3b844502d811123.txt:148":
    "- Chủ trì, phối hợp với các phòng, ban chuyên môn tổ chức các hoạt động, sự kiện tuyên truyền về chuyển đổi số, xây dựng chính quyền điện tử nhân ngày Chuyển đổi số quốc gia 10-10.",
  "004_f3b844502d811123.txt:150": "5. Ủy ban Mặt trận Tổ quốc phường",
  "004_f3b844502d811123.txt:152":
    "Đề nghị MTTQ Việt Nam phường phối hợp, triển khai thực hiện Kế hoạch, giám sát thực hiện CCHC trên địa bàn phường và tuyên truyền, vận động nhân dân nâng cao đồng thuận xã hội trong thực hiện CCHC và các chủ trương,",
  "004_f3b844502d811123.txt:154": "chính sách, pháp luật của Đảng, Nhà nước.",
  "004_f3b844502d811123.txt:156":
    "Trên đây là Kế hoạch tuyên truyền Cải cách hành chính nhà nước năm 2025 trên địa bàn phường Trúc Lâm. Yêu cầu các cơ quan, đơn vị trên địa bàn phường nghiêm túc triển khai thực hiện./.",
  "002_9c9d59d1a9d0f229.txt:97": "#### **2. Sở Nội vụ**",
  "002_9c9d59d1a9d0f229.txt:99":
    "- a) Theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương trong xây dựng và tổ chức thực hiện Kế hoạch này.",
  "002_9c9d59d1a9d0f229.txt:100":
    "- b) Chủ trì, phối hợp với các cơ quan, đơn vị phụ trách CCHC tổng hợp, cung cấp thông tin về hoạt động chỉ đạo, điều hành về CCHC của tỉnh.",
  "002_9c9d59d1a9d0f229.txt:101":
    "- c) Phối hợp với Văn phòng UBND tỉnh đưa các nội dung về CCHC vào các hoạt động Tọa đàm, Đổi thoại giữa chính quyền với người dân, doanh nghiệp.",
  "001_ec564b67ad28c11a.txt:109": "2. Phòng Nội vụ thành phố",
  "001_ec564b67ad28c11a.txt:111":
    "- Phối hợp với phòng Văn hóa và Thông tin theo dõi, đôn đốc, kiểm tra kết quả thực hiện công tác tuyên truyền cải cách hành chính nhà nước của các cơ quan, đơn vị trên địa bàn thành phố. Tổ chức hướng dẫn các cơ quan, đơn vị thành phố và UBND phường, xã thực hiện đầy đủ các nội dung cải cách hành chính, gắn công tác cải cách hành chính với công tác thi đua, khen thưởng.",
  "001_ec564b67ad28c11a.txt:113":
    "- Phối hợp với các cơ quan, đơn vị liên quan cung cấp thông tin về công tác CCHC để tuyên truyền, phản ánh kịp thời, hiệu quả công tác CCHC trên địa bàn.",
};
