import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../main/services/import/number-format';

describe('Word list number formats', () => {
  it.each([
    ['decimal', [1, 10, 123], ['1', '10', '123']],
    ['decimalZero', [1, 9, 10], ['01', '09', '10']],
    ['decimalFullWidth', [1, 12], ['１', '１２']],
    ['decimalEnclosedCircle', [1, 10, 20, 21], ['①', '⑩', '⑳', '21']],
    ['decimalEnclosedParen', [1, 3], ['⑴', '⑶']],
    ['upperLetter', [1, 26, 27, 28], ['A', 'Z', 'AA', 'BB']],
    ['lowerLetter', [2, 53], ['b', 'aaa']],
    ['upperRoman', [4, 9, 14, 1994], ['IV', 'IX', 'XIV', 'MCMXCIV']],
    ['lowerRoman', [3, 40], ['iii', 'xl']],
    [
      'chineseCounting',
      [1, 10, 11, 20, 99, 100, 105],
      ['一', '十', '十一', '二十', '九十九', '一○○', '一○五'],
    ],
    [
      'chineseCountingThousand',
      [15, 100, 105, 110, 999, 1000, 1005, 1050, 1500],
      [
        '十五',
        '一百',
        '一百〇五',
        '一百一十',
        '九百九十九',
        '一千',
        '一千〇五',
        '一千〇五十',
        '一千五百',
      ],
    ],
    [
      'japaneseCounting',
      [1, 10, 11, 100, 111, 1000, 2024],
      ['一', '十', '十一', '百', '百十一', '千', '二千二十四'],
    ],
    ['ideographTraditional', [1, 4, 10, 11], ['甲', '丁', '癸', '11']],
    ['ideographZodiac', [1, 12], ['子', '亥']],
    ['ideographDigital', [7, 10, 2023], ['七', '一〇', '二〇二三']],
    ['chineseLegalSimplified', [1, 10, 105], ['壹', '壹拾', '壹佰零伍']],
    ['none', [3], ['']],
    ['someFutureFormat', [3], ['3']],
  ] as const)('%s', (format, numbers, labels) => {
    expect(numbers.map((n) => formatNumber(n, format))).toEqual(labels);
  });
});
