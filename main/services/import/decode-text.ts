// Plain text arrives as UTF-8 (with or without BOM), UTF-16 from Notepad's "Unicode", or GBK from
// older Windows tools. Strict UTF-8 first: GBK bytes are almost never valid UTF-8, while the reverse
// guess (GBK first) would happily turn UTF-8 into mojibake.

import { utf16Guess } from './sniff';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the other encodings below
  }
  const wide = utf16Guess(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
