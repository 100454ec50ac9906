import type { AdministrativeLevel, Era, OfficeKind, UnitKind } from "@parcomms/core";

/**
 * An office a plan at some level and era assigns work to. In `name`,
 * `{kind}` stands for the unit's kind word ("xã") and `{name}` for its name
 * ("Tây Ninh"); `byUnitKind` replaces the name for some kinds of unit.
 */
export interface OfficeTemplate {
  readonly id: string;
  readonly name: string;
  readonly kind: OfficeKind;
  readonly aliases: readonly string[];
  readonly byUnitKind?: Partial<Record<UnitKind, string>>;
  readonly note?: string;
}

/**
 * Offices that exist at each level in each era (cơ quan chuyên môn), with
 * their kind from the officeKinds codelist; see /work/shared/DOMAIN.md
 * "Offices and roles" and "Beyond the five plans". Three-tier communes have
 * titled posts (công chức Văn phòng - Thống kê …, 003:176-265); two-tier
 * communes the bodies created on 1 July 2025 (004:112-154). Two-tier
 * provinces have the departments as merged on 1 March 2025.
 */
export const OFFICE_TABLES: Readonly<Record<`${Era}:${AdministrativeLevel}`, readonly OfficeTemplate[]>> = {
  "three-tier:central": [],
  "two-tier:central": [],
  "two-tier:district": [],
  "three-tier:province": [
    { id: "so-noi-vu", name: "Sở Nội vụ", kind: "home-affairs", aliases: ["SNV"] },
    { id: "vp-ubnd", name: "Văn phòng UBND {kind}", kind: "committee-office", aliases: ["VP UBND {kind}"] },
    {
      id: "so-tttt",
      name: "Sở Thông tin và Truyền thông",
      kind: "information-communications",
      aliases: ["Sở TT&TT"],
    },
    { id: "so-tu-phap", name: "Sở Tư pháp", kind: "justice", aliases: [] },
    { id: "so-khdt", name: "Sở Kế hoạch và Đầu tư", kind: "finance-planning", aliases: ["Sở KH&ĐT"] },
    { id: "so-tnmt", name: "Sở Tài nguyên và Môi trường", kind: "natural-resources", aliases: ["Sở TN&MT"] },
    { id: "bao", name: "Báo {name}", kind: "press-broadcaster", aliases: [] },
    {
      id: "dai-ptth",
      name: "Đài Phát thanh và Truyền hình {name}",
      kind: "press-broadcaster",
      aliases: ["Đài PT-TH {name}"],
    },
  ],
  "two-tier:province": [
    { id: "so-noi-vu", name: "Sở Nội vụ", kind: "home-affairs", aliases: ["SNV"] },
    { id: "vp-ubnd", name: "Văn phòng UBND {kind}", kind: "committee-office", aliases: ["VP UBND {kind}"] },
    {
      id: "so-khcn",
      name: "Sở Khoa học và Công nghệ",
      kind: "information-communications",
      aliases: ["Sở KH&CN"],
      note: "Took over information and communications from 1 March 2025.",
    },
    { id: "so-tu-phap", name: "Sở Tư pháp", kind: "justice", aliases: [] },
    {
      id: "so-tai-chinh",
      name: "Sở Tài chính",
      kind: "finance-planning",
      aliases: [],
      note: "Took over planning and investment from 1 March 2025.",
    },
    {
      id: "so-nnmt",
      name: "Sở Nông nghiệp và Môi trường",
      kind: "natural-resources",
      aliases: ["Sở NN&MT"],
    },
    {
      id: "bao-ptth",
      name: "Báo và Phát thanh, Truyền hình {name}",
      kind: "press-broadcaster",
      aliases: [],
    },
  ],
  "three-tier:district": [
    { id: "phong-noi-vu", name: "Phòng Nội vụ", kind: "home-affairs", aliases: ["Phòng NV"] },
    {
      id: "phong-vhtt",
      name: "Phòng Văn hóa và Thông tin",
      kind: "culture-information",
      aliases: ["Phòng VHTT", "Phòng VH TT"],
    },
    {
      id: "vp-hdnd-ubnd",
      name: "Văn phòng HĐND và UBND",
      kind: "committee-office",
      aliases: ["Văn phòng HĐND-UBND"],
    },
    {
      id: "ttvhtt",
      name: "Trung tâm Văn hóa - Thông tin và Thể thao",
      kind: "service-centre",
      aliases: ["Trung tâm VHTT&TT"],
    },
    { id: "phong-tu-phap", name: "Phòng Tư pháp", kind: "justice", aliases: [] },
    { id: "phong-gddt", name: "Phòng Giáo dục và Đào tạo", kind: "education", aliases: ["Phòng GD&ĐT"] },
    {
      id: "phong-tckh",
      name: "Phòng Tài chính - Kế hoạch",
      kind: "finance-planning",
      aliases: ["Phòng TC-KH"],
    },
  ],
  "three-tier:commune": [
    {
      id: "vp-tk",
      name: "Công chức Văn phòng - Thống kê",
      kind: "committee-office",
      aliases: ["Văn phòng - Thống kê {kind}"],
    },
    {
      id: "vh-xh",
      name: "Công chức Văn hóa - Xã hội",
      kind: "culture-information",
      aliases: ["Văn hóa – Xã hội"],
    },
    { id: "tp-ht", name: "Công chức Tư pháp - Hộ tịch", kind: "justice", aliases: ["Tư pháp – hộ tịch"] },
    { id: "dc-xd", name: "Công chức Địa chính - Xây dựng", kind: "natural-resources", aliases: [] },
    {
      id: "tc-kt",
      name: "Công chức Tài chính - Kế toán",
      kind: "finance-planning",
      aliases: ["Tài chính – Kế toán"],
    },
    {
      id: "dai-tt",
      name: "Đài truyền thanh {kind}",
      kind: "radio-station",
      aliases: ["Đài Truyền thanh {kind}"],
    },
    {
      id: "mttq",
      name: "Ủy ban Mặt trận Tổ quốc Việt Nam {kind}",
      kind: "front-mass-organisations",
      aliases: ["UBMTTQ {kind}"],
    },
  ],
  "two-tier:commune": [
    { id: "vp", name: "Văn phòng HĐND và UBND", kind: "committee-office", aliases: ["Văn phòng HĐND&UBND"] },
    { id: "vh-xh", name: "Phòng Văn hóa - Xã hội", kind: "culture-information", aliases: [] },
    {
      id: "kinh-te",
      name: "Phòng Kinh tế",
      kind: "finance-planning",
      aliases: [],
      byUnitKind: { phuong: "Phòng Kinh tế, Hạ tầng và Đô thị" },
    },
    {
      id: "tt-hcc",
      name: "Trung tâm phục vụ hành chính công",
      kind: "service-centre",
      aliases: ["Trung tâm PVHCC"],
    },
    { id: "mttq", name: "Ủy ban MTTQ {kind}", kind: "front-mass-organisations", aliases: [] },
  ],
};
