// Digits as reports write them: ASCII, full-width (２０２３, common in text pasted from WPS), and
// Chinese year numerals (二〇二三年, also 二○二三 with a circle and 二0二三 with a Latin zero).

const CHINESE_DIGITS = '〇一二三四五六七八九';
/** zero glyphs seen in year numerals; a shifted year keeps the one the writer used */
const ZEROS = '〇○零0Ｏ';

export function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

export function isWideDigit(ch: string): boolean {
  return ch >= '０' && ch <= '９';
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && (isAsciiDigit(ch) || isWideDigit(ch));
}

/** The value of an ASCII or full-width digit string. */
export function digitValue(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    n = n * 10 + (isWideDigit(ch) ? code - 0xff10 : code - 0x30);
  }
  return n;
}

/** `year` written with the same kind of digits as `like` (ASCII or full-width). */
export function formatLikeDigits(year: number, like: string): string {
  const plain = String(year);
  if (!isWideDigit(like[0])) return plain;
  return [...plain].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
}

/** 二〇二三 → 2023; null when the four characters are not a Chinese year numeral. */
export function chineseYearValue(text: string): number | null {
  if (text.length !== 4) return null;
  let n = 0;
  let chinese = 0;
  for (const ch of text) {
    let d = CHINESE_DIGITS.indexOf(ch);
    if (d < 0 && ZEROS.includes(ch)) d = 0;
    if (d < 0) return null;
    if (ch !== '0') chinese++;
    n = n * 10 + d;
  }
  return chinese >= 2 && n >= 1900 && n <= 2099 ? n : null;
}

/** 2024 written like `like` (二〇二三 → 二〇二四, 二0二三 → 二0二四). */
export function formatChineseYear(year: number, like: string): string {
  const zero = [...like].find((ch) => ZEROS.includes(ch)) ?? '〇';
  return [...String(year)].map((d) => (d === '0' ? zero : CHINESE_DIGITS[Number(d)])).join('');
}

export function isChineseYearChar(ch: string | undefined): boolean {
  return ch !== undefined && (CHINESE_DIGITS.includes(ch) || ZEROS.includes(ch));
}
