import { describe, expect, it } from 'vitest';
import { signatureIndents } from '../../../shared/layout/signature';

describe('unsealed signature placement', () => {
  it('puts the unit two characters from the right and the date two characters right of its start', () => {
    // unit 8 characters, date 2024年6月28日 = 6.5 characters (digits are half width)
    const { unitRight, dateRight } = signatureIndents('某某县民政局机关', '2024年6月28日');
    expect(unitRight).toBe(2);
    // date start = right edge − 2 − 8 + 2; date end = start + 6.5
    expect(dateRight).toBeCloseTo(8 - 6.5, 5);
  });

  it('lets a date longer than the unit take the two characters and moves the unit left', () => {
    const { unitRight, dateRight } = signatureIndents('张某某', '2024年12月31日');
    expect(dateRight).toBe(2);
    // the unit starts two characters left of the date: 2 + 7 + 2 − 3
    expect(unitRight).toBeCloseTo(8, 5);
  });

  it('falls back to two characters when one of the lines is missing', () => {
    expect(signatureIndents('', '2024年6月28日')).toEqual({ unitRight: 2, dateRight: 2 });
  });
});
