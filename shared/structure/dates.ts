// 成文日期 in the ways people write it at the foot of a report. GB/T 9704 §7.3.5.3 wants Arabic
// numerals with 年月日 in full (`2023年6月29日`), but imported files also carry `2023年6月`,
// `二〇二三年六月二十九日`, `2019.1.2` and `2017/12/12`.

const CN_YEAR_DIGIT = '[〇零○Ｏ0一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const DIGIT = '[0-9０-９]';

const DATE_PATTERNS = [
  new RegExp(`${DIGIT}{4}\\s*年\\s*${DIGIT}{1,2}\\s*月(?:\\s*${DIGIT}{1,2}\\s*日)?`),
  new RegExp(`${CN_YEAR_DIGIT}{4}\\s*年\\s*${CN_SMALL}\\s*月(?:\\s*${CN_SMALL}\\s*日)?`),
  new RegExp(`${DIGIT}{4}\\s*[.．/／-]\\s*${DIGIT}{1,2}(?:\\s*[.．/／-]\\s*${DIGIT}{1,2})?`),
];

const WHOLE_DATE = DATE_PATTERNS.map((re) => new RegExp(`^(?:${re.source})$`));
const UNIT_THEN_DATE = DATE_PATTERNS.map((re) => new RegExp(`^(.+?)[\\s\\u3000]+(${re.source})$`));

/** The whole text is a date (spaces around it allowed). */
export function isDateLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 30 && WHOLE_DATE.some((re) => re.test(trimmed));
}

/**
 * A line holding a signature unit and a date side by side (`XX县总工会    2023年6月15日`): the unit
 * and the date, or null.
 */
export function splitUnitAndDate(text: string): { unit: string; date: string } | null {
  const trimmed = text.trim();
  // a signature line is short; the pattern would backtrack over long runs of spaces
  if (trimmed.length > 80) return null;
  for (const re of UNIT_THEN_DATE) {
    const m = re.exec(trimmed);
    if (m) return { unit: m[1].trim(), date: m[2] };
  }
  return null;
}

const FULL_DIGITS = '０１２３４５６７８９';

/** The year a date or title names, from Arabic or Chinese digits; null when there is none. */
export function yearOf(text: string): number | null {
  const normal = text.replace(/[０-９]/g, (d) => String(FULL_DIGITS.indexOf(d)));
  const arabic = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(normal);
  if (arabic) return Number(arabic[1]);
  const chinese = new RegExp(`(${CN_YEAR_DIGIT}{4})\\s*年`).exec(text);
  if (!chinese) return null;
  const map: Record<string, string> = { 〇: '0', 零: '0', '○': '0', Ｏ: '0', 0: '0' };
  const cnDigits = '一二三四五六七八九';
  const digits = [...chinese[1]].map((ch) => map[ch] ?? String(cnDigits.indexOf(ch) + 1)).join('');
  const year = Number(digits);
  return year >= 1900 && year < 2100 ? year : null;
}
