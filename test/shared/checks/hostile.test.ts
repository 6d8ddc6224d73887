// Bad input never crashes or hangs the checks: random text built from the characters the rules
// react to, one very long paragraph, and every fix applied in turn.
import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft, RULES } from '../../../shared/checks';
import { sourceText } from '../../../shared/checks/check-draft';
import type { Block } from '../../../shared/model';
import { draftOf, heading, para } from './helpers';

const PIECES = [
  ...'，。、；：？！“”‘’（）《》【】〔〕〈〉…—-.,:;()"<>{}XAx0123456789'.split(''),
  '习近平新时代',
  '中国特色社会主义思想',
  '党的二十届三中全会',
  '截止目前',
  '一、',
  '（一）',
  '1、',
  '百分之五',
  '6月',
  '五月',
  '23年',
  '13812345678',
  '341502198506121236',
  '工作工作',
  '以人民为中心',
  '的',
  '年',
];

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function noise(next: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('checks on hostile input', () => {
  it('returns findings with valid ranges for random text and applies every fix without harm', () => {
    const next = random(20231129);
    const known = new Set(RULES.map((r) => r.id));
    for (let round = 0; round < 30; round++) {
      const blocks: Block[] = [];
      for (let i = 0; i < 12; i++) {
        if (next() < 0.2) {
          const marker = ['一、', '（二）', '3.', '(4)', '五.', '1、'][Math.floor(next() * 6)];
          blocks.push(
            heading((1 + Math.floor(next() * 4)) as 1 | 2 | 3 | 4, noise(next, 8), marker),
          );
        } else {
          blocks.push(para(noise(next, 20 + Math.floor(next() * 200))));
        }
      }
      const draft = draftOf(blocks);
      draft.meta.title = noise(next, 20);
      const found = checkDraft(draft);
      for (const f of found) {
        expect(known.has(f.rule), f.rule).toBe(true);
        const source = sourceText(draft, f);
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThanOrEqual(f.start);
        expect(f.end).toBeLessThanOrEqual(source.length);
        const fixed = applyFix(draft, f);
        expect(fixed.blocks.length).toBeLessThanOrEqual(draft.blocks.length);
      }
    }
  });

  it('gets through one paragraph of 300,000 characters', () => {
    const next = random(7);
    const found = checkDraft(draftOf([para(noise(next, 300_000))]));
    expect(found.length).toBeGreaterThan(0);
  });

  it('gets through a formulation repeated ten thousand times with one character dropped', () => {
    const text = '习近平新时代中国特色社会主思想，'.repeat(10_000);
    const found = checkDraft(draftOf([para(text)])).filter((f) => f.rule === 'formulation');
    expect(found).toHaveLength(10_000);
  });
});
