import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { withLead, withLevel } from '../../../renderer/editor/block-level';

const figure = (start: number, end: number, was: string) =>
  ({ kind: 'figure', start, end, was }) as const;

describe('withLevel', () => {
  it('makes body text a heading and back, keeping marks and id', () => {
    const para: Block = {
      type: 'paragraph',
      text: '完成95名',
      marks: [figure(2, 5, '95名')],
      id: 'a',
    };
    const heading = withLevel(para, 2);
    expect(heading).toEqual({
      type: 'heading',
      level: 2,
      text: '完成95名',
      marks: [figure(2, 5, '95名')],
      id: 'a',
    });
    expect(withLevel(heading, 0)).toEqual(para);
  });

  it('changes the level of a run-in heading, and unwraps it into body text at 0', () => {
    const block: Block = {
      type: 'paragraph',
      text: '发放95名。',
      lead: { level: 2, text: '优抚工作' },
      marks: [figure(2, 5, '95名')],
    };
    expect(withLevel(block, 3)).toEqual({ ...block, lead: { level: 3, text: '优抚工作' } });
    expect(withLevel(block, 0)).toEqual({
      type: 'paragraph',
      text: '优抚工作。发放95名。',
      marks: [figure(7, 10, '95名')],
    });
  });
});

describe('withLead', () => {
  it('takes the text up to the first 。 as the lead and drops that 。', () => {
    const block: Block = {
      type: 'paragraph',
      text: '优抚工作。累计发放95名。',
      marks: [figure(9, 12, '95名')],
    };
    expect(withLead(block, 2)).toEqual({
      type: 'paragraph',
      text: '累计发放95名。',
      lead: { level: 2, text: '优抚工作' },
      marks: [figure(4, 7, '95名')],
    });
  });

  it('keeps a closing ： as the lead punctuation', () => {
    expect(withLead({ type: 'paragraph', text: '主要做法：一是……' }, 3)).toEqual({
      type: 'paragraph',
      text: '一是……',
      lead: { level: 3, text: '主要做法', punct: '：' },
    });
  });

  it('uses the selection end when given and leaves a paragraph without text alone', () => {
    expect(withLead({ type: 'paragraph', text: '基层党建扎实推进' }, 2, 4)).toEqual({
      type: 'paragraph',
      text: '扎实推进',
      lead: { level: 2, text: '基层党建', punct: '' },
    });
    const empty: Block = { type: 'paragraph', text: '' };
    expect(withLead(empty, 2)).toBe(empty);
  });
});
