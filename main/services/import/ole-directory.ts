// An OLE compound file (CFB) checked before anything else parses it. It gives the names of the
// streams — enough to tell a Word 97 document (`WordDocument`), an encrypted OOXML package
// (`EncryptionInfo` + `EncryptedPackage`, what Office writes for a password-protected .docx) and a
// Microsoft Works file (`MatOST`, `CONTENTS`) apart — and the first structural problem, if any.
// word-extractor follows sector chains and directory links without cycle checks, so a cycle in a
// damaged file grows an array until V8 aborts the whole process (found by the fuzz test);
// every chain and link it will follow is therefore walked here first, with bounds.

export interface OleInfo {
  names: string[];
  /** what is wrong with the structure, in Chinese, or undefined when it is sound */
  problem?: string;
  /** the bytes of a top-level stream by name (only when the structure is sound) */
  stream?: (name: string) => Uint8Array | null;
}

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function inspectOle(bytes: Uint8Array): OleInfo {
  const fail = (problem: string, names: string[] = []): OleInfo => ({ names, problem });
  if (bytes.length < 1024) return fail('OLE 文件过短');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int32 = (at: number) => (at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  const sectorShift = view.getUint16(0x1e, true);
  const miniShift = view.getUint16(0x20, true);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) return fail('OLE 扇区大小无效');
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil((bytes.length - 512) / sectorSize);
  const fatSectors = int32(0x2c);
  const dirStart = int32(0x30);
  const miniCutoff = int32(0x38);
  const miniFatStart = int32(0x3c);
  const miniFatSectors = int32(0x40);
  const difatStart = int32(0x44);
  const difatSectors = int32(0x48);
  const inRange = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  if (!inRange(fatSectors, sectorCount) || !inRange(difatSectors, sectorCount)) {
    return fail('OLE 分配表大小无效');
  }
  if (!inRange(miniFatSectors, sectorCount)) return fail('OLE 短分配表大小无效');
  const sectorAt = (s: number) => 512 + (s + 0) * sectorSize;

  // the FAT sector list: 109 in the header, the rest in the DIFAT chain (read as word-extractor does)
  const fatList: number[] = [];
  for (let i = 0; i < Math.min(109, fatSectors); i++) fatList.push(int32(0x4c + i * 4));
  let difat = difatStart;
  for (let n = 0; n < difatSectors && fatList.length < fatSectors; n++) {
    if (!inRange(difat, sectorCount - 1)) return fail('OLE 主分配表链无效');
    for (let i = 0; i < sectorSize / 4 - 1 && fatList.length < fatSectors; i++) {
      fatList.push(int32(sectorAt(difat) + i * 4));
    }
    difat = int32(sectorAt(difat) + sectorSize - 4);
  }
  const fat = new Int32Array(fatList.length * (sectorSize / 4));
  fatList.forEach((s, k) => {
    if (!inRange(s, sectorCount - 1)) return;
    for (let i = 0; i < sectorSize / 4; i++)
      fat[k * (sectorSize / 4) + i] = int32(sectorAt(s) + i * 4);
  });

  /** the sectors of a chain; null when it loops (word-extractor would never stop) */
  const chain = (start: number, table: Int32Array): number[] | null => {
    const seen = new Set<number>();
    const out: number[] = [];
    for (let id = start; id >= 0 && id < table.length; id = table[id]) {
      if (seen.has(id)) return null;
      seen.add(id);
      out.push(id);
    }
    if (start >= 0 && start >= table.length) out.push(start);
    return out;
  };

  const dirChain = chain(dirStart, fat);
  if (!dirChain || !dirChain.length) return fail('OLE 目录链无效');
  if (dirChain.length * (sectorSize / 128) > 1_000_000) return fail('OLE 目录过大');
  const miniFatChain = chain(miniFatStart, fat);
  if (!miniFatChain) return fail('OLE 短分配表链循环');
  const miniFat = new Int32Array(miniFatChain.length * (sectorSize / 4));
  miniFatChain.forEach((s, k) => {
    if (!inRange(s, sectorCount - 1)) return;
    for (let i = 0; i < sectorSize / 4; i++)
      miniFat[k * (sectorSize / 4) + i] = int32(sectorAt(s) + i * 4);
  });

  const entries: Entry[] = [];
  for (const s of dirChain) {
    for (let e = 0; e < sectorSize / 128; e++) {
      const at = sectorAt(s) + e * 128;
      if (!inRange(s, sectorCount - 1) || at + 128 > bytes.length) {
        entries.push({ name: '', type: 0, left: -1, right: -1, child: -1, start: -1, size: 0 });
        continue;
      }
      const nameBytes = Math.max(0, Math.min(64, view.getUint16(at + 0x40, true)));
      let name = '';
      for (let i = 0; i + 1 < nameBytes - 1; i += 2)
        name += String.fromCharCode(view.getUint16(at + i, true));
      entries.push({
        name,
        type: bytes[at + 0x42],
        left: int32(at + 0x44),
        right: int32(at + 0x48),
        child: int32(at + 0x4c),
        start: int32(at + 0x74),
        size: int32(at + 0x78),
      });
    }
  }
  const root = entries.find((e) => e.type === 5);
  if (!root) return fail('OLE 缺少根目录');

  // the tree of names, as word-extractor walks it: left, right and child links, never twice
  const names: string[] = [];
  const visited = new Set<number>();
  const stack: number[] = [root.child];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === -1) continue;
    if (!inRange(id, entries.length - 1)) return fail('OLE 目录链接无效', names);
    if (visited.has(id)) return fail('OLE 目录链接循环', names);
    visited.add(id);
    const entry = entries[id];
    if (entry.type === 2 || entry.type === 1) names.push(entry.name);
    stack.push(entry.left, entry.right);
    if (entry.type === 1) stack.push(entry.child);
  }

  if (!chain(root.start, fat)) return fail('OLE 短流链循环', names);
  for (const id of visited) {
    const entry = entries[id];
    if (entry.type !== 2) continue;
    const table = entry.size < miniCutoff ? miniFat : fat;
    if (!chain(entry.start, table)) return fail(`OLE 流 ${entry.name} 的扇区链循环`, names);
  }
  const copyChain = (ids: number[], size: number, read: (id: number) => Uint8Array): Uint8Array => {
    const out = new Uint8Array(Math.max(0, size));
    let at = 0;
    for (const id of ids) {
      if (at >= out.length) break;
      const piece = read(id).subarray(0, out.length - at);
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  };
  const sector = (id: number) =>
    inRange(id, sectorCount - 1)
      ? bytes.subarray(sectorAt(id), sectorAt(id) + sectorSize)
      : new Uint8Array(0);
  const rootIds = chain(root.start, fat) ?? [];
  const miniStream = copyChain(rootIds, rootIds.length * sectorSize, sector);
  const stream = (name: string): Uint8Array | null => {
    const id = [...visited].find((i) => entries[i].type === 2 && entries[i].name === name);
    if (id === undefined) return null;
    const entry = entries[id];
    const size = Math.min(Math.max(entry.size, 0), bytes.length);
    if (entry.size < miniCutoff) {
      const ids = chain(entry.start, miniFat) ?? [];
      return copyChain(ids, size, (m) => miniStream.subarray(m * 64, m * 64 + 64));
    }
    return copyChain(chain(entry.start, fat) ?? [], size, sector);
  };
  return { names, stream };
}
