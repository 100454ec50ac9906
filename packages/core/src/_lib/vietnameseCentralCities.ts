/** A city governed directly by the central government (thành phố trực thuộc trung ương). */
export interface CentralCity {
  /** Official name, without the kind word. */
  readonly name: string;
  /** Other ways plans write the name ("HCM" in "TP. HCM"). */
  readonly aliases: readonly string[];
  /**
   * First year in which the city was centrally governed: exact for the recent
   * ones (Đà Nẵng 1997, Cần Thơ 2004, Huế 1 January 2025), a safe lower bound
   * for the older ones, which predate every plan.
   */
  readonly since: number;
}

/**
 * The centrally governed cities, as data: "thành phố X" names one of these
 * is a province-level city; any other "thành phố" is a provincial city at
 * district level.
 *
 * @example
 * CENTRAL_CITIES.find((c) => c.name === "Huế")?.since // 2025
 */
export const CENTRAL_CITIES: readonly CentralCity[] = [
  { name: "Hà Nội", aliases: [], since: 1945 },
  { name: "Hồ Chí Minh", aliases: ["HCM", "Hồ Chí Minh City"], since: 1976 },
  { name: "Hải Phòng", aliases: [], since: 1955 },
  { name: "Đà Nẵng", aliases: [], since: 1997 },
  { name: "Cần Thơ", aliases: [], since: 2004 },
  { name: "Huế", aliases: [], since: 2025 },
];
