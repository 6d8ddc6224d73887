// Bad or odd input never crashes the roll-forward and never changes text outside a mark: random
// texts built from the characters the rules look at, with a fixed seed so a failure repeats.
import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from '../../../shared/model';
import { rollForward, undoAllMarks } from '../../../shared/rollover';
import { rollText } from '../../../shared/rollover/roll-text';

const PIECES = [
  ...'0123456789０１２〇○零一二两三四五六七八九十百千万亿第全前年月日号度个名户人次场套余多%．.-—至',
  ...'，。；、：（）()“”《》〔〕+ABO \n',
  '2023年',
  '2022年',
  '二〇二三年',
  '个百分点',
  '万元',
  '上半年',
  '以来',
  '同期',
  '较',
  '排名',
  '全省',
  '12户29人',
  '😀',
];

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('rolling random text', () => {
  const random = mulberry32(20240628);
  const texts = Array.from({ length: 2000 }, () => {
    const length = Math.floor(random() * 40);
    let text = '';
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
    return text;
  });

  it('keeps marks inside the text, in order, and the text outside them unchanged', () => {
    for (const text of texts) {
      const rolled = rollText(text, { from: 2023, to: 2024 });
      expect(rolled.text.length).toBe(text.length);
      let end = 0;
      for (const mark of rolled.marks) {
        expect(mark.start).toBeGreaterThanOrEqual(end);
        expect(mark.end).toBeGreaterThan(mark.start);
        expect(text.slice(mark.start, mark.end)).toBe(mark.was);
        end = mark.end;
      }
      const outside = (s: string) =>
        [...rolled.marks].reverse().reduce((t, m) => t.slice(0, m.start) + t.slice(m.end), s);
      expect(outside(rolled.text)).toBe(outside(text));
    }
  });

  it('gives every random draft back exactly after undoing every mark', () => {
    const draft: Draft = {
      ...emptyDraft({ title: texts[0], year: 2023 }),
      blocks: texts.map((text, i) =>
        i % 3 === 0
          ? { type: 'paragraph', text, lead: { level: 2, text: texts[i + 1] ?? '' } }
          : { type: 'heading', level: 1, text },
      ),
      signature: { unit: '某单位', date: '2023年6月29日' },
    };
    expect(undoAllMarks(rollForward(draft, { year: 2026, date: '2026年1月1日' }))).toEqual(draft);
  });
});
