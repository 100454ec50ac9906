import type { Codelist } from "../model/CodelistEntry";

/**
 * Content themes (nội dung tuyên truyền), two levels.
 *
 * The top level is fixed: the six reform areas of Nghị quyết 76/NQ-CP
 * (`institutions` … `digital-government`), `steering` (chỉ đạo, điều hành),
 * and the cross-cutting themes the plans repeat. Second-level codes are
 * `parent.child`. Names of the reform areas from before 2021 (Nghị quyết
 * 30c/NQ-CP) are listed as `formerNames` of the current codes.
 *
 * @example
 * themes.entries.find((t) => t.code === "indices.sipas")?.label.en // "SIPAS satisfaction index"
 */
export const themes: Codelist = {
  id: "themes",
  version: "2025.2",
  entries: [
    // The six reform areas of Nghị quyết 76/NQ-CP.
    {
      code: "institutions",
      label: { vi: "Cải cách thể chế", en: "Institutional reform" },
      phrasings: [
        "cải cách thể chế",
        "văn bản quy phạm pháp luật",
        "thi hành pháp luật",
        "xây dựng, hoàn thiện thể chế",
      ],
    },
    {
      code: "institutions.legal-documents",
      parent: "institutions",
      label: { vi: "Hệ thống văn bản quy phạm pháp luật", en: "Legal normative documents" },
      phrasings: ["văn bản quy phạm pháp luật", "hệ thống văn bản"],
    },
    {
      code: "institutions.law-enforcement",
      parent: "institutions",
      label: { vi: "Tổ chức thi hành pháp luật", en: "Law enforcement" },
      phrasings: ["tổ chức thi hành pháp luật", "thi hành pháp luật"],
    },
    {
      code: "procedures",
      label: { vi: "Cải cách thủ tục hành chính", en: "Administrative-procedure reform" },
      phrasings: [
        "cải cách thủ tục hành chính",
        "cải cách tthc",
        "thủ tục hành chính",
        "tthc",
        "kiểm soát thủ tục hành chính",
      ],
    },
    {
      code: "procedures.control",
      parent: "procedures",
      label: { vi: "Kiểm soát, rà soát thủ tục hành chính", en: "Control and review of procedures" },
      phrasings: [
        "kiểm soát thủ tục hành chính",
        "kiểm soát tthc",
        "rà soát tthc",
        "rà soát thủ tục hành chính",
      ],
    },
    {
      code: "procedures.digitisation",
      parent: "procedures",
      label: { vi: "Số hóa hồ sơ, kết quả giải quyết TTHC", en: "Digitising procedure records" },
      phrasings: [
        "số hóa hồ sơ",
        "số hóa kết quả",
        "tái sử dụng",
        "sử dụng lại thông tin",
        "dữ liệu số hóa",
        "số hóa",
      ],
    },
    {
      code: "procedures.timeliness",
      parent: "procedures",
      label: { vi: "Giải quyết TTHC đúng hạn, xin lỗi khi trễ hạn", en: "Procedures resolved on time" },
      phrasings: ["đúng hạn", "trước hạn", "chậm, muộn", "trễ hạn", "xin lỗi người dân"],
    },
    {
      code: "apparatus",
      label: { vi: "Cải cách tổ chức bộ máy", en: "Reform of the state apparatus" },
      phrasings: ["cải cách tổ chức bộ máy", "tổ chức bộ máy", "sắp xếp, kiện toàn", "tinh gọn bộ máy"],
    },
    {
      code: "apparatus.streamlining",
      parent: "apparatus",
      label: { vi: "Tinh giản biên chế", en: "Staff streamlining" },
      phrasings: ["tinh giản biên chế", "cơ cấu lại đội ngũ"],
    },
    {
      code: "apparatus.unit-rearrangement",
      parent: "apparatus",
      label: { vi: "Sắp xếp đơn vị hành chính", en: "Rearranging administrative units" },
      phrasings: ["sắp xếp đơn vị hành chính"],
    },
    {
      code: "apparatus.public-service-units",
      parent: "apparatus",
      label: { vi: "Đơn vị sự nghiệp công lập", en: "Public service units" },
      phrasings: ["đơn vị sự nghiệp công lập"],
    },
    {
      code: "civil-service",
      label: { vi: "Cải cách chế độ công vụ", en: "Civil-service reform" },
      phrasings: [
        "cải cách chế độ công vụ",
        "chế độ công vụ",
        "nâng cao chất lượng đội ngũ",
        "xây dựng đội ngũ",
      ],
      formerNames: [
        "xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        "xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      ],
    },
    {
      code: "civil-service.job-positions",
      parent: "civil-service",
      label: { vi: "Vị trí việc làm", en: "Job positions" },
      phrasings: ["vị trí việc làm"],
    },
    {
      code: "civil-service.training",
      parent: "civil-service",
      label: { vi: "Đào tạo, bồi dưỡng cán bộ, công chức", en: "Training of officials" },
      phrasings: ["đào tạo, bồi dưỡng", "đào tạo bồi dưỡng", "bồi dưỡng"],
    },
    {
      code: "civil-service.recruitment-management",
      parent: "civil-service",
      label: { vi: "Tuyển dụng, sử dụng, quản lý cán bộ", en: "Recruitment and management of officials" },
      phrasings: ["tuyển dụng", "quản lý cán bộ", "thu hút nguồn nhân lực"],
    },
    {
      code: "civil-service.salary",
      parent: "civil-service",
      label: { vi: "Cải cách tiền lương", en: "Salary reform" },
      phrasings: ["cải cách tiền lương", "tiền lương"],
    },
    {
      code: "public-finance",
      label: { vi: "Cải cách tài chính công", en: "Public-finance reform" },
      phrasings: [
        "cải cách tài chính công",
        "tài chính công",
        "quản lý tài chính",
        "tài chính ngân sách",
        "quản lý điều hành ngân sách",
        "cơ chế phân bổ",
        "tài sản công",
        "tự chủ tài chính",
      ],
    },
    {
      code: "public-finance.autonomy",
      parent: "public-finance",
      label: { vi: "Tự chủ tài chính", en: "Financial autonomy" },
      phrasings: ["tự chủ tài chính", "tự chủ, tự chịu trách nhiệm"],
    },
    {
      code: "public-finance.public-assets",
      parent: "public-finance",
      label: { vi: "Quản lý, sử dụng tài sản công", en: "Public assets" },
      phrasings: ["tài sản công"],
    },
    {
      code: "public-finance.thrift",
      parent: "public-finance",
      label: { vi: "Thực hành tiết kiệm, chống lãng phí", en: "Thrift and anti-waste" },
      phrasings: ["tiết kiệm, chống lãng phí", "chống lãng phí"],
    },
    {
      code: "digital-government",
      label: {
        vi: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
        en: "E-government and digital government",
      },
      phrasings: [
        "chính quyền điện tử",
        "chính quyền số",
        "chính phủ điện tử",
        "chính phủ số",
        "ứng dụng công nghệ thông tin",
        "môi trường điện tử",
        "cơ sở dữ liệu quốc gia",
        "chia sẻ dữ liệu",
      ],
      formerNames: ["hiện đại hóa hành chính", "hiện đại hóa nền hành chính"],
    },
    {
      code: "digital-government.it-application",
      parent: "digital-government",
      label: { vi: "Ứng dụng công nghệ thông tin trong cơ quan nhà nước", en: "IT in state agencies" },
      phrasings: [
        "ứng dụng công nghệ thông tin",
        "môi trường số",
        "phần mềm một cửa điện tử",
        "phần mềm một cửa",
        "hội nghị bằng hình thức trực tuyến",
      ],
    },
    {
      code: "digital-government.modernisation",
      parent: "digital-government",
      label: { vi: "Hiện đại hóa hành chính", en: "Modernising administration" },
      phrasings: [
        "đổi mới lề lối",
        "đổi mới phương thức làm việc",
        "phương thức quản trị hiện đại",
        "hiện đại hóa phương thức",
      ],
    },
    // Steering and direction of reform (PAR INDEX field 1).
    {
      code: "steering",
      label: { vi: "Công tác chỉ đạo, điều hành CCHC", en: "Steering and direction of reform" },
      phrasings: [
        "chỉ đạo, điều hành",
        "chỉ đạo điều hành",
        "ban chỉ đạo",
        "kế hoạch cải cách hành chính",
        "kế hoạch cchc",
      ],
    },
    {
      code: "steering.inspection",
      parent: "steering",
      label: { vi: "Kiểm tra công tác CCHC", en: "Inspection of reform work" },
      phrasings: ["kiểm tra cchc", "đoàn kiểm tra", "kế hoạch kiểm tra"],
    },
    // Cross-cutting themes.
    {
      code: "policy",
      label: {
        vi: "Chủ trương, chính sách, pháp luật về CCHC",
        en: "Party and State policy and law on reform",
      },
      phrasings: [
        "chủ trương của đảng",
        "chính sách, pháp luật",
        "chủ trương, chính sách",
        "văn bản chỉ đạo",
        "quan điểm, chủ trương",
        "pháp luật về cải cách hành chính",
        "pháp luật về cchc",
      ],
    },
    {
      code: "leadership",
      label: { vi: "Vai trò, trách nhiệm của người đứng đầu", en: "Role and responsibility of leaders" },
      phrasings: ["người đứng đầu", "vai trò, trách nhiệm", "cấp ủy đảng"],
    },
    {
      code: "importance",
      label: { vi: "Tầm quan trọng, ý nghĩa, mục tiêu của CCHC", en: "Why reform matters" },
      phrasings: ["tầm quan trọng", "ý nghĩa, mục tiêu", "tác động của cchc", "quyết tâm chính trị"],
    },
    {
      code: "results",
      label: { vi: "Tình hình, kết quả thực hiện CCHC", en: "Progress and results of reform" },
      phrasings: [
        "kết quả thực hiện",
        "kết quả triển khai",
        "kết quả cải cách",
        "kết quả cchc",
        "tình hình cải cách",
        "tình hình cchc",
        "kết quả nổi bật",
        "tình hình triển khai",
        "thành tựu",
        "tồn tại, hạn chế",
      ],
    },
    {
      code: "indices",
      label: {
        vi: "Các chỉ số đánh giá (PAR INDEX, SIPAS, PAPI, PCI …)",
        en: "Indices (PAR INDEX, SIPAS, PAPI, PCI …)",
      },
      phrasings: ["bộ chỉ số", "các chỉ số đánh giá", "chỉ số đánh giá", "chỉ số thành phần"],
    },
    {
      code: "indices.par-index",
      parent: "indices",
      label: { vi: "Chỉ số CCHC (PAR INDEX)", en: "PAR INDEX" },
      phrasings: [
        "par index",
        "parindex",
        "chỉ số cchc",
        "chỉ số cải cách hành chính",
        "chỉ số xếp hạng cải cách hành chính",
      ],
    },
    {
      code: "indices.sipas",
      parent: "indices",
      label: { vi: "Chỉ số hài lòng (SIPAS)", en: "SIPAS satisfaction index" },
      phrasings: ["sipas", "chỉ số hài lòng", "chỉ số đo lường sự hài lòng"],
    },
    {
      code: "indices.papi",
      parent: "indices",
      label: { vi: "Chỉ số PAPI", en: "PAPI governance index" },
      phrasings: ["papi", "chỉ số hiệu quả quản trị và hành chính công"],
    },
    {
      code: "indices.pci",
      parent: "indices",
      label: { vi: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", en: "PCI competitiveness index" },
      phrasings: ["pci", "năng lực cạnh tranh cấp tỉnh"],
    },
    {
      code: "indices.ddci",
      parent: "indices",
      label: {
        vi: "Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI)",
        en: "DDCI competitiveness index",
      },
      phrasings: ["ddci", "năng lực cạnh tranh cấp sở"],
    },
    {
      code: "indices.dti",
      parent: "indices",
      label: { vi: "Chỉ số chuyển đổi số (DTI)", en: "DTI digital transformation index" },
      phrasings: ["dti", "chỉ số chuyển đổi số"],
    },
    {
      code: "one-stop-shop",
      label: { vi: "Cơ chế một cửa, một cửa liên thông", en: "One-stop shop" },
      phrasings: ["một cửa", "một cửa liên thông", "bộ phận tiếp nhận và trả kết quả"],
    },
    {
      code: "online-services",
      label: {
        vi: "Dịch vụ công trực tuyến, thanh toán trực tuyến",
        en: "Online public services and payment",
      },
      phrasings: [
        "dịch vụ công trực tuyến",
        "thanh toán trực tuyến",
        "nộp hồ sơ trực tuyến",
        "hồ sơ trực tuyến",
        "dịch vụ công mức độ 3",
        "dịch vụ công mức độ 4",
        "cổng dịch vụ công",
        "bưu chính công ích",
      ],
    },
    {
      code: "online-services.payment",
      parent: "online-services",
      label: { vi: "Thanh toán trực tuyến, không dùng tiền mặt", en: "Online and cashless payment" },
      phrasings: ["thanh toán trực tuyến", "thanh toán điện tử", "không dùng tiền mặt"],
    },
    {
      code: "online-services.postal",
      parent: "online-services",
      label: { vi: "Dịch vụ bưu chính công ích", en: "Public postal service for procedures" },
      phrasings: ["bưu chính công ích", "dịch vụ bưu chính"],
    },
    {
      code: "project-06",
      label: {
        vi: "Đề án 06 (dữ liệu dân cư, định danh điện tử)",
        en: "Project 06 (population data, e-identification)",
      },
      phrasings: [
        "đề án 06",
        "đề án số 06",
        "dữ liệu dân cư",
        "định danh và xác thực điện tử",
        "định danh điện tử",
      ],
    },
    {
      code: "project-06.linked-procedures",
      parent: "project-06",
      label: {
        vi: "Nhóm thủ tục liên thông (khai sinh, khai tử)",
        en: "Linked procedure groups (births, deaths)",
      },
      phrasings: ["tthc liên thông", "đăng ký khai sinh", "đăng ký khai tử"],
    },
    {
      code: "digital-transformation",
      label: { vi: "Chuyển đổi số", en: "Digital transformation" },
      phrasings: ["chuyển đổi số", "nền tảng số", "kỹ năng số", "công dân số", "kinh tế số"],
    },
    {
      code: "digital-transformation.national-day",
      parent: "digital-transformation",
      label: {
        vi: "Ngày Chuyển đổi số quốc gia (10/10)",
        en: "National Digital Transformation Day (10 October)",
      },
      phrasings: ["ngày chuyển đổi số quốc gia"],
    },
    {
      code: "digital-transformation.digital-skills",
      parent: "digital-transformation",
      label: { vi: "Kỹ năng số, công dân số", en: "Digital skills and digital citizens" },
      phrasings: ["kỹ năng số", "công dân số"],
    },
    {
      code: "decentralisation",
      label: { vi: "Phân cấp, phân quyền", en: "Decentralisation" },
      phrasings: ["phân cấp, phân quyền", "phân cấp", "phân quyền", "nghị quyết số 04/nq-cp"],
    },
    {
      code: "discipline",
      label: {
        vi: "Kỷ luật, kỷ cương hành chính, văn hóa công vụ",
        en: "Discipline and public-service culture",
      },
      phrasings: [
        "kỷ luật, kỷ cương",
        "kỷ cương hành chính",
        "văn hóa công vụ",
        "đạo đức công vụ",
        "văn hóa công sở",
        "quy tắc ứng xử",
      ],
    },
    {
      code: "discipline.inspection",
      parent: "discipline",
      label: { vi: "Thanh tra, kiểm tra công vụ", en: "Inspection of public duties" },
      phrasings: ["thanh tra, kiểm tra", "giám sát hoạt động công vụ", "chỉ thị số 26/ct-ttg"],
    },
    {
      code: "anti-corruption",
      label: { vi: "Phòng, chống tham nhũng, tiêu cực", en: "Anti-corruption" },
      phrasings: ["phòng, chống tham nhũng", "phòng chống tham nhũng", "tiêu cực"],
    },
    {
      code: "models-initiatives",
      label: { vi: "Mô hình, sáng kiến, điển hình tiên tiến", en: "Models, initiatives and good examples" },
      phrasings: ["mô hình", "sáng kiến", "điển hình", "cách làm hay", "gương", "biểu dương", "nêu gương"],
    },
    {
      code: "hotlines-feedback",
      label: { vi: "Đường dây nóng, tiếp nhận phản ánh, kiến nghị", en: "Hotlines and citizen feedback" },
      phrasings: ["đường dây nóng", "phản ánh, kiến nghị", "tiếp nhận, xử lý phản ánh"],
    },
    {
      code: "procedure-posting",
      label: { vi: "Công bố, công khai thủ tục hành chính", en: "Public posting of procedures" },
      phrasings: [
        "công khai thủ tục",
        "công khai tthc",
        "công khai quy định",
        "niêm yết",
        "công bố, công khai",
        "cập nhật, công khai",
      ],
    },
    {
      code: "satisfaction",
      label: { vi: "Đo lường, khảo sát sự hài lòng", en: "Satisfaction surveys" },
      phrasings: ["sự hài lòng", "mức độ hài lòng", "khảo sát", "điều tra xhh", "đo lường sự hài lòng"],
    },
    {
      code: "grassroots-democracy",
      label: { vi: "Dân chủ ở cơ sở, dân vận chính quyền", en: "Grassroots democracy" },
      phrasings: ["dân chủ cơ sở", "quy chế dân chủ", "dân vận chính quyền", "dân chủ ở cơ sở"],
    },
    {
      code: "iso-9001",
      label: { vi: "Hệ thống quản lý chất lượng TCVN ISO 9001", en: "ISO 9001 quality management" },
      phrasings: ["iso 9001", "hệ thống quản lý chất lượng"],
    },
    {
      code: "investment-climate",
      label: { vi: "Môi trường đầu tư kinh doanh", en: "Investment and business climate" },
      phrasings: ["môi trường đầu tư", "thu hút đầu tư", "hỗ trợ doanh nghiệp", "năng lực cạnh tranh"],
    },
    {
      code: "emulation",
      label: { vi: "Thi đua, khen thưởng trong CCHC", en: "Emulation and rewards" },
      phrasings: ["thi đua, khen thưởng", "thi đua khen thưởng"],
    },
    {
      code: "citizen-rights",
      label: {
        vi: "Quyền, nghĩa vụ của người dân; giám sát CCHC",
        en: "Citizens' rights and oversight of reform",
      },
      phrasings: [
        "quyền và nghĩa vụ",
        "quyền, nghĩa vụ",
        "giám sát tiến trình",
        "tham gia giám sát",
        "giám sát quá trình",
        "phản biện xã hội",
      ],
    },
  ],
};
