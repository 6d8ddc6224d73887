import { describe, expect, it } from 'vitest';
import {
  chineseDigitsToArabic,
  chineseNumeral,
  headingMarker,
  numberBlocks,
  parseChineseNumeral,
} from '../../shared/numbering';
import type { Block } from '../../shared/model';

describe('heading numbers', () => {
  it('writes counts as Chinese numerals the way headings do', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 115].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '一百一十五',
    ]);
  });

  it('gives each level its GB/T 9704 marker', () => {
    expect([1, 2, 3, 4].map((l) => headingMarker(l as 1 | 2 | 3 | 4, 3))).toEqual([
      '三、',
      '（三）',
      '3.',
      '（3）',
    ]);
  });

  it('numbers by position, counts run-in leads, and restarts deeper levels under a new parent', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: '前言' },
      { type: 'heading', level: 1, text: '基本情况' },
      { type: 'heading', level: 2, text: 'a' },
      { type: 'paragraph', text: '正文', lead: { level: 2, text: 'b' } },
      { type: 'heading', level: 3, text: 'c' },
      { type: 'heading', level: 1, text: '下一步打算' },
      { type: 'heading', level: 2, text: 'd' },
    ];
    expect(numberBlocks(blocks)).toEqual([
      null,
      '一、',
      '（一）',
      '（二）',
      '1.',
      '二、',
      '（一）',
    ]);
  });

  it('reads counting numerals back, the inverse of chineseNumeral', () => {
    for (let n = 1; n <= 200; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
    expect(parseChineseNumeral('一百〇五')).toBe(105);
    expect(parseChineseNumeral('')).toBeNull();
    expect(parseChineseNumeral('十A')).toBeNull();
  });

  it('reads years digit by digit, taking ○ for 〇', () => {
    expect(chineseDigitsToArabic('二〇二四')).toBe('2024');
    expect(chineseDigitsToArabic('二○二三')).toBe('2023');
    expect(chineseDigitsToArabic('二十')).toBeNull();
  });
});
