import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholdersIn } from '../../../shared/snippets/placeholders';

const meta = { unit: '某县统计局', year: 2024, period: '上半年' as const, date: '2024年7月5日' };

describe('placeholders', () => {
  it('fills unit, year, period and date from the metadata', () => {
    expect(fillPlaceholders('现将{单位}{年度}年{期间}工作总结如下（{日期}）', meta)).toBe(
      '现将某县统计局2024年上半年工作总结如下（2024年7月5日）',
    );
  });

  it('derives the next and the previous year from the year', () => {
    expect(fillPlaceholders('{上一年度}年、{年度}年和{下一年度}年', meta)).toBe(
      '2023年、2024年和2025年',
    );
  });

  it('keeps a placeholder visible when the metadata has no value for it', () => {
    expect(fillPlaceholders('{单位}负责人{姓名}', { unit: '' })).toBe('{单位}负责人{姓名}');
  });

  it('drops missing values on request, as titles need', () => {
    expect(fillPlaceholders('{单位}{年度}年工作总结', { year: 2024 }, { missing: 'drop' })).toBe(
      '2024年工作总结',
    );
  });

  it('writes a whole-year period as the year alone', () => {
    expect(fillPlaceholders('{年度}年{期间}工作', { year: 2024, period: '全年' })).toBe(
      '2024年工作',
    );
    expect(fillPlaceholders('本单位{期间}工作', { period: '全年' })).toBe('本单位全年工作');
  });

  it('leaves unknown names and plain braces alone', () => {
    expect(fillPlaceholders('{主送机关}：{ }', meta)).toBe('{主送机关}：{ }');
  });

  it('lists the placeholders a text uses once each', () => {
    expect(placeholdersIn('{单位}{年度}年{单位}{期间}')).toEqual(['单位', '年度', '期间']);
  });
});
