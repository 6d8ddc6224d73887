import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DrafterError } from '../../../shared/errors';
import { emptyDraft, type Draft } from '../../../shared/model';
import {
  parseDraft,
  readDraftFile,
  serializeDraft,
} from '../../../main/services/drafts/draft-file';
import { tempDir } from './fs-traps';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sample(): Draft {
  const draft = emptyDraft({
    title: '某县民政局2024年上半年工作总结',
    unit: '某县民政局',
    year: 2024,
  });
  draft.meta.period = '上半年';
  draft.blocks = [
    { type: 'heading', level: 1, text: '主要工作开展情况', kinds: ['work'] },
    {
      type: 'paragraph',
      text: '全年累计发放资金120万元。',
      lead: { level: 2, text: '优抚工作' },
      marks: [{ kind: 'figure', start: 8, end: 11, was: '120' }],
    },
    { type: 'table', rows: [['项目', '金额']] },
  ];
  draft.signature = { unit: '某县民政局', date: '2024年6月28日' };
  return draft;
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DrafterError);
    return (error as DrafterError).code;
  }
  throw new Error('expected a failure');
}

describe('draft files (.gwd)', () => {
  it('round-trips a draft through readable JSON', () => {
    const text = serializeDraft(sample());
    expect(text).toContain('"title": "某县民政局2024年上半年工作总结"');
    expect(parseDraft(text, 'a.gwd')).toEqual(sample());
  });

  it('migrates the flat version-0 prototype shape into the current model', () => {
    const v0 = {
      title: '2023年工作总结',
      unit: '某街道办事处',
      year: 2023,
      period: '全年',
      date: '2023年12月20日',
      blocks: [{ type: 'paragraph', text: '现将有关情况报告如下。' }],
      signatureUnit: '某街道办事处',
      signatureDate: '2023年12月20日',
    };
    const draft = parseDraft(JSON.stringify(v0), 'old.gwd');
    expect(draft.version).toBe(1);
    expect(draft.meta).toEqual({
      title: '2023年工作总结',
      docType: 'summary',
      unit: '某街道办事处',
      year: 2023,
      period: '全年',
      date: '2023年12月20日',
    });
    expect(draft.signature).toEqual({ unit: '某街道办事处', date: '2023年12月20日' });
    expect(draft.blocks).toHaveLength(1);
  });

  it('refuses a file from a newer program with draft-newer and leaves it untouched', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = join(dir, '新版.gwd');
    const text = JSON.stringify({ ...sample(), version: 9 });
    writeFileSync(file, text);
    const error = await readDraftFile(file).catch((e: DrafterError) => e);
    expect(error).toBeInstanceOf(DrafterError);
    expect((error as DrafterError).code).toBe('draft-newer');
    expect((error as DrafterError).message).toContain('新版.gwd');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses truncated, empty and wrongly shaped files with draft-damaged naming the file', () => {
    const full = serializeDraft(sample());
    expect(codeOf(() => parseDraft(full.slice(0, full.length / 2), 'half.gwd'))).toBe(
      'draft-damaged',
    );
    expect(codeOf(() => parseDraft('', 'empty.gwd'))).toBe('draft-damaged');
    expect(codeOf(() => parseDraft('[1,2]', 'list.gwd'))).toBe('draft-damaged');
    const badLevel = { ...sample(), blocks: [{ type: 'heading', level: 7, text: 'x' }] };
    expect(codeOf(() => parseDraft(JSON.stringify(badLevel), 'b.gwd'))).toBe('draft-damaged');
    const badMark = sample();
    (badMark.blocks[1] as { marks: unknown }).marks = [
      { kind: 'figure', start: 5, end: 2, was: '' },
    ];
    expect(codeOf(() => parseDraft(JSON.stringify(badMark), 'm.gwd'))).toBe('draft-damaged');
    try {
      parseDraft('{"version":1', '半截.gwd');
    } catch (error) {
      expect((error as DrafterError).message).toMatch(/^文稿“半截.gwd”已损坏/);
    }
  });

  it('accepts a byte-order mark that Notepad adds', () => {
    expect(parseDraft('\ufeff' + serializeDraft(sample()), 'bom.gwd').meta.unit).toBe('某县民政局');
  });

  it('says a missing file was moved or deleted', async () => {
    const error = await readDraftFile('/nonexistent/去年.gwd').catch((e: DrafterError) => e);
    expect((error as DrafterError).code).toBe('not-found');
    expect((error as DrafterError).message).toContain('去年.gwd');
  });
});
