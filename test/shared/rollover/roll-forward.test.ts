import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../../shared/errors';
import { emptyDraft, type Draft } from '../../../shared/model';
import { countOpenMarks, rollForward, undoAllMarks } from '../../../shared/rollover';
import { showMarks } from './show-marks';

function lastYear(): Draft {
  return {
    ...emptyDraft({
      title: 'XX县退役军人事务局2023年上半年工作总结',
      unit: 'XX县退役军人事务局',
      year: 2023,
      period: '上半年',
      date: '2023年6月29日',
    }),
    blocks: [
      { type: 'paragraph', text: '2023年上半年，各项工作有序开展。' },
      { type: 'heading', level: 1, text: '2023年上半年工作开展情况', kinds: ['work'] },
      {
        type: 'paragraph',
        lead: { level: 2, text: '优抚工作', marker: '（一）' },
        text: '1-6月份，累计发放抚恤补助资金1567.71万元，对95名重点优抚对象进行医疗救助。',
      },
      { type: 'table', rows: [['项目', '2023年']] },
    ],
    signature: { unit: 'XX县退役军人事务局', date: '2023年6月29日' },
  };
}

describe('rollForward', () => {
  it('moves the title, meta.year and the reporting-period years to the next year', () => {
    const rolled = rollForward(lastYear());
    expect(rolled.meta.title).toBe('XX县退役军人事务局2024年上半年工作总结');
    expect(showMarks(rolled.meta.title, rolled.meta.titleMarks)).toBe(
      'XX县退役军人事务局{2024年}上半年工作总结',
    );
    expect(rolled.meta.year).toBe(2024);
    const [first, heading, body] = rolled.blocks;
    expect(first.type === 'paragraph' && showMarks(first.text, first.marks)).toBe(
      '{2024年}上半年，各项工作有序开展。',
    );
    expect(heading.type === 'heading' && heading.text).toBe('2024年上半年工作开展情况');
    expect(body.type === 'paragraph' && showMarks(body.text, body.marks)).toBe(
      '1-6月份，累计发放抚恤补助资金[1567.71万元]，对[95名]重点优抚对象进行医疗救助。',
    );
  });

  it('rolls to the year the user chose', () => {
    const rolled = rollForward(lastYear(), { year: 2025 });
    expect(rolled.meta.title).toBe('XX县退役军人事务局2025年上半年工作总结');
    expect(rolled.meta.year).toBe(2025);
  });

  it('sets the signature date and meta.date to the chosen date, empty by default', () => {
    const blank = rollForward(lastYear());
    expect(blank.signature).toEqual({ unit: 'XX县退役军人事务局', date: '' });
    expect(blank.meta.date).toBe('');
    const dated = rollForward(lastYear(), { date: '2024年6月28日' });
    expect(dated.signature?.date).toBe('2024年6月28日');
    expect(dated.meta.date).toBe('2024年6月28日');
  });

  it('writes a typed date the way documents write it and refuses one it cannot read', () => {
    expect(rollForward(lastYear(), { date: '2024-06-28' }).signature?.date).toBe('2024年6月28日');
    expect(rollForward(lastYear(), { date: ' 2024/6/8 ' }).meta.date).toBe('2024年6月8日');
    expect(rollForward(lastYear(), { date: '二〇二四年六月二十八日' }).meta.date).toBe(
      '二〇二四年六月二十八日',
    );
    expect(() => rollForward(lastYear(), { date: '下周一' })).toThrow(
      '成文日期“下周一”无法识别，请写成 2024年6月28日 这样的格式',
    );
    expect(() => rollForward(lastYear(), { date: '2024-13-01' })).toThrow(DrafterError);
  });

  it('leaves tables and the input draft untouched', () => {
    const draft = lastYear();
    const copy = structuredClone(draft);
    const rolled = rollForward(draft);
    expect(draft).toEqual(copy);
    expect(rolled.blocks[3]).toEqual(copy.blocks[3]);
  });

  it('takes the year from the title when the metadata has none', () => {
    const draft = lastYear();
    draft.meta.year = null;
    expect(rollForward(draft).meta.title).toBe('XX县退役军人事务局2024年上半年工作总结');
  });

  it('gives last year’s draft back exactly when every mark is undone', () => {
    const draft = lastYear();
    const rolled = rollForward(draft, { date: '2024年6月28日' });
    expect(countOpenMarks(rolled)).toBe(5);
    expect(undoAllMarks(rolled)).toEqual(draft);
  });

  it('refuses a target year before the report’s year, in Chinese', () => {
    expect(() => rollForward(lastYear(), { year: 2022 })).toThrow(DrafterError);
    expect(() => rollForward(lastYear(), { year: 2022 })).toThrow(
      '目标年份 2022 早于原稿的年份 2023',
    );
  });

  it('refuses to roll a draft that still has open marks', () => {
    const rolled = rollForward(lastYear());
    expect(() => rollForward(rolled)).toThrow(/还有 5 处去年的数据待处理/);
  });

  it('rolls a draft with no year at all by marking its figures only', () => {
    const draft = {
      ...emptyDraft(),
      blocks: [{ type: 'paragraph' as const, text: '完成76户改造' }],
    };
    const rolled = rollForward(draft);
    expect(rolled.meta.year).toBeNull();
    expect(countOpenMarks(rolled)).toBe(1);
    expect(undoAllMarks(rolled)).toEqual(draft);
  });
});
