// Heading numbers follow from position (GB/T 9704 §7.3.3 order: 一、 → （一） → 1. → （1）).
// They are never stored in the model; the exporter and the editor derive them here.

import type { Block, HeadingLevel } from './model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (counting style used in headings). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = DIGITS[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + DIGITS[rest];
    return head + (rest < 20 ? '一' : '') + chineseNumeral(rest);
  }
  return String(n);
}

/** The marker a heading at `level` carries as the `index`-th (1-based) of its siblings. */
export function headingMarker(level: HeadingLevel, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
  }
}

/** The heading level of a block, counting a paragraph's run-in lead as a heading at its level. */
export function blockHeadingLevel(block: Block): HeadingLevel | null {
  if (block.type === 'heading') return block.level;
  if (block.type === 'paragraph' && block.lead) return block.lead.level;
  return null;
}

/**
 * The number marker of every block, by position: `一、` for the first level-1 heading and so on;
 * null for blocks that are not headings. A heading resets the counters of all deeper levels.
 */
export function numberBlocks(blocks: readonly Block[]): (string | null)[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((block) => {
    const level = blockHeadingLevel(block);
    if (level === null) return null;
    counters[level - 1] += 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    return headingMarker(level, counters[level - 1]);
  });
}

/** Chinese digits; `○` (U+25CB) is what people often type for `〇`. */
const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; null for what is not a counting numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGIT_VALUES) {
      digit = DIGIT_VALUES[ch];
    } else if (ch === '十' || ch === '百') {
      total += (digit < 0 ? 1 : digit) * (ch === '十' ? 10 : 100);
      digit = -1;
    } else {
      return null;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** 二〇二四 → '2024': digit by digit, as years and decimals are read; null if any is no digit. */
export function chineseDigitsToArabic(text: string): string | null {
  let value = '';
  for (const ch of text) {
    if (!(ch in DIGIT_VALUES)) return null;
    value += DIGIT_VALUES[ch];
  }
  return value;
}
