import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/word-count';

describe('countWords (WPS 字数)', () => {
  it('counts each Chinese character and full-width punctuation mark as one', () => {
    expect(countWords('现将有关情况总结如下：')).toBe(11);
  });

  it('counts a run of Latin letters or digits as one word', () => {
    expect(countWords('2024年')).toBe(2);
    expect(countWords('完成84.8%，较2023年提高4.3个百分点')).toBe(14);
    expect(countWords('推进GDP核算')).toBe(5);
  });

  it('counts nothing for spaces, full-width spaces and line breaks', () => {
    expect(countWords('一 二\u3000三\n四')).toBe(4);
    expect(countWords('')).toBe(0);
  });

  it('splits Latin words at spaces', () => {
    expect(countWords('Times New Roman')).toBe(3);
  });

  it('counts a character outside the basic plane once', () => {
    expect(countWords('𠀀字')).toBe(2);
  });
});
