import { describe, expect, it } from 'vitest';
import { balanceTitle, titleWords } from '../../../shared/layout/title-lines';
import { textWidth } from '../../../shared/layout/text-width';

describe('balanced title lines', () => {
  it('keeps a title that fits on one line whole', () => {
    expect(balanceTitle('县总工会2023年上半年帮扶工作总结')).toEqual([
      '县总工会2023年上半年帮扶工作总结',
    ]);
  });

  it('breaks a long title into even lines at word boundaries, longer line first', () => {
    const title = '关于进一步加强和改进新时代基层政务公开标准化规范化建设工作情况的报告';
    const lines = balanceTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(2);
    const words = titleWords(title);
    // every break falls between two words
    let joined = '';
    for (const line of lines.slice(0, -1)) {
      joined += line;
      expect(words.some((_, i) => words.slice(0, i + 1).join('') === joined)).toBe(true);
    }
    const widths = lines.map(textWidth);
    expect(widths[0]).toBeGreaterThanOrEqual(widths[1]);
    expect(widths[0] - widths[1]).toBeLessThanOrEqual(3);
    expect(Math.max(...widths)).toBeLessThanOrEqual(20);
  });

  it('never splits a word such as 退役军人 across lines', () => {
    const lines = balanceTitle('XX县退役军人事务局关于2023年上半年退役军人服务保障工作的总结', 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.endsWith('退役') || line.startsWith('军人')).toBe(false);
    }
  });

  it('makes three lines into a trapezoid rather than leaving a stub', () => {
    const lines = balanceTitle(
      '中共某某县委某某工作领导小组办公室关于二〇二三年上半年全县乡村振兴重点工作推进落实情况的总结报告',
    );
    const widths = lines.map(textWidth);
    expect(lines.length).toBe(3);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]);
    expect(widths[2]).toBeGreaterThan(10);
  });

  it('keeps quotation marks with the word they enclose', () => {
    const lines = balanceTitle(
      '区民政局关于开展“治风”专项行动和“清廉民政”建设工作情况的总结报告',
      12,
    );
    for (const line of lines) {
      expect(line.startsWith('”')).toBe(false);
      expect(line.endsWith('“')).toBe(false);
    }
  });

  it('gives nothing for an empty title', () => {
    expect(balanceTitle('   ')).toEqual([]);
  });
});

describe('title words', () => {
  it('keeps office names, years and -化 compounds whole where the dictionary cuts them', () => {
    const words = titleWords('中共某某县委领导小组办公室关于2023年度XX区标准化工作的总结');
    expect(words).toContain('办公室');
    expect(words).toContain('2023年度');
    expect(words).toContain('XX区');
    expect(words).toContain('标准化');
  });
});
