const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Sector ids from here up are markers (free, end of chain, FAT, DIFAT), not sectors; word-extractor stops at any negative id. */
const LAST_SECTOR = 0x7fffffff;

/**
 * What makes an OLE compound file ([MS-CFB]) unsafe to hand to
 * word-extractor, or undefined when its allocation tables hold together:
 * word-extractor follows sector chains without checking them, so a chain
 * that loops (a damaged FAT) makes it allocate without end. Checks the
 * header, the FAT sectors the DIFAT lists, and every chain it will follow:
 * the directory's, the mini FAT's, and each stream's (in the FAT or, for
 * short streams, the mini FAT), that each ends, without a loop, in the file;
 * and that there is a `WordDocument` stream (an .xls is an OLE file too).
 */
export function compoundFileProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length < 512 || !MAGIC.every((value, i) => bytes[i] === value)) {
    return "not an OLE compound file (no D0 CF 11 E0 signature)";
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return `the sector size is 2^${shift}, neither 512 nor 4096 bytes`;
  const sectorSize = 1 << shift;
  const sectors = Math.floor(bytes.length / sectorSize) - 1;
  const sectorAt = (id: number) => (id + 1) * sectorSize;

  const fatCount = view.getUint32(44, true);
  if (fatCount > sectors) return `the header lists ${fatCount} FAT sectors, more than the file holds`;
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  let difat = view.getUint32(68, true);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatCount && difat <= LAST_SECTOR) {
    if (difat >= sectors || seenDifat.has(difat))
      return "the DIFAT chain loops or points past the end of the file";
    seenDifat.add(difat);
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) {
      fatSectors.push(view.getUint32(sectorAt(difat) + i * 4, true));
    }
    difat = view.getUint32(sectorAt(difat) + sectorSize - 4, true);
  }
  const fat: number[] = [];
  for (const id of fatSectors) {
    if (id >= sectors) return `a FAT sector (${id}) lies past the end of the file`;
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(sectorAt(id) + i * 4, true));
  }

  /** The sectors of a chain, or why it is broken. */
  const chain = (table: readonly number[], start: number, what: string): number[] | string => {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id <= LAST_SECTOR; id = table[id] ?? 0xffffffff) {
      if (id >= table.length) return `the ${what} chain points past the end of its table`;
      if (seen.has(id)) return `the ${what} chain loops (the file's allocation table is damaged)`;
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };

  const directory = chain(fat, view.getUint32(48, true), "directory");
  if (typeof directory === "string") return directory;
  const miniFat = chain(fat, view.getUint32(60, true), "mini FAT");
  if (typeof miniFat === "string") return miniFat;
  const miniTable: number[] = [];
  for (const id of miniFat) {
    if (id >= sectors) return "a mini FAT sector lies past the end of the file";
    for (let i = 0; i < sectorSize / 4; i++) miniTable.push(view.getUint32(sectorAt(id) + i * 4, true));
  }
  const cutoff = view.getUint32(56, true);
  let wordDocument = false;
  for (const id of directory) {
    if (id >= sectors) return "a directory sector lies past the end of the file";
    for (let at = sectorAt(id); at + 128 <= sectorAt(id) + sectorSize; at += 128) {
      const type = bytes[at + 66];
      const nameLength = Math.min(Math.max(view.getUint16(at + 64, true) - 2, 0), 62);
      let name = "";
      for (let i = 0; i < nameLength / 2; i += 1)
        name += String.fromCharCode(view.getUint16(at + i * 2, true));
      if (type === 2 && name === "WordDocument") wordDocument = true;
      if (type !== 2 && type !== 5) continue; // streams and the root's mini stream: storages have no chain
      const start = view.getUint32(at + 116, true);
      const size = view.getUint32(at + 120, true);
      const short = type === 2 && size < cutoff;
      const broken = chain(short ? miniTable : fat, start, short ? "short stream" : "stream");
      if (typeof broken === "string") return broken;
    }
  }
  if (!wordDocument)
    return "it has no WordDocument stream: an OLE file of another program (Excel, PowerPoint…)";
  return undefined;
}
