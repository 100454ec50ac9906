import type { SKRSContext2D } from "@napi-rs/canvas";

/**
 * Draws a red round seal (con dấu) of `text` at (x, y) — two rings, the text
 * around the outer band, a star in the middle — and a red signature stroke
 * across it, multiplied onto the page so black text under the ink stays
 * dark, as on a scan of a stamped, signed page.
 */
export function drawStamp(ctx: SKRSContext2D, x: number, y: number, dpi: number, text: string): void {
  const mm = dpi / 25.4;
  const radius = 18 * mm;
  ctx.save();
  ctx.globalCompositeOperation = "multiply";
  ctx.strokeStyle = "rgba(214, 34, 40, 0.9)";
  ctx.fillStyle = "rgba(214, 34, 40, 0.9)";
  ctx.lineWidth = 0.9 * mm;
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.stroke();
  ctx.lineWidth = 0.45 * mm;
  ctx.beginPath();
  ctx.arc(x, y, radius * 0.66, 0, Math.PI * 2);
  ctx.stroke();
  ctx.font = `bold ${Math.round(3.4 * mm)}px "DejaVu Serif Condensed"`;
  const letters = [...text];
  const step = (Math.PI * 1.7) / Math.max(1, letters.length);
  letters.forEach((letter, i) => {
    const angle = -Math.PI * 1.35 + i * step;
    ctx.save();
    ctx.translate(x + Math.cos(angle) * radius * 0.83, y + Math.sin(angle) * radius * 0.83);
    ctx.rotate(angle + Math.PI / 2);
    ctx.fillText(letter, -ctx.measureText(letter).width / 2, 0);
    ctx.restore();
  });
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? radius * 0.3 : radius * 0.12;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    ctx.lineTo(x + Math.cos(angle) * r, y + Math.sin(angle) * r);
  }
  ctx.closePath();
  ctx.fill();
  ctx.lineWidth = 0.6 * mm;
  ctx.beginPath();
  ctx.moveTo(x + radius * 0.2, y + radius * 0.2);
  ctx.bezierCurveTo(
    x + radius * 0.9,
    y - radius * 0.9,
    x + radius * 1.1,
    y + radius * 0.7,
    x + radius * 1.8,
    y - radius * 0.3,
  );
  ctx.bezierCurveTo(
    x + radius * 2.1,
    y - radius * 0.6,
    x + radius * 1.6,
    y + radius * 0.4,
    x + radius * 2.4,
    y + radius * 0.1,
  );
  ctx.stroke();
  ctx.restore();
}
