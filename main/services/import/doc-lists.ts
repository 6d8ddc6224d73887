// Word 97 lists (MS-DOC 2.9.150 PlfLst, 2.9.131 PlfLfo, 2.9.149 LVL) and the label Word shows
// for the next paragraph of a list: its number text with the level placeholders (characters 0–8)
// replaced by the counts, in each level's number format.

import { formatNumber } from './number-format';
import type { Bytes } from './le-bytes';

/** MS-DOC Nfc codes → ST_NumberFormat names (2.9.173). */
const NFC: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  10: 'ideographDigital',
  11: 'japaneseCounting',
  14: 'decimalFullWidth',
  15: 'decimalHalfWidth',
  17: 'japaneseDigitalTenThousand',
  18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2',
  22: 'decimalZero',
  23: 'bullet',
  26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese',
  29: 'ideographEnclosedCircle',
  30: 'ideographTraditional',
  31: 'ideographZodiac',
  33: 'taiwaneseCounting',
  35: 'taiwaneseCountingThousand',
  36: 'taiwaneseDigital',
  37: 'chineseCounting',
  38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand',
  255: 'none',
};

export interface Level {
  start: number;
  format: string;
  /** number text with level placeholders as characters 0–8 */
  text: string;
  legal: boolean;
}

interface List {
  lsid: number;
  levels: Level[];
}

export function readLists(t: Bytes, fc: number, lcb: number): List[] {
  if (!lcb) return [];
  const count = t.u16(fc);
  const lists: List[] = [];
  let at = fc + 2;
  const flags: number[] = [];
  for (let i = 0; i < count && at + 28 <= fc + lcb; i++, at += 28) {
    lists.push({ lsid: t.i32(at), levels: [] });
    flags.push(t.u8(at + 26));
  }
  // the LVLs of all lists follow the LSTFs (MS-DOC 2.9.150 PlfLst, then 2.9.149 LVL)
  for (let i = 0; i < lists.length; i++) {
    const levels = flags[i] & 1 ? 1 : 9;
    for (let l = 0; l < levels && at + 28 <= t.bytes.length; l++) {
      const level: Level = {
        start: t.i32(at),
        format: NFC[t.u8(at + 4)] ?? 'decimal',
        legal: (t.u8(at + 5) & 0x04) !== 0,
        text: '',
      };
      const cbChpx = t.u8(at + 24);
      const cbPapx = t.u8(at + 25);
      at += 28 + cbPapx + cbChpx;
      const cch = t.u16(at);
      at += 2;
      for (let c = 0; c < cch && at + 2 <= t.bytes.length; c++, at += 2)
        level.text += String.fromCharCode(t.u16(at));
      lists[i].levels.push(level);
    }
  }
  return lists;
}

export function readLfos(
  t: Bytes,
  fc: number,
  lcb: number,
): { lsid: number; starts: Map<number, number> }[] {
  if (!lcb) return [];
  const count = t.u32(fc);
  const lfos: { lsid: number; starts: Map<number, number>; levels: number }[] = [];
  let at = fc + 4;
  for (let i = 0; i < count && at + 16 <= fc + lcb; i++, at += 16) {
    lfos.push({ lsid: t.i32(at), starts: new Map(), levels: t.u8(at + 12) });
  }
  for (const lfo of lfos) {
    if (at + 4 > fc + lcb) break;
    at += 4; // cp
    for (let l = 0; l < lfo.levels && at + 8 <= fc + lcb; l++) {
      const start = t.i32(at);
      const info = t.u32(at + 4);
      at += 8;
      if (info & 0x10) lfo.starts.set(info & 0x0f, start); // fStartAt
      if (info & 0x20) return lfos; // fFormatting: an LVL follows; not worth reading, stop here
    }
  }
  return lfos;
}

export function nextLabel(
  list: List,
  lfo: { starts: Map<number, number> },
  ilfo: number,
  ilvl: number,
  counters: Map<number, number[]>,
): string | undefined {
  const level = list.levels[ilvl];
  if (!level) return undefined;
  let counts = counters.get(list.lsid);
  if (!counts) {
    counts = [];
    counters.set(list.lsid, counts);
  }
  const override = lfo.starts.get(ilvl);
  const key = -1 - ilfo * 16 - ilvl;
  if (override !== undefined && !counts[key]) {
    counts[key] = 1;
    counts[ilvl] = override - 1;
  }
  counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
  // a higher level restarts the deeper ones (Word's default, and what official numbering needs)
  for (let deeper = ilvl + 1; deeper < 9; deeper++) delete counts[deeper];
  if (level.format === 'bullet') return '•';
  let label = '';
  for (const c of level.text) {
    const k = c.charCodeAt(0);
    if (k < 9) {
      const value = counts[k] ?? list.levels[k]?.start ?? 1;
      label += formatNumber(value, level.legal ? 'decimal' : (list.levels[k]?.format ?? 'decimal'));
    } else label += c;
  }
  return label;
}
