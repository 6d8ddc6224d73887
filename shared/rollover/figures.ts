// What counts as a figure carried over from last year: Arabic numbers with their unit
// (1567.71万元, 84.8%, 4.3个百分点, 700余亩), counts in Chinese numerals with a measure word where
// they are data (一套, 两场), and ranks (全省第六, 第3名). Heading numbers, list markers, dates,
// fixed expressions (十四五, 一是, 两个维护) and numbers that are part of names are not.

import { CHINESE_MEASURES, FIXED, UNITS } from './figure-words';
import { isDigit } from './numerals';

/** A figure or a range to step over, [start, end). `skip` ranges are never figures. */
export interface FigureHit {
  start: number;
  end: number;
  skip?: boolean;
}

function alternation(words: string[]): string {
  return words.map((w) => w.replace(/[/%]/g, '\\$&')).join('|');
}

const NUMBER = '(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?';
const ARABIC = new RegExp(
  // `39.8 万亿元`: some texts put a space between the number and its unit
  `(${NUMBER}(?:\\s?[-—–~～至到]\\s?${NUMBER})?)(?:[ \u00a0](?=[余多万亿千]|${alternation(UNITS)}))?` +
    `(余|多)?(个亿|万亿|亿|万|千)?(余|多)?(${alternation(UNITS)})?`,
  'y',
);
const YEAR_SPAN = /^(?:19|20)[0-9]{2}\s?[-—–~～至到]/;
const DATE_AFTER = /[月日号时]/y;
const CHINESE = new RegExp(
  `([零〇一二两三四五六七八九十百千万亿]+)(余|多)?(${alternation(CHINESE_MEASURES)})`,
  'y',
);
const RANK =
  /(全(?:国|省|市|州|盟|县|区|旗|镇|乡))?[第前]([0-9０-９]+|[一二三四五六七八九十]+)([名位])?/y;
const RANK_BEFORE = /(?:排名|名列|位列|位居|排在|排|居|列)$/;
const PUNCT_AFTER = /^[，。；：,;！!？?（）()、]?$/;
const NUMERAL = '零〇一二两三四五六七八九十百千万亿';

function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

/** Arabic digits at `pos` (the start of a digit run). */
export function arabicFigureAt(text: string, pos: number): FigureHit | null {
  const prev = text[pos - 1];
  ARABIC.lastIndex = pos;
  const m = ARABIC.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  const skip = { start: pos, end, skip: true };
  const bareEnd = pos + m[1].length;
  // names and codes: PM2.5, O3, 4A, 5G, `1+1+N`
  if (isLatin(prev) || prev === '+' || prev === '.' || prev === '．') return skip;
  if ((prev === '-' || prev === '—') && isDigit(text[pos - 2])) return skip; // 400-800-1234
  if (YEAR_SPAN.test(m[1])) return skip; // 2021—2025年: a plan period
  if (m[2] || m[3] || m[4] || m[5]) return { start: pos, end };
  const next = text[bareEnd];
  DATE_AFTER.lastIndex = bareEnd;
  if (DATE_AFTER.test(text)) return { start: pos, end: bareEnd + 1, skip: true }; // 1-6月份
  if (isLatin(next) || next === '+') return skip;
  const bare = m[1];
  const range = /[-—–~～至到]/.test(bare);
  // list markers: `1、`, `2.信息…`, `（1）`
  if (!range && next === '、') return skip;
  if (!range && (next === '.' || next === '．') && !isDigit(text[bareEnd + 1])) return skip;
  if (!range && (prev === '（' || prev === '(') && (next === '）' || next === ')')) return skip;
  const decimal = /[.．]/.test(bare);
  if (!decimal && (bare.length >= 7 || bare.startsWith('0'))) return skip; // phone, ID
  if (decimal || PUNCT_AFTER.test(text.slice(bareEnd, bareEnd + 1))) return { start: pos, end };
  return skip;
}

/** A rank at `pos` (which holds 全 or 第 or 前): 全省第六, 排名第3, 第3名. */
export function rankAt(text: string, pos: number): FigureHit | null {
  RANK.lastIndex = pos;
  const m = RANK.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  const ranked =
    m[1] !== undefined || m[3] !== undefined || RANK_BEFORE.test(text.slice(pos - 2, pos));
  if (ranked) return { start: pos, end };
  if (m[1] !== undefined || text[pos] === '前') return null;
  // an ordinal (第三季度, 第一书记, 第八批): its numeral is not a count either
  return { start: pos, end: pos + 1 + m[2].length, skip: true };
}

/** 百分之八点五, 百分之百: percentages in words, as older reports write them */
const CHINESE_PERCENT =
  /百分之[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?(?:[至到][一二三四五六七八九十]+(?![万亿]))?/y;
const DIGIT_PAIR = /[一二两三四五六七八九][一二两三四五六七八九]/;
/** 三四个, 一两场: an approximate count, not two numbers run together */
const APPROX_PAIR = /^(?:一两|两三|三四|四五|五六|六七|七八|八九)$/;

/**
 * A count in Chinese numerals at `pos` (the start of a numeral run). A run like 七一两 (七一 the
 * holiday, then 两场) is read from the first position where the rest is a well-formed numeral.
 */
export function chineseFigureAt(text: string, pos: number): FigureHit | null {
  CHINESE_PERCENT.lastIndex = pos;
  const percent = CHINESE_PERCENT.exec(text);
  if (percent) return { start: pos, end: pos + percent[0].length };
  let runEnd = pos;
  while (runEnd < text.length && NUMERAL.includes(text[runEnd])) runEnd++;
  for (let p = pos; p < runEnd; p++) {
    const run = text.slice(p, runEnd);
    if (DIGIT_PAIR.test(run) && !(p === pos && APPROX_PAIR.test(run))) continue;
    const hit = countAt(text, p);
    if (hit) return hit;
  }
  return runEnd > pos ? { start: pos, end: runEnd, skip: true } : null;
}

function countAt(text: string, pos: number): FigureHit | null {
  CHINESE.lastIndex = pos;
  const m = CHINESE.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  const skip = { start: pos, end, skip: true };
  const run = m[1];
  const before = text.slice(Math.max(0, pos - 2), pos);
  if (text[pos - 1] === '第' || /以下|如下|下列|以上|上述/.test(before)) return skip;
  if (FIXED.some((word) => text.startsWith(word, pos))) return skip;
  // 一户一档, 三位一体, 两个一百年: a numeral right after the measure makes a set phrase
  if (NUMERAL.includes(text[end] ?? '') && !m[2]) return skip;
  if (/^[十百千万亿]+$/.test(run) && !m[2]) return skip; // 千家万户
  if (run.startsWith('零')) return skip; // 零部件, 零报告: no count starts with 零
  if (run === '一' && (m[3] === '批' || !PUNCT_AFTER.test(text.slice(end, end + 1)))) return skip; // 一项重要任务, 淘汰一批
  // 二十届三中全会, 五次会议: a session, not a count
  if (m[3] === '次' && /^(?:会议|全会|全体会议|代表大会)/.test(text.slice(end, end + 4)))
    return skip;
  if (run.length === 1 && run !== '两' && m[3] === '期') return skip; // 二期项目
  return { start: pos, end };
}
