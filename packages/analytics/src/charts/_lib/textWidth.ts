/**
 * An estimate of a text's width in pixels in a sans-serif font, enough to
 * size margins and wrap legends the same way in the browser and in Node
 * (where nothing can be measured).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text.normalize("NFC")) {
    if (/[ilj.,:;'|!ı]/.test(ch)) ems += 0.3;
    else if (ch === " ") ems += 0.32;
    else if (/[mwMW]/.test(ch)) ems += 0.9;
    else if (/[A-ZĐ]/.test(ch)) ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontSize;
}
