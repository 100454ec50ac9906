import type { PdfItem } from "./PdfLine";

const STAMP_FIELD =
  /^\s*(Ký bởi|Người ký|Thời gian ký|Ngày ký|Email|Cơ quan|Chức vụ|Signed by|Signing time)\s*:/iu;
const STAMP_KEY = /^\s*(Ký bởi|Người ký|Thời gian ký|Signed by|Signing time)\s*:/iu;

/**
 * A page's items without a digital signature's stamp: when the page holds
 * stamp fields ("Ký bởi:", "Thời gian ký:", "Email:", "Cơ quan:"), one of
 * them "Ký bởi" or "Thời gian ký", the box they span (from the first field's
 * top to a line below the last, across the fields' width) is left out with
 * every item starting inside it: a signer's name wrapped onto a second line
 * goes too.
 */
export function removeStamp(items: readonly PdfItem[]): PdfItem[] {
  const fields = items.filter((i) => STAMP_FIELD.test(i.str));
  if (!fields.some((i) => STAMP_KEY.test(i.str))) return items.slice();
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const field of fields.slice().sort((a, b) => b.y - a.y)) {
    const near = boxes.find((b) => field.y >= b.y0 - 4 * field.size && Math.abs(field.x - b.x0) < 40);
    if (near) {
      near.y0 = Math.min(near.y0, field.y - 1.3 * field.size);
      near.x0 = Math.min(near.x0, field.x - 1);
      near.x1 = Math.max(near.x1, field.x + field.width + 1);
    } else
      boxes.push({
        x0: field.x - 1,
        x1: field.x + field.width + 1,
        y0: field.y - 1.3 * field.size,
        y1: field.y + 0.5 * field.size,
      });
  }
  return items.filter((i) => !boxes.some((b) => i.x >= b.x0 && i.x <= b.x1 && i.y >= b.y0 && i.y <= b.y1));
}
