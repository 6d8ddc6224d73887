// Word's list number formats (ECMA-376 §17.18.59 ST_NumberFormat) as Word renders them. The
// Chinese ones follow what Word displays, checked against the LIR008–010 oracle files: chineseCounting
// writes 100 and up digit by digit with ○ (一○一), chineseCountingThousand counts with 百/千 and
// 〇 for skipped places (一百〇一), ideographTraditional stops after 癸 and falls back to digits.

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CIRCLE_ZERO = '○';
const LING = '〇';
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
const LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

function tensAndOnes(n: number, digits: readonly string[]): string {
  // n in 1..99 in counting style: 十, 十一, 二十, 二十一
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return digits[ones];
  return (tens === 1 ? '' : digits[tens]) + '十' + digits[ones];
}

function chineseCounting(n: number): string {
  if (n >= 1 && n <= 99) return tensAndOnes(n, DIGITS);
  if (n >= 100 && n <= 9999) {
    return [...String(n)].map((d) => (d === '0' ? CIRCLE_ZERO : DIGITS[Number(d)])).join('');
  }
  return String(n);
}

function chineseCountingThousand(n: number): string {
  if (n >= 1 && n <= 99) return tensAndOnes(n, DIGITS);
  if (n >= 100 && n <= 9999) {
    const thousands = Math.floor(n / 1000);
    const hundreds = Math.floor(n / 100) % 10;
    const rest = n % 100;
    let out = thousands ? DIGITS[thousands] + '千' : '';
    if (hundreds) out += DIGITS[hundreds] + '百';
    else if (thousands && rest) out += LING;
    if (rest) {
      // after 百 or 千 a lone ten is 一十 (一百一十), and a skipped tens place is 〇 (一百〇五)
      if (rest < 10) out += (hundreds ? LING : '') + DIGITS[rest];
      else out += DIGITS[Math.floor(rest / 10)] + '十' + DIGITS[rest % 10];
    }
    return out;
  }
  return String(n);
}

function japaneseCounting(n: number): string {
  if (n < 1 || n > 9999) return String(n);
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0');
  let out = '';
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (!d) continue;
    out += (d === 1 && i < 3 ? '' : DIGITS[d]) + units[i];
  }
  return out;
}

function legalSimplified(n: number): string {
  if (n < 1 || n > 9999) return String(n);
  const units = ['仟', '佰', '拾', ''];
  const digits = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (!d) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += LEGAL[0];
    zero = false;
    out += LEGAL[d] + units[i];
  }
  return out;
}

function letters(n: number, base: string): string {
  // Word repeats the letter: 27 → AA, 28 → BB
  if (n < 1) return String(n);
  const letter = String.fromCharCode(base.charCodeAt(0) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, text] of table) {
    while (n >= value) {
      out += text;
      n -= value;
    }
  }
  return out;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function fullWidth(n: number): string {
  return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(n);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chineseCountingThousand(n);
    case 'japaneseCounting':
      return japaneseCounting(n);
    case 'chineseLegalSimplified':
      return legalSimplified(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? BRANCHES[n - 1] : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => (d === '0' ? LING : DIGITS[Number(d)])).join('');
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    case 'none':
      return '';
    default:
      return String(n);
  }
}
