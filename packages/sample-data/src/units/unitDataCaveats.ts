import type { LocalizedText } from "@parcomms/core";
import { eraTables, predecessorTable } from "./_tables";
import { childrenOf } from "./childrenOf";

/** A known limitation of the unit tables, with the codes it concerns. */
export interface UnitDataCaveat {
  /** Stable identifier of the caveat. */
  readonly id: string;
  readonly description: LocalizedText;
  /** Codes concerned, when the caveat is about particular units (computed from the data). */
  readonly codes: readonly string[];
}

/**
 * The known caveats of the administrative-unit data, surfaced rather than
 * hidden. Those about particular units are computed from the tables, so the
 * list stays true when the data is rebuilt.
 *
 * @example
 * unitDataCaveats().map((c) => c.id)
 * // ["codes-need-era", "mapping-lists-more-old-communes", "mapping-codes-differ", "districts-without-communes", "plan-spellings-differ"]
 */
export function unitDataCaveats(): UnitDataCaveat[] {
  const three = eraTables("three-tier");
  const two = eraTables("two-tier");
  const mappedOld = new Set<string>();
  for (const list of predecessorTable().values()) for (const p of list) mappedOld.add(p.code.code);
  const oldNotListed = [...mappedOld].filter((c) => c.length === 5 && !three.byCode.has(c)).sort();
  const newNotListed = [...predecessorTable().keys()].filter((c) => !two.byCode.has(c)).sort();
  const emptyDistricts = three.units
    .filter((u) => u.level === "district" && childrenOf(u.code).length === 0)
    .map((u) => u.code.code);
  return [
    {
      id: "codes-need-era",
      description: {
        en: "Codes only mean something with their era: province 24 was Bắc Giang before 1 July 2025 and is the merged Bắc Ninh after; a commune can keep its code while its territory changes, and a surviving name can take a new code (phường Trúc Lâm 16630 → 16624).",
        vi: "Mã chỉ có nghĩa khi kèm thời kỳ: mã tỉnh 24 là Bắc Giang trước 01/7/2025 và là tỉnh Bắc Ninh (mới) sau đó; một xã có thể giữ mã dù địa giới thay đổi, và một tên được giữ lại có thể mang mã mới (phường Trúc Lâm 16630 → 16624).",
      },
      codes: [],
    },
    {
      id: "mapping-lists-more-old-communes",
      description: {
        en: "The 2025 old→new mapping (made with machine help, checked by hand by its authors) lists old communes that the three-tier list of 1 March 2025 does not have (units moved between districts during 2024–25).",
        vi: "Bảng chuyển đổi cũ→mới năm 2025 (lập có trợ giúp của máy, được tác giả rà soát thủ công) có các xã cũ không có trong danh sách ba cấp ngày 01/3/2025 (đơn vị được điều chỉnh giữa các huyện trong 2024–2025).",
      },
      codes: oldNotListed,
    },
    {
      id: "mapping-codes-differ",
      description: {
        en: "Some new commune codes in the mapping are not in the two-tier list: the mapping has 06970 and 23737 where the list has Xã Ba Chẽ 06978 and Xã Ia Mơ 23938; predecessors of those two communes are filed under the mapping's codes.",
        vi: "Một số mã xã mới trong bảng chuyển đổi không có trong danh sách hai cấp: bảng chuyển đổi ghi 06970 và 23737, danh sách ghi Xã Ba Chẽ 06978 và Xã Ia Mơ 23938; các đơn vị cũ của hai xã này được xếp theo mã của bảng chuyển đổi.",
      },
      codes: newNotListed,
    },
    {
      id: "districts-without-communes",
      description: {
        en: "Island districts of the three-tier era have no commune-level units in the list.",
        vi: "Các huyện đảo thời kỳ ba cấp không có đơn vị cấp xã trong danh sách.",
      },
      codes: emptyDistricts,
    },
    {
      id: "plan-spellings-differ",
      description: {
        en: "Official spellings can differ from a plan's own text (the plan 000 writes 'Sơn Mầu', the statistics office 'Sơn Màu', code 21338), and tone-mark placement varies ('Hoà'/'Hòa'): search folds both.",
        vi: "Tên chính thức có thể khác cách viết trong kế hoạch (kế hoạch 000 viết 'Sơn Mầu', Tổng cục Thống kê ghi 'Sơn Màu', mã 21338), và vị trí dấu thanh có thể khác ('Hoà'/'Hòa'): tìm kiếm bỏ qua các khác biệt này.",
      },
      codes: [],
    },
  ];
}
