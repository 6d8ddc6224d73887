import { describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../../../shared/checks';
import { parseMarker } from '../../../shared/checks/numbering-rules';
import type { Block } from '../../../shared/model';
import { draftOf, heading, para } from './helpers';

function numbering(blocks: Block[]): [string, number, string?][] {
  return checkDraft(draftOf(blocks))
    .filter((f: Finding) => f.rule.startsWith('numbering.') || f.rule === 'heading.punct')
    .map((f) => (f.fix === undefined ? [f.rule, f.block] : [f.rule, f.block, f.fix]));
}

describe('written heading numbers', () => {
  it('reads the marker variants users type', () => {
    expect(parseMarker('1、')).toMatchObject({ kind: 'num', value: 1, standard: '1.' });
    expect(parseMarker('（一）、')).toMatchObject({
      kind: 'cn-paren',
      value: 1,
      standard: '（一）',
    });
    expect(parseMarker('(3)')).toMatchObject({ kind: 'num-paren', value: 3, standard: '（3）' });
    expect(parseMarker('十二.')).toMatchObject({ kind: 'cn', value: 12, standard: '十二、' });
    expect(parseMarker('第一')).toBeNull();
  });

  it('flags marker punctuation that GB/T 9704 writes otherwise and gives the standard marker', () => {
    const blocks = [
      heading(1, '基本情况', '一、'),
      heading(2, '组织领导', '(一)'),
      heading(3, '健全机构', '1、'),
      heading(3, '配强人员', '2.'),
      heading(2, '工作措施', '（二）、'),
      heading(1, '下一步打算', '二.'),
    ];
    expect(numbering(blocks)).toEqual([
      ['numbering.punct', 1, '（一）'],
      ['numbering.punct', 2, '1.'],
      ['numbering.punct', 4, '（二）'],
      ['numbering.punct', 5, '二、'],
    ]);
  });

  it('flags skipped, repeated and out-of-order numbers at each level, counting run-in heads', () => {
    const blocks = [
      heading(1, '基本情况', '一、'),
      para('正文。', { level: 2, text: '优抚工作', marker: '（一）' }),
      para('正文。', { level: 2, text: '双拥工作', marker: '（三）' }),
      heading(1, '主要做法', '二、'),
      heading(1, '存在问题', '二、'),
      heading(1, '下一步打算', '三、'),
      heading(1, '其他', '五、'),
      heading(1, '附记', '四、'),
    ];
    const found = numbering(blocks).filter(([rule]) => rule === 'numbering.order');
    expect(found).toEqual([
      ['numbering.order', 2],
      ['numbering.order', 4],
      ['numbering.order', 6],
      ['numbering.order', 7],
    ]);
  });

  it('flags an inner list that restarts at 一 once, and lets the outer list go on after it', () => {
    const blocks = [
      heading(1, '甲', '一、'),
      heading(1, '乙', '二、'),
      heading(1, '节约能源', '一、'),
      heading(1, '改革结构', '二、'),
      heading(1, '丙', '三、'),
    ];
    const found = checkDraft(draftOf(blocks)).filter((f) => f.rule === 'numbering.order');
    expect(found.map((f) => [f.block, f.severity])).toEqual([[2, 'warning']]);
  });

  it('does not call a number skipped when its heading was read as body text', () => {
    const blocks = [
      heading(1, '甲', '一、'),
      para('二、乙方面的工作'),
      para('正文。'),
      heading(1, '丙', '三、'),
    ];
    expect(numbering(blocks)).toEqual([]);
    const skipped = [heading(1, '甲', '一、'), para('正文。'), heading(1, '丙', '三、')];
    expect(numbering(skipped)).toEqual([['numbering.order', 2]]);
  });

  it('accepts numbers that restart under each parent and keep order', () => {
    const blocks = [
      heading(1, '基本情况', '一、'),
      heading(2, '甲', '（一）'),
      heading(3, '子', '1.'),
      heading(3, '丑', '2.'),
      heading(2, '乙', '（二）'),
      heading(3, '寅', '1.'),
      heading(1, '主要做法', '二、'),
      heading(2, '丙', '（一）'),
    ];
    expect(numbering(blocks)).toEqual([]);
  });

  it('warns once when a level is used without its parent', () => {
    const under = [
      heading(1, '帮扶任务', '二、'),
      heading(2, '继续做好包村工作', '1.'),
      heading(2, '继续做好包户工作', '2.'),
    ];
    const found = checkDraft(draftOf([heading(1, '基本情况', '一、'), ...under]));
    const parent = found.filter((f) => f.rule === 'numbering.parent');
    expect(parent.map((f) => [f.block, f.severity])).toEqual([[2, 'warning']]);
    expect(parent[0].message).toContain('（…）');
    const twoLevels = [heading(1, '基本情况', '一、'), heading(2, '组织', '（一）')];
    expect(checkDraft(draftOf(twoLevels)).filter((f) => f.rule === 'numbering.parent')).toEqual([]);
  });

  it('flags closing punctuation on a standalone heading when the document mixes both styles', () => {
    const mixed = [
      heading(3, '制定计划、明确任务。', '1、'),
      heading(3, '建立机制，常态推进', '2、'),
    ];
    expect(numbering(mixed).filter(([r]) => r === 'heading.punct')).toEqual([
      ['heading.punct', 0, ''],
    ]);
    const uniform = [
      heading(2, '加大重点领域改革力度。', '（一）'),
      heading(2, '释放内需潜力。', '（二）'),
    ];
    expect(numbering(uniform).filter(([r]) => r === 'heading.punct')).toEqual([]);
  });
});
