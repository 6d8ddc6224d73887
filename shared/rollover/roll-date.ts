// The 成文日期 the user chose for this year's draft. GB/T 9704 writes it with Arabic digits, the
// full year and no leading zeros (2024年6月28日), so 2024-06-28 or 2024/6/28 is written that way.
// A date already written out (older Chinese-numeral style included) is kept as the user wrote it.

import { DrafterError } from '../errors';

const WRITTEN =
  /^(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?$/;
const TYPED = /^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$/;

/** `2024-06-28` → `2024年6月28日`; an empty date stays empty (the user fills it in later). */
export function normalizeRollDate(input: string | undefined): string {
  const date = (input ?? '').trim();
  if (!date || WRITTEN.test(date)) return date;
  const typed = TYPED.exec(date);
  if (typed) {
    const [, year, month, day] = typed;
    const m = Number(month);
    const d = Number(day);
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return `${year}年${m}月${d}日`;
  }
  throw new DrafterError(
    'invalid-request',
    `成文日期“${date}”无法识别，请写成 2024年6月28日 这样的格式`,
  );
}
