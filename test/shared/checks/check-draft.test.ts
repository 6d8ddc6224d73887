import { describe, expect, it } from 'vitest';
import {
  applyAllFixes,
  applyFix,
  checkDraft,
  createIncrementalChecker,
  ignoreFinding,
  RULES,
} from '../../../shared/checks';
import type { Draft } from '../../../shared/model';
import { draftOf, heading, para } from './helpers';

function sample(): Draft {
  return {
    ...draftOf([
      heading(1, '基本情况', '一、'),
      para('截止目前,共召开会议5次。', { level: 2, text: '组织领导', marker: '(一)' }),
      para('联系电话13812345678，1-6月份完成投资。'),
    ]),
    meta: { ...draftOf([]).meta, title: 'XX县2023年上半年工作总结', year: 2023 },
    signature: { unit: 'XX县民政局', date: '2023年6月29日' },
  };
}

describe('checkDraft', () => {
  it('reports every finding with rule, severity, block, range, message and where', () => {
    const found = checkDraft(sample());
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of found) {
      expect(ids.has(f.rule), f.rule).toBe(true);
      expect(['error', 'warning', 'hint']).toContain(f.severity);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const brief = found.map((f) => [f.rule, f.block, f.where, f.text]);
    expect(brief).toEqual([
      ['placeholder', -1, 'title', 'XX'],
      ['numbering.punct', 1, 'lead', '(一)'],
      ['misuse', 1, 'text', '截止'],
      ['punct.halfwidth', 1, 'text', ','],
      ['privacy.mobile', 2, 'text', '13812345678'],
      ['number.range-dash', 2, 'text', '-'],
      ['placeholder', -1, 'signature', 'XX'],
    ]);
  });

  it('gives every rule a family and a Chinese name', () => {
    for (const rule of RULES) expect(rule.name).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('leaves out findings the user ignored, matched by rule and flagged text', () => {
    const draft = sample();
    const mobile = checkDraft(draft).find((f) => f.rule === 'privacy.mobile')!;
    const ignored = ignoreFinding(draft, mobile);
    expect(ignored.ignored).toEqual([{ rule: 'privacy.mobile', text: '13812345678' }]);
    expect(checkDraft(ignored).some((f) => f.rule === 'privacy.mobile')).toBe(false);
    expect(
      checkDraft(ignored, { includeIgnored: true }).some((f) => f.rule === 'privacy.mobile'),
    ).toBe(true);
    expect(ignoreFinding(ignored, mobile)).toBe(ignored);
  });

  it('can leave out whole rule families', () => {
    const found = checkDraft(sample(), { disable: ['placeholder', 'number.'] });
    expect(found.some((f) => f.rule === 'placeholder' || f.rule.startsWith('number.'))).toBe(false);
  });
});

describe('applyFix', () => {
  it('applies a text fix, a lead-marker fix and leaves the rest of the draft as it was', () => {
    const draft = sample();
    const found = checkDraft(draft);
    const comma = found.find((f) => f.rule === 'punct.halfwidth')!;
    const fixed = applyFix(draft, comma);
    expect(fixed.blocks[1].type === 'paragraph' && fixed.blocks[1].text).toBe(
      '截止目前，共召开会议5次。',
    );
    expect(fixed.blocks[0]).toBe(draft.blocks[0]);
    expect(draft.blocks[1].type === 'paragraph' && draft.blocks[1].text).toContain(',');

    const marker = found.find((f) => f.rule === 'numbering.punct')!;
    const renumbered = applyFix(fixed, marker);
    expect(renumbered.blocks[1].type === 'paragraph' && renumbered.blocks[1].lead?.marker).toBe(
      '（一）',
    );
  });

  it('does nothing for a finding without a fix or one whose text has changed since', () => {
    const draft = sample();
    const found = checkDraft(draft);
    const mobile = found.find((f) => f.rule === 'privacy.mobile')!;
    expect(applyFix(draft, mobile)).toBe(draft);
    const comma = found.find((f) => f.rule === 'punct.halfwidth')!;
    const edited = applyFix(draft, comma);
    expect(applyFix(edited, comma)).toBe(edited);
  });

  it('moves marks after a fix that changes the length of the text', () => {
    const draft = draftOf([
      {
        type: 'paragraph',
        text: '我们的的工作完成了120个项目。',
        marks: [{ kind: 'figure', start: 10, end: 13, was: '120' }],
      },
    ]);
    const repeat = checkDraft(draft).find((f) => f.rule === 'repeat.phrase')!;
    const fixed = applyFix(draft, repeat);
    const block = fixed.blocks[0];
    expect(block.type === 'paragraph' && block.text).toBe('我们的工作完成了120个项目。');
    expect(block.type === 'paragraph' && block.marks).toEqual([
      { kind: 'figure', start: 9, end: 12, was: '120' },
    ]);
  });

  it('fixes every finding of a rule at once, even several in one text', () => {
    const draft = draftOf([para('如下:一是加强领导;二是完善制度,三是强化考核。')]);
    const half = checkDraft(draft).filter((f) => f.rule === 'punct.halfwidth');
    expect(half).toHaveLength(3);
    const fixed = applyAllFixes(draft, half);
    expect(fixed.blocks[0].type === 'paragraph' && fixed.blocks[0].text).toBe(
      '如下：一是加强领导；二是完善制度，三是强化考核。',
    );
    expect(checkDraft(fixed).filter((f) => f.rule === 'punct.halfwidth')).toEqual([]);
  });

  it('removes a paragraph repeated whole', () => {
    const text = '组织帮扶责任人通过入户走访、电话联系等方式，对帮扶对象进行走访慰问。';
    const draft = draftOf([para(text), para('另一段。'), para(text)]);
    const repeat = checkDraft(draft).find((f) => f.rule === 'repeat.paragraph')!;
    expect(applyFix(draft, repeat).blocks).toHaveLength(2);
  });
});

describe('incremental checker', () => {
  it('gives the same findings as checkDraft and re-checks only the edited block', () => {
    const checker = createIncrementalChecker();
    const draft = sample();
    expect(checker.update(draft)).toEqual(checkDraft(draft));
    expect(checker.lastChecked).toBe(3);

    const blocks = draft.blocks.slice();
    blocks[2] = para('联系电话已删除，1—6月份完成投资。');
    const edited = { ...draft, blocks };
    expect(checker.update(edited)).toEqual(checkDraft(edited));
    expect(checker.lastChecked).toBe(1);
  });

  it('recomputes document-wide rules from cached blocks when blocks move', () => {
    const checker = createIncrementalChecker();
    const draft = draftOf([
      heading(1, '甲', '一、'),
      heading(1, '乙', '二、'),
      heading(1, '丙', '三、'),
    ]);
    expect(checker.update(draft).filter((f) => f.rule === 'numbering.order')).toEqual([]);
    const moved = { ...draft, blocks: [draft.blocks[0], draft.blocks[2], draft.blocks[1]] };
    const found = checker.update(moved);
    expect(checker.lastChecked).toBe(0);
    expect(found.filter((f) => f.rule === 'numbering.order').map((f) => f.block)).toEqual([1, 2]);
  });

  it('reports marks still open in the title as well as in the text', () => {
    const draft = draftOf([
      {
        type: 'paragraph',
        text: '完成投资120万元。',
        marks: [{ kind: 'figure', start: 4, end: 7, was: '120' }],
      },
    ]);
    draft.meta.title = '2024年上半年工作总结';
    draft.meta.titleMarks = [{ kind: 'year', start: 0, end: 4, was: '2023' }];
    const found = checkDraft(draft).filter((f) => f.rule === 'rollover.open');
    expect(found.map((f) => [f.where, f.text, f.severity])).toEqual([
      ['title', '2024', 'hint'],
      ['text', '120', 'warning'],
    ]);
    expect(found[1].message).toContain('原为“120”');
  });

  it('re-checks a block whose marks changed though its text did not', () => {
    const checker = createIncrementalChecker();
    const draft = draftOf([para('完成投资120万元。')]);
    expect(checker.update(draft)).toEqual([]);
    const marked = draftOf([
      {
        type: 'paragraph',
        text: '完成投资120万元。',
        marks: [{ kind: 'figure', start: 4, end: 7, was: '120' }],
      },
    ]);
    expect(checker.update(marked).map((f) => f.rule)).toEqual(['rollover.open']);
  });
});
