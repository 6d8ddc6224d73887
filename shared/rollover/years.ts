// Which years mean the reporting period (and move a year forward) and which name a fixed event
// (and stay). `from` is the year last year's report was about; `d` below is year − from.

import { chineseYearValue, digitValue, isChineseYearChar, isDigit } from './numerals';

export interface YearHit {
  start: number;
  /** just after 年 */
  end: number;
  year: number;
  /** the year's digits as written (2023, ２０２３, 二〇二三) */
  digits: string;
  chinese: boolean;
}

export type YearDecision =
  | { action: 'shift'; unsure: boolean }
  | { action: 'keep'; end: number }
  /** a dated event of last year's period: kept as written, marked as needing this year's date */
  | { action: 'stale-date'; end: number };

const ARABIC_YEAR = /([12][0-9]{3}|[１２][０-９]{3})年/y;
/** 月D日 (or 号) in Arabic or Chinese numerals (六月二十九日) */
const MONTH_DAY =
  '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号]';
/** 年M月D日 right after the year: a full date */
const FULL_DATE = new RegExp(MONTH_DAY, 'y');
/** a year right after this, `2021—2023年` or `2021年至2023年`, makes a fixed span */
const RANGE_BEFORE = /(?:[0-9０-９]年?|[〇○零一二三四五六七八九]年)[-—–~～至到]$/;
const RANGE_AFTER = /[-—–~～至到](?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})/y;
const COMPARED_BEFORE = /(?:较|比|与|同|相比|对比)$/;
const COMPARED_AFTER = /同期|相比|比较/y;
const DATED_EVENT = new RegExp(`(?:[0-9０-９]{4}|[〇○零0Ｏ一二三四五六七八九]{4})年${MONTH_DAY}`);
/** what follows last year's year when it names last year's period as a whole */
const PERIOD_AFTER = /度|工作|以来|底|末|全年|上半年|下半年|秋冬季|冬季|秋季/y;

/** `2022年12月30日，……总结2022年度工作`: the sentence is about a dated event, which stays. */
function afterFixedDate(text: string, hit: YearHit): boolean {
  const sentenceStart = Math.max(
    text.lastIndexOf('。', hit.start),
    text.lastIndexOf('；', hit.start),
    text.lastIndexOf('\n', hit.start),
  );
  return DATED_EVENT.test(text.slice(sentenceStart + 1, hit.start));
}

/** The year written at `pos` (`2023年`, `２０２３年`, `二〇二三年`), or null. */
export function yearAt(text: string, pos: number): YearHit | null {
  if (isDigit(text[pos])) {
    if (isDigit(text[pos - 1])) return null;
    ARABIC_YEAR.lastIndex = pos;
    const m = ARABIC_YEAR.exec(text);
    if (!m) return null;
    const year = digitValue(m[1]);
    if (year < 1900 || year > 2099) return null;
    return { start: pos, end: pos + 5, year, digits: m[1], chinese: false };
  }
  if (text[pos + 4] !== '年' || isChineseYearChar(text[pos - 1])) return null;
  const digits = text.slice(pos, pos + 4);
  const year = chineseYearValue(digits);
  return year === null ? null : { start: pos, end: pos + 5, year, digits, chinese: true };
}

function matchesAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Decide one year. `from` null means the report's year is unknown, so nothing moves.
 * `inName` is true inside 《》 and “”: a document named after last year may be this year's too.
 */
export function decideYear(
  text: string,
  hit: YearHit,
  from: number | null,
  inName: boolean,
): YearDecision {
  const fullDate = matchesAt(FULL_DATE, text, hit.end);
  const afterDate = fullDate ? hit.end + fullDate[0].length : hit.end;
  const keep: YearDecision = { action: 'keep', end: afterDate };
  if (from === null) return keep;
  const d = hit.year - from;

  if (fullDate) return d === 0 ? { action: 'stale-date', end: afterDate } : keep;
  const before = text.slice(Math.max(0, hit.start - 3), hit.start);
  if (RANGE_BEFORE.test(before) || matchesAt(RANGE_AFTER, text, hit.end)) return keep;

  const compared =
    COMPARED_BEFORE.test(before) || matchesAt(COMPARED_AFTER, text, hit.end) !== null;
  if (compared) return d === 0 || d === -1 ? { action: 'shift', unsure: false } : keep;

  if (d === 0) return { action: 'shift', unsure: inName };
  if (d === 1) return { action: 'shift', unsure: true };
  if (d === -1 && !inName && matchesAt(PERIOD_AFTER, text, hit.end) && !afterFixedDate(text, hit)) {
    return { action: 'shift', unsure: true };
  }
  return keep;
}
