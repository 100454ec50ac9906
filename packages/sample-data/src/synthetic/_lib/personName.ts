import type { Rng } from "./Rng";

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thế", "Duy", "Hồng"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hùng",
  "Hương",
  "Lan",
  "Long",
  "Minh",
  "Nam",
  "Phong",
  "Quang",
  "Sơn",
  "Thắng",
  "Trung",
  "Tuấn",
  "Vinh",
  "Yến",
  "Thoại",
  "Đính",
  "Trọng",
  "Du",
];

/** A made-up Vietnamese personal name (family, middle, given) for a synthetic signatory. */
export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}
