import { describe, expect, it } from 'vitest';
import { layoutParagraphs, type TextItem } from '../../../main/services/import/pdf-layout';

const line = (text: string, x: number, y: number, size = 16): TextItem => ({
  text,
  x,
  y,
  width: text.length * size,
  size,
});

describe('PDF layout', () => {
  it('joins wrapped lines, starts paragraphs at first-line indents and drops the page number', () => {
    const body = '一二三四五六七八九十'.repeat(2) + '一二三四五六七';
    const page = [
      line('标题', 272, 760, 22),
      line(body.slice(2), 112, 700),
      line(body, 80, 672),
      line('短的末行。', 80, 644),
      line(body.slice(2), 112, 616),
      line('第二段结束。', 80, 588),
      line('某某局', 400, 560),
      line('— 1 —', 280, 40),
    ];
    expect(
      layoutParagraphs([page]).map((p) => [p.text.slice(0, 4), p.alignment, p.indented]),
    ).toEqual([
      ['标题', 'center', undefined],
      ['三四五六', undefined, true],
      ['三四五六', undefined, true],
      ['某某局', 'right', undefined],
    ]);
  });

  it('lays out 2,000 pages of 80 lines in well under a second per thousand pages', () => {
    const text = '这是正文内容'.repeat(7);
    const pages = Array.from({ length: 2000 }, () =>
      Array.from({ length: 80 }, (_, l) => line(text, l % 10 ? 72 : 104, 800 - l * 9, 8)),
    );
    const started = Date.now();
    const paragraphs = layoutParagraphs(pages);
    expect(paragraphs.length).toBeGreaterThan(10_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
