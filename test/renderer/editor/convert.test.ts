import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { usableMarks } from '../../../renderer/editor/convert';
import { headlessEditor, readBlocks } from './editor-fixture';

// Block shapes as the corpus reports have them (written here in our own words).
const shapes: Block[] = [
  { type: 'paragraph', text: '今年以来，我局在县委、县政府的正确领导下，现将有关情况总结如下：' },
  { type: 'heading', level: 1, text: '主要工作开展情况', kinds: ['work'], id: 'h1' },
  { type: 'heading', level: 2, text: '抓好基础保障', marker: '（一）' },
  { type: 'heading', level: 3, text: '完善制度', marker: '1、' },
  { type: 'heading', level: 4, text: '建立台账' },
  {
    type: 'paragraph',
    text: '1—6月累计发放补助资金1567.71万元，惠及95名对象。',
    lead: { level: 2, text: '优抚工作', marker: '（一）' },
    marks: [
      { kind: 'figure', start: 10, end: 19, was: '1567.71万元' },
      { kind: 'figure', start: 22, end: 25, was: '95名' },
    ],
  },
  {
    type: 'paragraph',
    text: '全年完成目标任务的84.8%。',
    lead: {
      level: 3,
      text: '2023年重点任务',
      punct: '：',
      marks: [{ kind: 'year', start: 0, end: 5, was: '2022年', unsure: true }],
    },
  },
  { type: 'paragraph', text: '' },
  { type: 'paragraph', text: '', guide: '写明上半年做了什么、成效如何。' },
  { type: 'paragraph', text: '第一行\n第二行' },
  { type: 'paragraph', text: '附件：有关情况统计表', role: 'attachment', id: 'p9' },
  {
    type: 'heading',
    level: 1,
    text: '2024年工作打算',
    marks: [{ kind: 'year', start: 0, end: 5, was: '2023年' }],
  },
  {
    type: 'table',
    rows: [
      ['项目', '数量'],
      ['培训', '12场'],
    ],
    id: 't1',
  },
  {
    type: 'paragraph',
    text: '成文于2024年6月28日',
    marks: [{ kind: 'date', start: 3, end: 13, was: '2023年6月30日' }],
  },
];

describe('convert (model ⇄ Lexical)', () => {
  it('gives back every block shape unchanged after model → Lexical → model', () => {
    expect(readBlocks(headlessEditor(shapes))).toEqual(shapes);
  });

  it.each(shapes.map((block, i) => [i, block] as const))(
    'round-trips block %i on its own',
    (_i, block) => {
      expect(readBlocks(headlessEditor([block]))).toEqual([block]);
    },
  );

  it('keeps a paragraph with an empty lead as plain body text', () => {
    const block: Block = { type: 'paragraph', text: '正文', lead: { level: 2, text: '' } };
    expect(readBlocks(headlessEditor([block]))).toEqual([{ type: 'paragraph', text: '正文' }]);
  });

  it('opens an empty document with one empty paragraph to type in', () => {
    expect(readBlocks(headlessEditor([]))).toEqual([{ type: 'paragraph', text: '' }]);
  });

  it('drops marks that overlap, are empty or reach past the text', () => {
    const marks = usableMarks('一二三四五', [
      { kind: 'figure', start: 2, end: 4, was: '' },
      { kind: 'figure', start: 0, end: 3, was: '' },
      { kind: 'figure', start: 4, end: 4, was: '' },
      { kind: 'figure', start: 4, end: 9, was: '' },
    ]);
    expect(marks).toEqual([{ kind: 'figure', start: 0, end: 3, was: '' }]);
  });
});
