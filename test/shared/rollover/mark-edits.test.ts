import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft, type Mark } from '../../../shared/model';
import {
  confirmMark,
  countOpenMarks,
  rollForward,
  shiftMarksOnEdit,
  undoAllMarks,
  undoMark,
} from '../../../shared/rollover';
import { showMarks } from './show-marks';

function rolled(): Draft {
  return rollForward({
    ...emptyDraft({ title: '镇工会2023年上半年工作总结', year: 2023 }),
    blocks: [
      {
        type: 'paragraph',
        lead: { level: 2, text: '2023年上半年工作' },
        text: '2023年以来，组织两场演出，观众3000人次。',
      },
    ],
  });
}

function paragraph(draft: Draft) {
  const block = draft.blocks[0];
  if (block.type !== 'paragraph') throw new Error('not a paragraph');
  return block;
}

describe('undoMark', () => {
  it('puts last year’s text back for one mark and keeps the others', () => {
    const draft = undoMark(rolled(), 0, 'text', 0);
    const block = paragraph(draft);
    expect(showMarks(block.text, block.marks)).toBe('2023年以来，组织[两场]演出，观众[3000人次]。');
    expect(countOpenMarks(draft)).toBe(countOpenMarks(rolled()) - 1);
  });

  it('undoes a mark on a run-in heading and on the title', () => {
    const lead = paragraph(undoMark(rolled(), 0, 'lead', 0)).lead;
    expect(lead?.text).toBe('2023年上半年工作');
    expect(lead && 'marks' in lead).toBe(false);
    const title = undoMark(rolled(), -1, 'title', 0);
    expect(title.meta.title).toBe('镇工会2023年上半年工作总结');
    expect(title.meta.titleMarks).toBeUndefined();
  });

  it('refuses a mark that does not exist, in Chinese', () => {
    expect(() => undoMark(rolled(), 0, 'text', 9)).toThrow(/没有这处标记/);
    expect(() => undoMark(rolled(), 5, 'text', 0)).toThrow(/没有第 6 段的这处标记/);
  });
});

describe('confirmMark (仍然有效)', () => {
  it('removes the mark and keeps the text', () => {
    const before = rolled();
    const draft = confirmMark(before, 0, 'text', 1);
    const block = paragraph(draft);
    expect(showMarks(block.text, block.marks)).toBe('{2024年}以来，组织两场演出，观众[3000人次]。');
    expect(block.text).toBe(paragraph(before).text);
  });

  it('brings the count to zero when every mark is resolved', () => {
    let draft = rolled();
    draft = confirmMark(draft, -1, 'title', 0);
    draft = confirmMark(draft, 0, 'lead', 0);
    while (paragraph(draft).marks?.length) draft = confirmMark(draft, 0, 'text', 0);
    expect(countOpenMarks(draft)).toBe(0);
    expect(paragraph(draft).text).toBe('2024年以来，组织两场演出，观众3000人次。');
  });
});

describe('undoAllMarks', () => {
  it('restores year, date, title and every text', () => {
    const draft = undoAllMarks(rolled());
    expect(draft.meta.title).toBe('镇工会2023年上半年工作总结');
    expect(draft.meta.year).toBe(2023);
    expect(paragraph(draft).text).toBe('2023年以来，组织两场演出，观众3000人次。');
    expect(countOpenMarks(draft)).toBe(0);
  });
});

describe('shiftMarksOnEdit', () => {
  const marks: Mark[] = [
    { kind: 'year', start: 0, end: 5, was: '2023年' },
    { kind: 'figure', start: 10, end: 14, was: '两场' },
    { kind: 'figure', start: 20, end: 26, was: '3000人次' },
  ];

  it('moves the marks after an insertion and keeps those before it', () => {
    expect(shiftMarksOnEdit(marks, 7, 7, 3).map((m) => [m.start, m.end])).toEqual([
      [0, 5],
      [13, 17],
      [23, 29],
    ]);
  });

  it('ends a mark when the user types inside it or deletes part of it', () => {
    expect(shiftMarksOnEdit(marks, 12, 12, 1).map((m) => m.was)).toEqual(['2023年', '3000人次']);
    expect(shiftMarksOnEdit(marks, 8, 11, 0).map((m) => m.was)).toEqual(['2023年', '3000人次']);
    expect(shiftMarksOnEdit(marks, 20, 26, 4).map((m) => m.was)).toEqual(['2023年', '两场']);
  });

  it('treats typing right at a mark’s edges as outside it', () => {
    const atStart = shiftMarksOnEdit(marks, 10, 10, 2);
    expect(atStart[1]).toMatchObject({ start: 12, end: 16 });
    const atEnd = shiftMarksOnEdit(marks, 14, 14, 2);
    expect(atEnd[1]).toMatchObject({ start: 10, end: 14 });
    expect(atEnd[2]).toMatchObject({ start: 22, end: 28 });
  });

  it('moves marks back after a deletion before them', () => {
    expect(shiftMarksOnEdit(marks, 5, 8, 0).map((m) => m.start)).toEqual([0, 7, 17]);
  });
});
