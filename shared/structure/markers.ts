// Literal heading number markers as people type them. GB/T 9704 §7.3.3 orders the levels
// 一、 → （一） → 1. → （1）; real files also use 一． 一. (一) （一）、 1、 1． (1) 1） ① and 1.1.

import { parseChineseNumeral } from '../numbering';

/** What sort of number a marker is; two markers of one kind are siblings. */
export type MarkerKind =
  | 'part' // 第一部分 第一章 第一篇
  | 'section' // 第一节
  | 'cn' // 一、 一． 一.
  | 'cn-paren' // （一） (一) （一）、
  | 'arabic' // 1. 1、 1．
  | 'decimal-2' // 1.1
  | 'decimal-3' // 1.1.1
  | 'arabic-paren' // （1） (1)
  | 'arabic-half' // 1） 1)
  | 'circled'; // ①

/**
 * Where a kind sits in the GB/T order. Used only to decide where a kind first met in a document
 * belongs relative to kinds already open (see levels.ts).
 */
export const MARKER_RANK: Record<MarkerKind, number> = {
  part: -2,
  section: -1,
  cn: 0,
  'cn-paren': 1,
  arabic: 2,
  'decimal-2': 2.3,
  'decimal-3': 2.6,
  'arabic-paren': 3,
  'arabic-half': 3.5,
  circled: 4,
};

export interface Marker {
  kind: MarkerKind;
  /** the ordinal the marker writes: 一 → 1, （12） → 12 */
  value: number;
  /** the marker as written, spaces after it excluded */
  text: string;
}

export interface MarkedText {
  marker: Marker;
  /** the text after the marker */
  rest: string;
}

const CN = '[一二三四五六七八九十百零〇]{1,4}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

// Units and words that follow a number in running text (`1.5万元`, `1.2倍`, `一、二季度`),
// so the digits there are a quantity, not a heading number.
const QUANTITY_AFTER = /^[万亿千百元%％倍个件次人户家亩吨米]/;

interface Pattern {
  kind: MarkerKind;
  re: RegExp;
  value: (m: RegExpExecArray) => number;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'part',
    re: new RegExp(`^第\\s*(${CN})\\s*(?:部分|章|篇)[、，,：:．.]?`),
    value: (m) => parseChineseNumeral(m[1]) ?? NaN,
  },
  {
    kind: 'section',
    re: new RegExp(`^第\\s*(${CN})\\s*节[、，,：:．.]?`),
    value: (m) => parseChineseNumeral(m[1]) ?? NaN,
  },
  {
    kind: 'cn-paren',
    re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]、?`),
    value: (m) => parseChineseNumeral(m[1]) ?? NaN,
  },
  {
    kind: 'arabic-paren',
    re: /^[（(]\s*(\d{1,3})\s*[）)]、?/,
    value: (m) => Number(m[1]),
  },
  {
    kind: 'cn',
    re: new RegExp(`^(${CN})\\s*[、．.]`),
    value: (m) => parseChineseNumeral(m[1]) ?? NaN,
  },
  {
    kind: 'decimal-3',
    re: /^(\d{1,2})[.．](\d{1,2})[.．](\d{1,2})[.．]?(?![\d.．])/,
    value: (m) => Number(m[3]),
  },
  {
    kind: 'decimal-2',
    re: /^(\d{1,2})[.．](\d{1,2})[.．]?(?![\d.．])/,
    value: (m) => Number(m[2]),
  },
  {
    kind: 'arabic',
    re: /^(\d{1,3})\s*[、．.](?![\d．.])/,
    value: (m) => Number(m[1]),
  },
  {
    kind: 'arabic-half',
    re: /^(\d{1,3})[）)]/,
    value: (m) => Number(m[1]),
  },
  {
    kind: 'circled',
    re: new RegExp(`^([${CIRCLED}])`),
    value: (m) => CIRCLED.indexOf(m[1]) + 1,
  },
];

/** The heading number a line opens with, or null when it opens with none. */
export function parseMarker(text: string): MarkedText | null {
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length).replace(/^[\s\u3000]+/, '');
    const value = pattern.value(m);
    if (!rest || !Number.isFinite(value) || value < 1) return null;
    if (QUANTITY_AFTER.test(rest)) return null;
    // `一、二季度` / `一、二级`: a range of numbers, not a heading number
    if (pattern.kind === 'cn' && /^[二三四五六七八九十][季月级类期批等年]/.test(rest)) return null;
    // a decimal marker must be followed by text, not by a measurement (`1.1 米`)
    if (pattern.kind.startsWith('decimal') && !/^[\u4e00-\u9fff“《（(A-Za-z]/.test(rest)) {
      return null;
    }
    return { marker: { kind: pattern.kind, value, text: m[0].trim() }, rest };
  }
  return null;
}

/** A numbering label from Word (`一、`, `（二）`, `1.1.`) read as a marker of its kind. */
export function parseNumberingLabel(label: string): Marker | null {
  const trimmed = label.trim();
  const parsed = parseMarker(trimmed + '文');
  if (!parsed || parsed.rest !== '文') return null;
  return { ...parsed.marker, text: trimmed };
}
