// GB/T 9704-2012 §7.3.5: 成文日期 in Arabic digits with the full year and no leading zeros,
// `2024年6月28日`. Imported and typed dates come as `2024年06月28日`, `2024-6-28`, `2024.06.28`,
// `二〇二四年六月二十八日` (often typed with ○ U+25CB for 〇) or with full-width digits; all of
// them become the standard form.

import { chineseDigitsToArabic, parseChineseNumeral } from '../numbering';

function toHalfWidth(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** 二〇二四 → 2024 (digit by digit, as years are read). */
function chineseYear(text: string): number | null {
  const value = chineseDigitsToArabic(text);
  return value?.length === 4 ? Number(value) : null;
}

/** 六 → 6, 十 → 10, 十二 → 12, 二十八 → 28, 三十一 → 31. */
function chineseCount(text: string): number | null {
  // up to 三十九, no 零 or 百: a month or a day
  if (!/^[一二三]?十?[一二三四五六七八九]?$/.test(text)) return null;
  return parseChineseNumeral(text);
}

function valid(year: number, month: number, day: number | null): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return false;
  return day === null || (day >= 1 && day <= 31);
}

/**
 * The date in the standard form, or the text unchanged (trimmed) when it is not a date this
 * recognises, so nothing the user wrote is lost.
 */
export function formatDate(text: string): string {
  const input = toHalfWidth(text.trim()).replace(/\s+/g, '');
  const arabic = /^(\d{4})(?:年|[-./])(\d{1,2})(?:月|[-./])(?:(\d{1,2})日?)?$/.exec(input);
  if (arabic) {
    const [, y, m, d] = arabic;
    const day = d === undefined ? null : Number(d);
    if (valid(Number(y), Number(m), day)) {
      return `${Number(y)}年${Number(m)}月` + (day === null ? '' : `${day}日`);
    }
  }
  const chinese =
    /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?$/.exec(
      input,
    );
  if (chinese) {
    const year = chineseYear(chinese[1]);
    const month = chineseCount(chinese[2]);
    const day = chinese[3] === undefined ? null : chineseCount(chinese[3]);
    if (year !== null && month !== null && (chinese[3] === undefined || day !== null)) {
      if (valid(year, month, day)) return `${year}年${month}月` + (day === null ? '' : `${day}日`);
    }
  }
  return text.trim();
}
