import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../../shared/snippets/pinyin-initials';

describe('pinyin initials', () => {
  it('gives one entry per character, empty for punctuation, digits and placeholders', () => {
    // 将 is also read qiāng, so its entry is 'jq'
    expect(initialsOf('现将{单位}2024年工作，')).toEqual([
      'x',
      'jq',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'n',
      'g',
      'z',
      '',
    ]);
  });

  it('puts the reading in context first and keeps the other readings of a polyphone', () => {
    const [yin, hang] = initialsOf('银行');
    expect(yin).toBe('y');
    expect(hang[0]).toBe('h');
    expect(hang).toContain('x');
    const [xing] = initialsOf('行动');
    expect(xing[0]).toBe('x');
    expect(initialsOf('重点')[0]).toMatch(/^z.*c|^c.*z/);
    expect(initialsOf('长期')[0]).toContain('c');
    expect(initialsOf('长期')[0]).toContain('z');
  });
});
