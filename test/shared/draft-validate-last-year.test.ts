import { describe, expect, it } from 'vitest';
import { draftProblem } from '../../shared/draft-validate';
import { emptyDraft, type Draft } from '../../shared/model';

function rolled(): Draft {
  const last = emptyDraft({ title: '某镇2023年上半年工作总结', year: 2023 });
  last.blocks = [{ type: 'paragraph', text: '累计发放资金120万元。' }];
  const draft = emptyDraft({ title: '某镇2024年上半年工作总结', year: 2024 });
  draft.blocks = [
    {
      type: 'paragraph',
      text: '累计发放资金120万元。',
      marks: [{ kind: 'figure', start: 6, end: 11, was: '120万元' }],
    },
  ];
  return { ...draft, lastYear: { meta: last.meta, blocks: last.blocks, signature: null } };
}

describe('a draft that keeps last year’s report (lastYear)', () => {
  it('is accepted with last year’s metadata, blocks and signature', () => {
    expect(draftProblem(rolled())).toBeNull();
    const signed = rolled();
    signed.lastYear!.signature = { unit: '某镇人民政府', date: '2023年6月28日' };
    expect(draftProblem(signed)).toBeNull();
  });

  it('is refused when last year’s part is malformed, naming the field', () => {
    const badLevel = JSON.parse(JSON.stringify(rolled()));
    badLevel.lastYear.blocks[0] = { type: 'heading', level: 7, text: '一' };
    expect(draftProblem(badLevel)).toMatch(/^lastYear\.blocks\[0\]\.level/);
    const noMeta = JSON.parse(JSON.stringify(rolled()));
    delete noMeta.lastYear.meta;
    expect(draftProblem(noMeta)).toBe('lastYear.meta 缺失');
    const badSignature = JSON.parse(JSON.stringify(rolled()));
    badSignature.lastYear.signature = { unit: 1 };
    expect(draftProblem(badSignature)).toBe('lastYear.signature 格式不对');
    expect(draftProblem({ ...rolled(), lastYear: [] })).toBe('lastYear 格式不对');
  });
});
