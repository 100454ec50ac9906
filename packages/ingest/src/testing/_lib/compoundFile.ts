const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
/** Streams shorter than this live in the mini stream; ours are padded to it so they need none. */
const MINI_CUTOFF = 4096;

/**
 * An OLE compound file ([MS-CFB], version 3: 512-byte sectors) holding the
 * given streams at its root, each padded with zeros to at least 4096 bytes
 * so that none needs the mini stream. At most three streams (one directory
 * sector) and 109 FAT sectors (no DIFAT sectors): enough for test documents.
 */
export function compoundFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const entries = Object.entries(streams).map(([name, data]) => {
    const size = Math.max(data.length, MINI_CUTOFF);
    const padded = new Uint8Array(Math.ceil(size / SECTOR) * SECTOR);
    padded.set(data);
    return { name, data: padded, size };
  });
  if (entries.length > 3) throw new Error("compoundFile: at most three streams");
  const streamSectors = entries.reduce((sum, entry) => sum + entry.data.length / SECTOR, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + 1 + streamSectors) fatSectors += 1;
  const directorySector = fatSectors;
  const total = fatSectors + 1 + streamSectors;
  const fat = new Uint32Array(fatSectors * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  fat[directorySector] = END_OF_CHAIN;
  let next = directorySector + 1;
  const starts = entries.map((entry) => {
    const start = next;
    const count = entry.data.length / SECTOR;
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END_OF_CHAIN : start + i + 1;
    next += count;
    return start;
  });

  const out = new Uint8Array((1 + total) * SECTOR);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3
  view.setUint16(28, 0xfffe, true); // little-endian
  view.setUint16(30, 9, true); // 2^9 = 512-byte sectors
  view.setUint16(32, 6, true); // 2^6 = 64-byte mini sectors
  view.setUint32(44, fatSectors, true);
  view.setUint32(48, directorySector, true);
  view.setUint32(56, MINI_CUTOFF, true);
  view.setUint32(60, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(68, END_OF_CHAIN, true); // no DIFAT sector
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i < fatSectors ? i : FREE, true);
  const sectorAt = (sector: number) => (sector + 1) * SECTOR;
  for (let i = 0; i < fat.length; i++) view.setUint32(SECTOR + i * 4, fat[i] ?? FREE, true);

  // Directory: the root, then the streams as a red-black tree under it
  // (ordered by name length, then name): the middle one at the top, black,
  // the one before it on its left and the one after on its right, red.
  const order = entries
    .map((entry, i) => ({ entry, id: i + 1 }))
    .sort((a, b) => a.entry.name.length - b.entry.name.length || (a.entry.name < b.entry.name ? -1 : 1));
  const middle = Math.floor(order.length / 2);
  const directory = sectorAt(directorySector);
  const writeEntry = (
    id: number,
    name: string,
    type: number,
    color: number,
    links: readonly [number, number, number],
    start: number,
    size: number,
  ) => {
    const at = directory + id * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = color;
    view.setUint32(at + 68, links[0], true);
    view.setUint32(at + 72, links[1], true);
    view.setUint32(at + 76, links[2], true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  const idAt = (rank: number) => order[rank]?.id ?? NO_STREAM;
  writeEntry(0, "Root Entry", 5, 1, [NO_STREAM, NO_STREAM, idAt(middle)], END_OF_CHAIN, 0);
  order.forEach(({ entry, id }, rank) => {
    const links =
      rank === middle
        ? ([idAt(middle - 1), idAt(middle + 1), NO_STREAM] as const)
        : ([NO_STREAM, NO_STREAM, NO_STREAM] as const);
    writeEntry(id, entry.name, 2, rank === middle ? 1 : 0, links, starts[id - 1] ?? END_OF_CHAIN, entry.size);
  });
  for (let id = entries.length + 1; id < 4; id++) {
    const at = directory + id * 128;
    view.setUint32(at + 68, NO_STREAM, true);
    view.setUint32(at + 72, NO_STREAM, true);
    view.setUint32(at + 76, NO_STREAM, true);
  }
  entries.forEach((entry, i) => {
    out.set(entry.data, sectorAt(starts[i] ?? 0));
  });
  return out;
}
