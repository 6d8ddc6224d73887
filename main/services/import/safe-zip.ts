// A ZIP reader that checks before it inflates: the central directory is read first, every entry's
// declared size is held against the limits, and inflation runs in slices so that a part which
// lies about its size (a zip bomb) is stopped once the real output passes the limit.

import { Inflate } from 'fflate';
import { DrafterError } from '../../../shared/errors';
import type { ReadLimits } from './limits';
import { readErrors } from './read-errors';

export interface ZipEntry {
  /** part name without a leading slash, as stored */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** the entry of a part name, compared case-insensitively as OPC part names are */
  find(name: string): ZipEntry | undefined;
  /** the inflated bytes of a part, checked against the limits */
  read(entry: ZipEntry): Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// deflate expands at most ~1032:1, so one slice inflates to a few MB at most before the check
const SLICE = 4 * 1024;

export function openZip(file: string, bytes: Uint8Array, limits: ReadLimits): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw readErrors.damaged(file, '压缩包目录缺失，文件可能不完整');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count > limits.maxParts) throw readErrors.tooMany(file, '内部部件', limits.maxParts);
  if (cdOffset >= bytes.length) throw readErrors.damaged(file, '压缩包目录位置无效');

  const entries = new Map<string, ZipEntry>();
  const byLowerName = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder('utf-8');
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      throw readErrors.damaged(file, '压缩包目录不完整');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw readErrors.damaged(file, '压缩包目录不完整');
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, '');
    const entry: ZipEntry = {
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    entries.set(name, entry);
    byLowerName.set(name.toLowerCase(), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }

  let inflatedTotal = 0;
  return {
    entries,
    find: (name) => byLowerName.get(name.replace(/^\/+/, '').toLowerCase()),
    read(entry) {
      // 0xFFFFFFFF marks ZIP64 sizes; no real .docx part needs them
      if (entry.size > limits.maxPartBytes || entry.size === 0xffffffff) {
        throw readErrors.tooLarge(file, `内部部件 ${entry.name} `, entry.size, limits.maxPartBytes);
      }
      if (inflatedTotal + entry.size > limits.maxTotalBytes) {
        throw readErrors.tooLarge(
          file,
          '解压后的内容',
          inflatedTotal + entry.size,
          limits.maxTotalBytes,
        );
      }
      if (entry.flags & 1) throw readErrors.encryptedOffice(file);
      const data = entryData(file, bytes, view, entry);
      const out = inflateEntry(file, entry, data, limits);
      inflatedTotal += out.length;
      return out;
    },
  };
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function entryData(file: string, bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
    throw readErrors.damaged(file, `部件 ${entry.name} 的位置无效`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw readErrors.damaged(file, `部件 ${entry.name} 不完整`);
  return bytes.subarray(start, end);
}

function inflateEntry(
  file: string,
  entry: ZipEntry,
  data: Uint8Array,
  limits: ReadLimits,
): Uint8Array {
  if (entry.method === 0) {
    if (data.length > limits.maxPartBytes) {
      throw readErrors.tooLarge(file, `内部部件 ${entry.name} `, data.length, limits.maxPartBytes);
    }
    return data;
  }
  if (entry.method !== 8)
    throw readErrors.damaged(file, `部件 ${entry.name} 使用了不支持的压缩方式`);
  // the declared size was checked against the limits; output beyond it means the directory lies
  // (a zip bomb or a damaged file), and inflation stops there
  const cap = entry.size;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) {
      throw readErrors.damaged(file, `部件 ${entry.name} 解压后的大小与目录记载不符`);
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof DrafterError) throw error;
    throw readErrors.damaged(file, `部件 ${entry.name} 解压失败`, error);
  }
  if (!ended && total === 0 && entry.size > 0)
    throw readErrors.damaged(file, `部件 ${entry.name} 解压失败`);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
