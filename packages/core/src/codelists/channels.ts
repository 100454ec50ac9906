import type { Codelist } from "../model/CodelistEntry";

/**
 * Channels (hình thức tuyên truyền), grouped in six families: `broadcast`,
 * `press`, `online`, `outdoor-print`, `in-person` and `official-posting`.
 * Family entries are the top level; channels are `family.channel`.
 *
 * @example
 * channels.entries.filter((c) => c.parent === "online").length > 0 // true
 */
export const channels: Codelist = {
  id: "channels",
  version: "2026.1",
  entries: [
    {
      code: "broadcast",
      label: { vi: "Phát thanh, truyền hình", en: "Broadcast" },
      phrasings: ["phát thanh", "truyền hình", "truyền thanh", "đài"],
    },
    {
      code: "broadcast.commune-radio",
      parent: "broadcast",
      label: { vi: "Đài truyền thanh cơ sở (xã, phường)", en: "Commune loudspeaker radio" },
      phrasings: [
        "đài truyền thanh xã",
        "đài truyền thanh phường",
        "đài truyền thanh cơ sở",
        "đài truyền thanh các phường, xã",
        "trạm truyền thanh",
        "hệ thống truyền thanh của phường",
        "hệ thống thông tin cơ sở",
        "hệ thống đài truyền thanh",
        "truyền thanh cơ sở",
      ],
    },
    {
      code: "broadcast.district-radio",
      parent: "broadcast",
      label: { vi: "Đài truyền thanh cấp huyện", en: "District radio" },
      phrasings: [
        "đài truyền thanh thành phố",
        "đài truyền thanh huyện",
        "hệ thống truyền thanh cấp huyện",
        "hệ thống truyền thanh thành phố",
        "truyền thanh các huyện",
        "thể thao và truyền thanh",
      ],
    },
    {
      code: "broadcast.provincial-radio-tv",
      parent: "broadcast",
      label: { vi: "Đài Phát thanh và Truyền hình tỉnh", en: "Provincial radio and television" },
      phrasings: [
        "phát thanh truyền hình tỉnh",
        "truyền hình tỉnh",
        "đài phát thanh và truyền hình",
        "đài phát thanh - truyền hình",
        "hệ phát thanh, truyền hình",
      ],
    },
    {
      code: "broadcast.mobile-loudspeaker",
      parent: "broadcast",
      label: { vi: "Xe loa, tuyên truyền lưu động", en: "Mobile loudspeaker campaigns" },
      phrasings: ["xe loa", "tuyên truyền lưu động"],
    },
    {
      code: "press",
      label: { vi: "Báo chí", en: "Press" },
      phrasings: ["báo chí", "thông tin đại chúng", "phương tiện thông tin đại chúng"],
    },
    {
      code: "press.newspaper",
      parent: "press",
      label: { vi: "Báo in, báo điện tử", en: "Newspapers" },
      phrasings: [
        "báo",
        "cơ quan báo",
        "cơ quan báo chí",
        "thông tấn, báo chí",
        "báo điện tử",
        "báo in",
        "cuộc thi viết trên báo chí",
      ],
    },
    {
      code: "press.reportage",
      parent: "press",
      label: { vi: "Phóng sự, chuyên trang, chuyên mục", en: "Reportage and dedicated columns" },
      phrasings: ["phóng sự", "chuyên trang", "chuyên mục"],
    },
    {
      code: "press.e-bulletin",
      parent: "press",
      label: { vi: "Bản tin", en: "Bulletins" },
      phrasings: ["bản tin"],
    },
    {
      code: "online",
      label: { vi: "Trực tuyến", en: "Online" },
      phrasings: ["internet", "không gian mạng", "môi trường mạng", "nền tảng số"],
    },
    {
      code: "online.web-portal",
      parent: "online",
      label: { vi: "Cổng/Trang thông tin điện tử", en: "Web portal or page" },
      phrasings: [
        "cổng thông tin điện tử",
        "trang thông tin điện tử",
        "trang tin điện tử",
        "cổng/trang thông tin điện tử",
        "trang/ cổng thông tin điện tử",
        "cổng thông tin",
        "trang thông tin",
        "website",
      ],
    },
    {
      code: "online.public-service-portal",
      parent: "online",
      label: { vi: "Cổng Dịch vụ công", en: "Public service portal" },
      phrasings: ["cổng dịch vụ công", "hệ thống cổng dịch vụ công"],
    },
    {
      code: "online.social-media",
      parent: "online",
      label: { vi: "Mạng xã hội (Zalo, Facebook, YouTube)", en: "Social media (Zalo, Facebook, YouTube)" },
      phrasings: ["mạng xã hội", "zalo", "facebook", "fanpage", "youtube", "tiktok"],
    },
    {
      code: "online.sms",
      parent: "online",
      label: { vi: "Tin nhắn SMS", en: "SMS" },
      phrasings: ["sms", "tin nhắn"],
    },
    {
      code: "online.video",
      parent: "online",
      label: { vi: "Video, clip hướng dẫn", en: "Video clips" },
      phrasings: ["video clip", "clip", "video"],
    },
    {
      code: "online.one-stop-software",
      parent: "online",
      label: {
        vi: "Hệ thống thông tin giải quyết TTHC, phần mềm một cửa",
        en: "Procedure information system",
      },
      phrasings: ["phần mềm một cửa", "hệ thống thông tin giải quyết tthc"],
    },
    {
      code: "outdoor-print",
      label: { vi: "Trực quan và ấn phẩm", en: "Outdoor and print" },
      phrasings: ["trực quan", "ấn phẩm"],
    },
    {
      code: "outdoor-print.billboard",
      parent: "outdoor-print",
      label: { vi: "Pano, áp phích", en: "Billboards and posters" },
      phrasings: ["pano", "pa nô", "áp phích"],
    },
    {
      code: "outdoor-print.banner-slogan",
      parent: "outdoor-print",
      label: { vi: "Băng rôn, khẩu hiệu", en: "Banners and slogans" },
      phrasings: ["băng rôn", "khẩu hiệu"],
    },
    {
      code: "outdoor-print.gate-led",
      parent: "outdoor-print",
      label: { vi: "Cổng chào, màn hình LED", en: "Welcome gates and LED screens" },
      phrasings: ["cổng chào", "màn hình led", "màn hình điện tử", "bảng điện tử"],
    },
    {
      code: "outdoor-print.leaflet",
      parent: "outdoor-print",
      label: { vi: "Tờ rơi, tờ gấp", en: "Leaflets" },
      phrasings: ["tờ rơi", "tờ gấp"],
    },
    {
      code: "outdoor-print.publication",
      parent: "outdoor-print",
      label: { vi: "Tài liệu, sổ tay, ấn phẩm", en: "Handbooks, documents and publications" },
      phrasings: ["sổ tay", "tài liệu", "ấn phẩm", "đóng tập"],
    },
    {
      code: "outdoor-print.notice-board",
      parent: "outdoor-print",
      label: { vi: "Bảng tin công cộng", en: "Public notice boards" },
      phrasings: ["bảng tin"],
    },
    {
      code: "in-person",
      label: { vi: "Trực tiếp", en: "In person" },
      phrasings: ["trực tiếp"],
    },
    {
      code: "in-person.meeting",
      parent: "in-person",
      label: { vi: "Hội nghị, hội thảo, cuộc họp, giao ban", en: "Meetings and conferences" },
      phrasings: ["hội nghị", "hội thảo", "cuộc họp", "giao ban", "hội họp"],
    },
    {
      code: "in-person.events",
      parent: "in-person",
      label: { vi: "Hoạt động, sự kiện", en: "Events" },
      phrasings: ["sự kiện", "hoạt động hưởng ứng", "lễ phát động", "ngày hội"],
    },
    {
      code: "in-person.village-meeting",
      parent: "in-person",
      label: { vi: "Họp thôn, tổ dân phố, khu dân cư", en: "Village and neighbourhood meetings" },
      phrasings: [
        "họp thôn",
        "cuộc họp thôn",
        "cuộc họp ở thôn",
        "họp tổ dân phố",
        "họp khu dân cư",
        "họp dân",
        "hội nghị nhân dân",
      ],
    },
    {
      code: "in-person.training",
      parent: "in-person",
      label: { vi: "Tập huấn, bồi dưỡng", en: "Training courses" },
      phrasings: ["tập huấn", "bồi dưỡng", "lớp đào tạo"],
    },
    {
      code: "in-person.contest",
      parent: "in-person",
      label: { vi: "Hội thi, cuộc thi", en: "Contests" },
      phrasings: ["hội thi", "cuộc thi", "hình thức thi"],
    },
    {
      code: "in-person.cultural-performance",
      parent: "in-person",
      label: { vi: "Văn nghệ, hội diễn, tiểu phẩm", en: "Cultural performances" },
      phrasings: ["văn nghệ", "hội diễn", "tiểu phẩm"],
    },
    {
      code: "in-person.dialogue",
      parent: "in-person",
      label: { vi: "Đối thoại, tọa đàm, tiếp xúc cử tri", en: "Dialogues and forums" },
      phrasings: ["đối thoại", "tọa đàm", "tiếp xúc cử tri"],
    },
    {
      code: "in-person.legal-education",
      parent: "in-person",
      label: { vi: "Phổ biến, giáo dục pháp luật", en: "Legal-education sessions" },
      phrasings: ["phổ biến, giáo dục pháp luật", "phổ biến giáo dục pháp luật", "tuyên truyền pháp luật"],
    },
    {
      code: "in-person.mass-organisations",
      parent: "in-person",
      label: { vi: "Sinh hoạt đoàn thể, tổ chức chính trị - xã hội", en: "Mass organisations' meetings" },
      phrasings: [
        "sinh hoạt các tổ chức",
        "sinh hoạt đoàn thể",
        "đoàn viên, hội viên",
        "tổ chức chính trị - xã hội",
      ],
    },
    {
      code: "in-person.schools",
      parent: "in-person",
      label: { vi: "Trường học, học sinh", en: "Schools and students" },
      phrasings: ["trường học", "học sinh", "trường trung học"],
    },
    {
      code: "in-person.information-team",
      parent: "in-person",
      label: { vi: "Tổ thông tin, cộng tác viên", en: "Neighbourhood information teams and volunteers" },
      phrasings: ["tổ thông tin", "cộng tác viên"],
    },
    {
      code: "in-person.one-stop-guidance",
      parent: "in-person",
      label: { vi: "Hướng dẫn trực tiếp tại Bộ phận một cửa", en: "Guidance at the one-stop office" },
      phrasings: ["hướng dẫn công dân", "trực tiếp hướng dẫn", "quầy tra cứu"],
    },
    {
      code: "official-posting",
      label: { vi: "Niêm yết, công khai chính thức", en: "Official posting" },
      phrasings: ["niêm yết", "công khai"],
    },
    {
      code: "official-posting.one-stop",
      parent: "official-posting",
      label: { vi: "Niêm yết tại Bộ phận một cửa, trụ sở", en: "Posting at the one-stop office and offices" },
      phrasings: [
        "niêm yết công khai",
        "niêm yết bằng văn bản giấy",
        "tại bộ phận tiếp nhận và trả kết quả",
        "tại trụ sở",
      ],
    },
  ],
};
