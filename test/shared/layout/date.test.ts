import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/layout/date';

describe('成文日期 in the GB/T 9704 form', () => {
  it('drops leading zeros and writes 年月日', () => {
    expect(formatDate('2024年06月08日')).toBe('2024年6月8日');
    expect(formatDate('2024-06-28')).toBe('2024年6月28日');
    expect(formatDate('2024.6.8')).toBe('2024年6月8日');
    expect(formatDate('2024/12/31')).toBe('2024年12月31日');
  });

  it('turns Chinese numerals and full-width digits into Arabic digits', () => {
    expect(formatDate('二〇二四年六月二十八日')).toBe('2024年6月28日');
    expect(formatDate('二○二三年十二月十日')).toBe('2023年12月10日');
    expect(formatDate('２０２４年７月１日')).toBe('2024年7月1日');
    // single-digit months and days of one to three
    expect(formatDate('二〇二四年二月三日')).toBe('2024年2月3日');
    expect(formatDate('二〇二四年一月二十一日')).toBe('2024年1月21日');
  });

  it('keeps a year and month without a day', () => {
    expect(formatDate('2024年06月')).toBe('2024年6月');
  });

  it('leaves what it does not recognise as the user wrote it', () => {
    expect(formatDate(' 六月底 ')).toBe('六月底');
    expect(formatDate('2024年13月1日')).toBe('2024年13月1日');
    expect(formatDate('')).toBe('');
  });
});
