import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/services/import/index';
import { countOpenMarks, undoAllMarks } from '../../../shared/rollover';
import { rollAction, rolledDraft, rollOptions } from '../../../renderer/home/import-roll';
import { reportAsTxt } from '../../helpers/fixtures';

describe('作为今年的初稿 on import', () => {
  it('rolls a corpus report to the next year by default and keeps last year’s report with it', async () => {
    const last = (await importFile(reportAsTxt(6))).drafts[0];
    const draft = await rollAction({ year: '', date: '' }).run(last);
    expect(draft.meta.year).toBe(2024);
    expect(draft.meta.title).toBe('XX县XX镇2024年上半年政务公开工作总结');
    expect(countOpenMarks(draft)).toBe(9);
    expect(draft.lastYear).toEqual({
      meta: last.meta,
      blocks: last.blocks,
      signature: last.signature,
    });
    const { lastYear: _, ...rest } = draft;
    expect(undoAllMarks(rest)).toEqual(last);
  });

  it('takes the year and 成文日期 the user typed', async () => {
    const last = (await importFile(reportAsTxt(6))).drafts[0];
    const draft = rolledDraft(last, rollOptions({ year: ' 2025 ', date: '2025-06-30' }));
    expect(draft.meta.year).toBe(2025);
    expect(draft.meta.date).toBe('2025年6月30日');
  });

  it('refuses a year that is not four digits, naming what was typed', () => {
    expect(() => rollOptions({ year: '二〇二四', date: '' })).toThrow('今年的年度“二〇二四”无效');
    expect(() => rollOptions({ year: '24', date: '' })).toThrow('“24”');
  });
});
