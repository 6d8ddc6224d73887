// A draft with known mistakes in every place a finding can point: a run-in lead, body text around
// a roll-forward mark, text after a line break, a heading's written number. Our own wording.

import { checkDraft, type Finding } from '../../../shared/checks';
import { emptyDraft, type Draft } from '../../../shared/model';

export function sampleDraft(): Draft {
  const draft = emptyDraft({ year: 2024, title: '城关镇2024年上半年工作总结' });
  draft.blocks = [
    { type: 'heading', level: 1, text: '上半年工作开展情况' },
    {
      type: 'paragraph',
      lead: { level: 2, text: '截止目前工作' },
      text: '截止目前,全镇共有党员120名,联系电话13812345678。',
      marks: [{ kind: 'figure', start: 11, end: 14, was: '110' }],
    },
    { type: 'paragraph', text: '1-6月完成投资5000万元,同比增长12%。\n截止目前已完成。' },
    { type: 'heading', level: 2, marker: '1、', text: '基层党建' },
  ];
  return draft;
}

export function sampleFindings(draft: Draft = sampleDraft()): Finding[] {
  return checkDraft(draft);
}
