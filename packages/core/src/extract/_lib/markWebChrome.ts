import { foldText } from "../../_lib/fold";
import type { SourceLine } from "./sourceLine";

/**
/**
 * Labels that open a line of a web page's furniture, folded: print and
 * posting stamps, view counters, share and print buttons, navigation,
 * related links, the portal's footer. The label must stand alone or be
 * followed by ":", "|", a number or "©", so a sentence of the body that
 * starts with one of these words ("Facebook, mạng xã hội …") is kept.
 */
const CHROME_START = new RegExp(
  `^(?:${[
    "ngay in",
    "in ngay",
    "ban in",
    "in trang",
    "in bai",
    "in van ban",
    "ngay dang",
    "dang ngay",
    "dang luc",
    "ngay cap nhat",
    "cap nhat(?: luc| ngay)?",
    "ngay xuat ban",
    "thoi gian dang",
    "luot xem",
    "so luot xem",
    "luot truy cap",
    "dang truy cap",
    "tong (?:so )?luot truy cap",
    "luot doc",
    "chia se",
    "gui email",
    "gui bai viet",
    "gui cho ban be",
    "binh luan",
    "quay lai",
    "quay ve",
    "ve dau trang",
    "len dau trang",
    "trang chu",
    "so do (?:cong|trang|site)",
    "dang nhap",
    "dang ky",
    "tim kiem",
    "tin lien quan",
    "bai viet lien quan",
    "cac tin (?:khac|da dua|moi)",
    "tin (?:moi|khac|cung chuyen muc|doc nhieu)",
    "xem them",
    "xem tiep",
    "doc tiep",
    "tai ve",
    "tai xuong",
    "tep dinh kem",
    "file dinh kem",
    "tu khoa",
    "tags?",
    "ban quyen(?: thuoc ve)?",
    "copyright",
    "co quan chu quan",
    "chiu trach nhiem (?:chinh|noi dung)",
    "giay phep(?: so)?",
    "thiet ke (?:va phat trien )?boi",
    "phat trien boi",
    "dia chi",
    "dien thoai",
    "fax",
    "e-?mail",
    "duong day nong",
    "hotline",
    "facebook",
    "zalo",
    "twitter",
    "youtube",
    "lien ket web(?:site)?",
    "thong ke truy cap",
    "hom nay",
    "hom qua",
    "trong thang",
    "dang online",
    "nguon",
  ].join(
    "|",
  )})\\s*(?:[:|(©\\d]|$)|^(?:ban quyen thuoc|thiet ke (?:va phat trien )?boi|phat trien boi|co quan chu quan|chiu trach nhiem chinh|ngay in\\b|in tu\\b)`,
);
/** "Trang chủ > Tin tức > …", "Trang chủ » Văn bản", "Home / News": a breadcrumb. */
const BREADCRUMB =
  /^[^>»›]{1,40}(?:\s[>»›]\s[^>»›]{1,60}){1,6}$|^(?:Trang chủ|Home)(?:\s[/|]\s[^/|]{1,60}){1,6}$/iu;
/** A browser's print header or footer: a URL, or "1/5" alone, or a date and time stamp. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s+\d{1,3}\s*\/\s*\d{1,3})?$/i;
const PAGE_OF = /^\d{1,3}\s*\/\s*\d{1,3}$/;
const TIME_STAMP =
  /^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[,|-]?\s*\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*(?:am|pm|gmt[+\d:]*))?/;
/** Menu rows: short labels joined by "|" or "•" ("Giới thiệu | Tin tức | Văn bản"). */
const MENU_ROW = /^(?:[^|•·]{1,30}\s*[|•·]\s*){2,}[^|•·]{1,30}$/;
const MENU_LABEL =
  /^(?:gioi thieu|tin tuc|tin tuc - su kien|van ban|van ban phap luat|van ban chi dao dieu hanh|thu tuc hanh chinh|dich vu cong|lien he|hoi dap|hoi - dap|gop y|chuyen muc|thong bao|su kien|cai cach hanh chinh|chinh quyen|co cau to chuc|du lich|dau tu|doanh nghiep|cong dan|media|video|hinh anh|thu vien|lich cong tac|english|tieng viet|rss)$/;

/**
 * Marks the furniture of a web page saved or pasted as text (its navigation,
 * breadcrumbs, print and posting stamps, counters, share buttons, related
 * links and footer) as `furniture`, so no reader takes a print or posting
 * date for the document's own.
 *
 * @param lines - prepared lines, changed in place
 */
export function markWebChrome(lines: SourceLine[]): void {
  const labels: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.blank || line.furniture) continue;
    const text = line.text.replace(/\t/g, " ").trim();
    if (text.length > 160) continue;
    const folded = line.foldedHead;
    if (MENU_LABEL.test(folded)) labels.push(i);
    else if (
      CHROME_START.test(folded) ||
      BREADCRUMB.test(text) ||
      URL_LINE.test(text) ||
      PAGE_OF.test(text) ||
      TIME_STAMP.test(folded) ||
      isMenuRow(text)
    ) {
      line.furniture = true;
    }
  }
  // A label alone ("Tin tức", "Thông báo") is a menu only among other labels: three within six lines.
  let lo = 0;
  let hi = 0;
  for (const i of labels) {
    while ((labels[lo] as number) < i - 6) lo++;
    while (hi < labels.length && (labels[hi] as number) <= i + 6) hi++;
    if (hi - lo - 1 >= 2) (lines[i] as SourceLine).furniture = true;
  }
}

function isMenuRow(text: string): boolean {
  if (!MENU_ROW.test(text)) return false;
  // "Chủ trì | Phối hợp | Thời gian" is a table's head, not a menu: a menu has known labels.
  const parts = text.split(/\s*[|•·]\s*/).filter((p) => p !== "");
  return (
    parts.filter((l) => MENU_LABEL.test(foldText(l)) || /^(?:trang chu|chia se|in)$/.test(foldText(l)))
      .length >= 2
  );
}
