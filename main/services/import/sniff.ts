// What a file is, judged by its bytes and never by its name: users rename .doc to .docx, WPS saves
// .doc under .wps, and DLP software wraps a .docx in its own header while keeping the name.

export type SniffedKind =
  'zip' | 'ole' | 'pdf' | 'rtf' | 'text' | 'empty' | { other: string } | 'binary';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/** Known non-document formats, named so the message can say what the file really is. */
const OTHER_FORMATS: { magic: number[]; at?: number; name: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'PNG 图片' },
  { magic: [0xff, 0xd8, 0xff], name: 'JPEG 图片' },
  { magic: ascii('GIF8'), name: 'GIF 图片' },
  { magic: ascii('BM'), name: 'BMP 图片' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF 图片' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF 图片' },
  { magic: ascii('WEBP'), at: 8, name: 'WebP 图片' },
  { magic: ascii('MZ'), name: '可执行程序（.exe）' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], name: '可执行程序（ELF）' },
  { magic: ascii('Rar!'), name: 'RAR 压缩包' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7z 压缩包' },
  { magic: [0x1f, 0x8b], name: 'gzip 压缩包' },
  { magic: ascii('ftyp'), at: 4, name: '音视频文件' },
  { magic: ascii('ID3'), name: 'MP3 音频' },
  { magic: ascii('OggS'), name: 'Ogg 音频' },
  { magic: ascii('RIFF'), name: '音视频文件（RIFF）' },
  { magic: ascii('%!PS'), name: 'PostScript 文件' },
  { magic: ascii('SQLite format 3'), name: 'SQLite 数据库' },
];

export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  // PDF readers accept the header anywhere in the first KB (some generators prepend junk)
  const head = bytes.subarray(0, 1024);
  if (indexOf(head, ascii('%PDF-')) >= 0) return 'pdf';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  for (const f of OTHER_FORMATS) if (startsWith(bytes, f.magic, f.at)) return { other: f.name };
  return looksLikeText(bytes) ? 'text' : 'binary';
}

export function indexOf(haystack: Uint8Array, needle: readonly number[], from = 0): number {
  outer: for (let i = from; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Text in any encoding we read: a Unicode BOM, UTF-16 by its NUL pattern, or bytes with hardly
 * any control characters (UTF-8 and GBK never use bytes below 0x20 except tab and line ends).
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return true;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  if (utf16Guess(sample)) return true;
  let control = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  }
  return control <= sample.length / 200;
}

/**
 * BOM-less UTF-16 (Notepad's "Unicode" without BOM, exports from old systems): decoded in the right
 * byte order nearly every code unit is ASCII, CJK or CJK punctuation; in the wrong order, or for
 * UTF-8/GBK bytes, most are not. ASCII text also decodes to CJK-range units, so a NUL-bearing ASCII
 * unit (line end, digit, space) is required as well.
 */
export function utf16Guess(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(Math.min(sample.length, 64 * 1024) / 2);
  if (units < 2) return null;
  for (const order of ['utf-16le', 'utf-16be'] as const) {
    let plausible = 0;
    let asciiUnits = 0;
    for (let i = 0; i < units; i++) {
      const a = sample[2 * i];
      const b = sample[2 * i + 1];
      const u = order === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
      if (u < 0x80) {
        if (u >= 0x20 || u === 0x09 || u === 0x0a || u === 0x0d) {
          plausible++;
          asciiUnits++;
        }
      } else if (isPlausibleWide(u)) plausible++;
    }
    if (asciiUnits > 0 && plausible >= units * 0.95) return order;
  }
  return null;
}

function isPlausibleWide(u: number): boolean {
  return (
    (u >= 0x4e00 && u <= 0x9fff) || // CJK unified ideographs
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation
    (u >= 0xff00 && u <= 0xffef) || // full-width forms
    (u >= 0x2000 && u <= 0x206f) || // general punctuation (—, “”, …)
    (u >= 0x3400 && u <= 0x4dbf) ||
    (u >= 0x00a0 && u <= 0x024f) ||
    (u >= 0x2460 && u <= 0x24ff) || // ①
    (u >= 0x2150 && u <= 0x218f) || // Ⅰ
    (u >= 0xd800 && u <= 0xdfff) // surrogates of rare ideographs
  );
}
