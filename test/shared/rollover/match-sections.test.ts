import { describe, expect, it } from 'vitest';
import { emptyDraft, type Block, type Draft } from '../../../shared/model';
import { matchSections } from '../../../shared/rollover';

function draft(blocks: Block[]): Draft {
  return { ...emptyDraft(), blocks };
}

const body = (text: string): Block => ({ type: 'paragraph', text });

const lastYear = draft([
  body('2023年以来，……'),
  { type: 'heading', level: 1, text: '基本情况', kinds: ['overview'] }, // 1
  body('全村现有农户1828户。'),
  { type: 'heading', level: 1, text: '工作开展情况', kinds: ['work'] }, // 3
  { type: 'heading', level: 2, text: '优抚工作' },
  body('累计发放资金。'),
  { type: 'heading', level: 1, text: '存在的问题', kinds: ['problems'] }, // 6
  body('一是……'),
  { type: 'heading', level: 1, text: '下一步工作打算', kinds: ['plans'] }, // 8
  body('继续做好……'),
]);

describe('matchSections (往年参照)', () => {
  it('pairs each section with last year’s of the same kind, and work with last year’s plans', () => {
    const thisYear = draft([
      { type: 'heading', level: 1, text: '主要做法', kinds: ['work'] }, // 0
      body('……'),
      { type: 'heading', level: 1, text: '下一步打算', kinds: ['plans'] }, // 2
      body('……'),
      { type: 'heading', level: 1, text: '基本情况', kinds: ['overview'] }, // 4
    ]);
    expect(matchSections(thisYear, lastYear)).toEqual([
      { section: { start: 0, end: 2 }, same: { start: 3, end: 6 }, plans: { start: 8, end: 10 } },
      { section: { start: 2, end: 4 }, same: { start: 8, end: 10 }, plans: null },
      { section: { start: 4, end: 5 }, same: { start: 1, end: 3 }, plans: null },
    ]);
  });

  it('reads kinds off the heading when recognition left none, and otherwise matches by wording', () => {
    const thisYear = draft([
      { type: 'heading', level: 1, text: '存在问题' }, // problems, from the words
      { type: 'heading', level: 1, text: '党建引领基层治理' },
    ]);
    const before = draft([
      { type: 'heading', level: 1, text: '存在问题及改进措施' },
      { type: 'heading', level: 1, text: '坚持党建引领基层治理' },
      { type: 'heading', level: 1, text: '其他工作' },
    ]);
    const [problems, wording] = matchSections(thisYear, before);
    expect(problems.same).toEqual({ start: 0, end: 1 });
    expect(wording.same).toEqual({ start: 1, end: 2 });
  });

  it('finds nothing when last year had no matching section', () => {
    const thisYear = draft([
      { type: 'heading', level: 1, text: '经验体会', kinds: ['experience'] },
    ]);
    expect(matchSections(thisYear, lastYear)).toEqual([
      { section: { start: 0, end: 1 }, same: null, plans: null },
    ]);
  });
});
