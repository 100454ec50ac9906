import type { Codelist } from "../model/CodelistEntry";

/**
 * Audiences (đối tượng tuyên truyền).
 *
 * @example
 * audiences.entries.map((a) => a.code) // ["officials", "leaders", …]
 */
export const audiences: Codelist = {
  id: "audiences",
  version: "2025.1",
  entries: [
    {
      code: "officials",
      label: { vi: "Cán bộ, công chức, viên chức, người lao động", en: "Officials and public employees" },
      phrasings: [
        "cán bộ, công chức",
        "công chức, viên chức",
        "cb, cc, vc",
        "người lao động",
        "người hoạt động không chuyên trách",
      ],
    },
    {
      code: "leaders",
      label: { vi: "Người đứng đầu, lãnh đạo", en: "Heads and leaders" },
      phrasings: ["người đứng đầu", "cán bộ lãnh đạo", "lãnh đạo"],
    },
    {
      code: "citizens",
      label: { vi: "Người dân, nhân dân", en: "Citizens" },
      phrasings: ["người dân", "nhân dân", "công dân", "cá nhân", "quần chúng"],
    },
    {
      code: "businesses",
      label: { vi: "Doanh nghiệp, tổ chức", en: "Businesses and organisations" },
      phrasings: [
        "doanh nghiệp",
        "nhà đầu tư",
        "cá nhân, tổ chức",
        "tổ chức, cá nhân",
        "công dân, tổ chức",
        "tổ chức, công dân",
        "người dân, tổ chức",
        "tổ chức, doanh nghiệp",
        "tổ chức và cá nhân",
        "cá nhân và tổ chức",
      ],
    },
    {
      code: "students",
      label: { vi: "Học sinh, sinh viên", en: "Students" },
      phrasings: ["học sinh", "sinh viên", "trường học"],
    },
    {
      code: "mass-organisation-members",
      label: { vi: "Đoàn viên, hội viên", en: "Members of mass organisations" },
      phrasings: ["đoàn viên", "hội viên", "thanh niên"],
    },
    {
      code: "press",
      label: { vi: "Cơ quan báo chí", en: "The press" },
      phrasings: ["cơ quan báo chí", "báo chí", "phóng viên", "cơ quan thông tấn"],
    },
  ],
};
