// Numbers after GB/T 15835-2011: years written in full (§5.2.1 “年份不能简写”), ranges of time
// joined by a dash rather than a hyphen (GB/T 15834 §4.13.3.2), no leading zeros in dates.

import type { LocalFinding, TextRule } from './types';
import { chineseDigitsToArabic, parseChineseNumeral } from '../numbering';

/** `23年上半年`: a year cut to two digits, followed by what only years are followed by. */
export const shortYear: TextRule = (text, ctx) => {
  const out: LocalFinding[] = [];
  if (!text.includes('年')) return out;
  const re =
    /(?<![\d.．%０-９])(\d{2})年(?=\d{1,2}月|[上下]半年|度|第[一二三四]季度|[一二三四]季度|初(?!步|心|衷)|底|末)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const yy = Number(m[1]);
    let fix: string | undefined;
    if (ctx.year) {
      const century = Math.floor(ctx.year / 100) * 100;
      const full = [century - 100, century, century + 100]
        .map((c) => c + yy)
        .find((y) => Math.abs(y - ctx.year!) <= 5);
      if (full) fix = `${full}年`;
    }
    out.push({
      rule: 'number.short-year',
      severity: 'warning',
      start: m.index,
      end: m.index + m[0].length,
      message: `年份“${m[0]}”不能简写，应写全四位${fix ? `（${fix}）` : ''}`,
      fix,
    });
  }
  return out;
};

const RANGE_UNIT =
  /^(?:月|日|年(?!级)|级|个|人|名|户|次|元|万元|亿元|公里|千米|米|岁|天|小时|课时|%|％)/;

/**
 * `1-6月`, `2021-2023年`: a range of time wants the dash `—` (GB/T 15834 §4.13.3.2); `1-6级`,
 * `3-5人`: a range of values wants the swung dash `～` (§4.13.3.3).
 */
export const hyphenRange: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/\d[-－]\d/.test(text)) return out;
  const re = /(?<![\d.\-－A-Za-z])(\d{1,4})([-－])(\d{1,4})(?![\d.\-－])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const unit = RANGE_UNIT.exec(text.slice(m.index + m[0].length))?.[0];
    if (!unit || !(a < b)) continue;
    if (unit === '月' && b > 12) continue;
    if (m[1].length !== m[3].length && m[1].length === 4) continue;
    const time = unit === '月' || unit === '日' || unit === '年';
    const mark = time ? '—' : '～';
    const at = m.index + m[1].length;
    out.push({
      rule: 'number.range-dash',
      severity: 'hint',
      start: at,
      end: at + 1,
      message: time
        ? `时间的起止用一字线“—”连接：“${m[1]}—${m[3]}”`
        : `数值范围用浪纹线“～”连接：“${m[1]}～${m[3]}${unit}”`,
      fix: mark,
    });
  }
  return out;
};

/** `2023年06月`, `6月09日`: dates carry no leading zero in Chinese text. */
export const leadingZero: TextRule = (text) => {
  const out: LocalFinding[] = [];
  if (!/0[1-9][月日号]/.test(text)) return out;
  const re = /(?<!\d)0([1-9])(?=月)|(?<=月)0([1-9])(?=日|号)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const digit = m[1] ?? m[2];
    out.push({
      rule: 'number.leading-zero',
      severity: 'warning',
      start: m.index,
      end: m.index + 2,
      message: `日期中的“${m[0]}”不加前导零，应为“${digit}”`,
      fix: digit,
    });
  }
  return out;
};

export const numberRules: TextRule[] = [shortYear, hyphenRange, leadingZero];

/** A year, month or percentage in Chinese or Arabic numerals, for the document-wide consistency rule. */
export interface NumberUse {
  kind: 'month' | 'percent' | 'year';
  start: number;
  end: number;
  /** the same number in Arabic numerals, for the fix (Chinese uses only) */
  arabic: string;
  chinese: boolean;
}

