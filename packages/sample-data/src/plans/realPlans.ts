import type { Plan } from "@parcomms/core";
import { plan000 } from "./plan000";
import { plan001 } from "./plan001";
import { plan002 } from "./plan002";
import { plan003 } from "./plan003";
import { plan004 } from "./plan004";

/**
 * The five real plans (kế hoạch tuyên truyền CCHC), hand-encoded from the
 * seed documents, in seed order: xã Sơn Mầu 2024 (000), thành phố Bắc Giang
 * 2024 (001), tỉnh Tây Ninh 2024 (002), xã Gia Tân 2024 (003) and phường Trúc
 * Lâm 2025 (004). Each names its seed in `provenance.document`.
 *
 * @example
 * realPlans.map((p) => p.provenance.document)
 * // ["000_34833a3694ee8a96.txt", "001_ec564b67ad28c11a.txt", …, "004_f3b844502d811123.txt"]
 */
export const realPlans: readonly Plan[] = [plan000, plan001, plan002, plan003, plan004];
