import { foldText } from "../../_lib/fold";
import { classifyOffice } from "../../classify/classifyOffice";
import type { AssigneeRef } from "../../model/Assignee";
import type { AssigneeGroup } from "../../model/AssigneeGroup";
import type { Office } from "../../model/Office";

/** Collects the offices and assignee groups a plan names, resolving each new wording to one seen before. */
export interface OfficeResolver {
  /** Resolves a wording to an office or group of the plan, registering it when new. */
  resolve(wording: string): AssigneeRef | undefined;
  /** The kind of a resolved office (`"other"` for groups and unknown refs). */
  kindOf(ref: string): Office["kind"];
  /** The offices found, each with every other wording as an alias. */
  offices(): Office[];
  /** The classes of units or offices found ("Các Ban, ngành và đơn vị liên quan"). */
  groups(): AssigneeGroup[];
}

interface Entry {
  id: string;
  names: string[];
  tokens: string[];
  initials: string;
  kind: Office["kind"];
  group: boolean;
}

const UNIT_WORDS = new Set(["xa", "phuong", "tp", "tinh", "huyen", "thi tran", "thanh pho", "tx", "thi xa"]);
const LEADING = /^(?:cong chuc|can bo|bo phan chuyen mon|de nghi|giao|cac dong chi)\s+/;
const GROUP =
  /^(?:cac |ubnd cac |uy ban nhan dan cac )|lien quan|^ubnd (?:xa|phuong|thi tran)[, ]+(?:xa|phuong|thi tran)|^(?:so|phong), ban|ban, nganh|doan the|to chuc chinh tri/;
const HEAD =
  /^(?:[Cc]ác\s|Phòng|Trung tâm|UBND|Ủy ban|Uỷ ban|Văn phòng|[Cc]ông chức|[Cc]án bộ|Đài|Sở|Ban\s|Bộ phận|Cơ quan|Hội\s|Đoàn|Thành đoàn|MTTQ|Mặt trận|Trường|Báo|Chi cục|Công an|Tổ\s|Lãnh đạo|Thường trực|Bưu điện|Đảng ủy)/u;
const TRAILING_PUNCT = /[\s.,;:]+$/;
const CONDITION = /\s*\((?:khi|nếu|trường hợp)[^)]*\)\s*/giu;