/** 百分之五点一 → 5.1%, 百分之二十 → 20%; null when the words are not a plain number. */
function chinesePercent(words: string): string | null {
  const [whole, decimals] = words.split('点');
  if (!/^[零一二三四五六七八九十百]+$/.test(whole)) return null;
  if (decimals !== undefined && !/^[零〇一二三四五六七八九]+$/.test(decimals)) return null;
  const total = parseChineseNumeral(whole);
  const dec = decimals ? chineseDigitsToArabic(decimals) : '';
  if (total === null || dec === null) return null;
  return `${total}${dec ? `.${dec}` : ''}%`;
}

/**
 * Months in a text. A Chinese month counts only where it is clearly a date (`今年五月`, `五月份`,
 * `六月底`), so `一月一课` and other set phrases stay out.
 */
export function monthUses(text: string): NumberUse[] {
  const uses: NumberUse[] = [];
  if (!text.includes('月')) return uses;
  const arabic = /(?<![\d.])(1[0-2]|[1-9])月/g;
  for (let m = arabic.exec(text); m; m = arabic.exec(text)) {
    uses.push({
      kind: 'month',
      start: m.index,
      end: m.index + m[0].length - 1,
      arabic: m[1],
      chinese: false,
    });
  }
  const chinese =
    /(?<![一二三四五六七八九十〇零])(十[一二]?|[一二三四五六七八九])月(?=份|底|初|中旬|上旬|下旬|末|[一二三四五六七八九十]+日)|(?<=[年于至到])(十[一二]?|[一二三四五六七八九])月(?![一二三四五六七八九十])/g;
  for (let m = chinese.exec(text); m; m = chinese.exec(text)) {
    const word = m[1] ?? m[2];
    // `二〇二三年六月` is a date written wholly in Chinese, a style of its own
    if (/[〇零]/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    uses.push({
      kind: 'month',
      start: m.index,
      end: m.index + word.length,
      arabic: String(parseChineseNumeral(word)),
      chinese: true,
    });
  }
  return uses;
}

/** Years: `2023年` and `二〇二三年` (GB/T 15835 §5.2.1 prefers Arabic numerals). */
export function yearUses(text: string): NumberUse[] {
  const uses: NumberUse[] = [];
  if (!text.includes('年')) return uses;
  const arabic = /(?<![\d.])(?:19|20)\d{2}(?=年)/g;
  for (let m = arabic.exec(text); m; m = arabic.exec(text)) {
    uses.push({ kind: 'year', start: m.index, end: m.index + 4, arabic: m[0], chinese: false });
  }
  // only years that date something: `二〇三五年远景目标` is part of a plan's official name
  const chinese =
    /(?<![零〇○一二三四五六七八九十])[一二][零〇○一二三四五六七八九]{3}(?=年(?:[一二三四五六七八九十]+月|度|底|初|末|[上下]半年|以来))/g;
  for (let m = chinese.exec(text); m; m = chinese.exec(text)) {
    const digits = chineseDigitsToArabic(m[0]) ?? m[0];
    uses.push({ kind: 'year', start: m.index, end: m.index + 4, arabic: digits, chinese: true });
  }
  return uses;
}

/** Percentages: `5.1%` and `百分之五点一`. */
export function percentUses(text: string): NumberUse[] {
  const uses: NumberUse[] = [];
  if (text.includes('%') || text.includes('％')) {
    const arabic = /\d+(?:\.\d+)?[%％]/g;
    for (let m = arabic.exec(text); m; m = arabic.exec(text)) {
      uses.push({
        kind: 'percent',
        start: m.index,
        end: m.index + m[0].length,
        arabic: m[0],
        chinese: false,
      });
    }
  }
  if (text.includes('百分之')) {
    const chinese = /百分之([零〇一二三四五六七八九十百点]+)/g;
    for (let m = chinese.exec(text); m; m = chinese.exec(text)) {
      // `百分之二十到三十`: a range, whose other end a fix of this half would leave behind
      const range = /^[到至～~—、或]/.test(text.slice(m.index + m[0].length));
      const value = range ? null : chinesePercent(m[1]);
      if (!value && !range) continue;
      uses.push({
        kind: 'percent',
        start: m.index,
        end: m.index + m[0].length,
        arabic: value ?? '',
        chinese: true,
      });
    }
  }
  return uses;
}