function words(name: string): string[] {
  return name
    .replace(/[&/()–—-]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

function keyOf(name: string): { tokens: string[]; initials: string } {
  let folded = foldText(name.replace(/[&/()–—-]/g, " ")).replace(LEADING, "");
  let changed = true;
  while (changed) {
    changed = false;
    for (const unit of UNIT_WORDS) {
      if (folded.endsWith(` ${unit}`) && folded.split(" ").length > 2) {
        folded = folded.slice(0, -unit.length - 1);
        changed = true;
      }
    }
  }
  const tokens = folded.split(" ").filter((t) => t !== "" && t !== "va");
  const kept = new Set(tokens);
  let initials = "";
  for (const word of words(name)) {
    const f = foldText(word);
    if (!kept.has(f) || f === "va") continue;
    const letters = word.replace(/[^\p{L}]/gu, "");
    initials += letters.length >= 2 && letters === letters.toUpperCase() ? f : f.slice(0, 1);
  }
  return { tokens, initials };
}

function slug(initials: string, used: Set<string>): string {
  const base = initials.replace(/[^a-z0-9]/g, "") || "office";
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length >= b.length) return false;
  const set = new Set(b);
  return a.every((t) => set.has(t));
}

/**
 * Creates the office alias resolver of one document. Wordings are the same
 * office when their folded names match once "Công chức", "và", dashes and a
 * trailing unit word ("xã", "thành phố") are set aside; when their initials
 * match, abbreviations counting as their letters ("Phòng VHTT" = "Phòng Văn
 * hóa và Thông tin", "Văn phòng HĐND và UBND" = "Văn phòng HĐND-UBND"); or
 * when one's words are all in the other's and both are of the same office
 * kind ("Văn hóa – Xã hội" in "Văn hóa – Xã hội xã"). The canonical name is
 * the fullest wording. Wordings that name a class ("Các Ban, ngành …",
 * "UBND các phường, xã", "… liên quan") become assignee groups.
 *
 * @returns a resolver to feed every wording of the document to, in order
 */
export function createOfficeResolver(): OfficeResolver {
  const entries: Entry[] = [];
  const used = new Set<string>();
  // A wording met again resolves as before: no refolding, no reclassifying.
  const seen = new Map<string, Entry>();
  return {
    resolve(wording) {
      const name = wording.replace(CONDITION, " ").replace(TRAILING_PUNCT, "").replace(/\s+/g, " ").trim();
      if (name.length < 2 || !/\p{L}/u.test(name)) return undefined;
      const known = seen.get(name);
      if (known) return { ref: known.id, wording: name };
      const { tokens, initials } = keyOf(name);
      const folded = foldText(name);
      const group = GROUP.test(folded);
      const kind = classifyOffice(name);
      const key = tokens.join(" ");
      const found = entries.find(
        (e) =>
          e.group === group &&
          (e.tokens.join(" ") === key ||
            (initials.length >= 3 && e.initials === initials) ||
            (subset(tokens, e.tokens) && (kind === e.kind || kind === "other")) ||
            (subset(e.tokens, tokens) && (kind === e.kind || e.kind === "other"))),
      );
      if (found) {
        if (!found.names.includes(name)) found.names.push(name);
        if (found.kind === "other") found.kind = kind;
        if (tokens.length > found.tokens.length) {
          found.tokens = tokens;
          found.initials = initials;
        }
        seen.set(name, found);
        return { ref: found.id, wording: name };
      }
      const entry: Entry = { id: slug(initials, used), names: [name], tokens, initials, kind, group };
      entries.push(entry);
      seen.set(name, entry);
      return { ref: entry.id, wording: name };
    },
    kindOf(ref) {
      const entry = entries.find((e) => e.id === ref);
      return entry && !entry.group ? entry.kind : "other";
    },
    offices() {
      return entries
        .filter((e) => !e.group)
        .map((e) => {
          const name = [...e.names].sort((a, b) => b.length - a.length)[0] as string;
          return { id: e.id, name, kind: e.kind, aliases: e.names.filter((n) => n !== name) };
        });
    },
    groups() {
      return entries
        .filter((e) => e.group)
        .map((e) => {
          const label = e.names[0] as string;
          const folded = foldText(label);
          const members = /(?:ubnd|uy ban nhan dan)\b.*(?:xa|phuong|huyen|thi tran|thi xa)/.test(folded)
            ? "units"
            : /doan the|to chuc chinh tri|mat tran/.test(folded)
              ? "mass-organisations"
              : /cong chuc|can bo/.test(folded)
                ? "officials"
                : "offices";
          const scope = /lien quan/.test(folded)
            ? "related"
            : members === "units"
              ? "subordinate"
              : /tren dia ban/.test(folded)
                ? "all"
                : "own";
          return { id: e.id, label, aliases: e.names.slice(1), members, scope } satisfies AssigneeGroup;
        });
    },
  };
}

/** Capitalised first words of an office's name that may follow "và" to start a second office. */
const AND_HEAD =
  /^(?:Phòng|Trung tâm|UBND|Ủy ban|Uỷ ban|Văn phòng|Công chức|Đài|Sở|Ban\s|Bộ phận|Hội\s|Đoàn|Thành đoàn|MTTQ|Mặt trận|Trường|Báo|Chi cục|Công an|Bưu điện|các (?:tổ chức|cơ quan|đơn vị|phòng|ban|Sở|công chức))/u;
/** Lower-case first words that open a new office only outside a list of classes ("Các cán bộ, công chức, …"). */
const LOWER_HEAD = /^(?:công chức|cán bộ)(?:\s|$)/u;
/** "cán bộ, công chức (, viên chức)": one set phrase, the officials, not two offices. */
const OFFICIALS_BEFORE = /(?:^|\s)(?:cán bộ|công chức)$/u;
const ABBREVIATION_END = /\b\p{Lu}{2,}[\p{Lu}&-]*$/u;

/** Splits "A và B" when B opens an office's name and A is not an abbreviation ("Văn phòng HĐND và UBND" stays one). */
function splitAnd(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (let at = rest.indexOf(" và "); at >= 0; at = rest.indexOf(" và ", at + 1)) {
    const left = rest.slice(0, at).trim();
    const right = rest.slice(at + 4).trim();
    if (!AND_HEAD.test(right) || ABBREVIATION_END.test(left) || left.split(" ").length < 2) continue;
    if (!HEAD.test(left) && out.length === 0 && !/^(?:[Cc]ác|[Đđ]ơn vị|cơ quan)/u.test(left)) continue;
    out.push(left);
    rest = right;
    at = -1;
  }
  out.push(rest.trim());
  return out;
}

/**
 * Splits a cell or phrase that names several offices: at semicolons; at
 * commas followed by a capitalised office word or by "các" ("Trung tâm
 * VHTT&TT thành phố, UBND phường, xã" → two; "Các Ban, ngành và đơn vị liên
 * quan" → one), or by "công chức"/"cán bộ" except in the set phrase "cán bộ,
 * công chức" ("Các cán bộ, công chức, ban, ngành, đoàn thể xã" → one); and at "và"
 * before an office word ("Các cơ quan, đơn vị thành phố và UBND phường, xã" →
 * two; "Văn phòng HĐND và UBND" → one, an abbreviation before "và").
 *
 * @param text - the phrase as written
 * @returns the wordings, trimmed, none empty
 */
export function splitAssignees(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/;/)) {
    let current = "";
    for (const piece of part.split(/,/)) {
      const trimmed = piece.trim();
      const opens =
        HEAD.test(trimmed) && !(LOWER_HEAD.test(trimmed) && OFFICIALS_BEFORE.test(current)) && current !== "";
      if (opens) {
        out.push(current);
        current = trimmed;
      } else {
        current = current === "" ? trimmed : `${current}, ${trimmed}`;
      }
    }
    if (current.trim() !== "") out.push(current.trim());
  }
  return out
    .flatMap(splitAnd)
    .map((s) => s.replace(TRAILING_PUNCT, "").trim())
    .filter((s) => s.length > 1);
}
