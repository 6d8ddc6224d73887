// `npx gongwen new` as a user runs it: list the templates, start a draft from one, then export it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model';
import { gongwen } from './gongwen';

describe('gongwen new', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-new-'));
  });

  it('lists every template when none is named', async () => {
    const { code, stdout } = await gongwen('new');
    expect(code).toBe(0);
    expect(stdout).toContain('half-year-summary\t上半年工作总结');
    expect(stdout.trim().split('\n')).toHaveLength(6);
  });

  it('writes a draft with title, sections and signature from the options, ready to export', async () => {
    const file = path.join(dir, '总结.gwd');
    const made = await gongwen(
      'new',
      '年度工作总结',
      '--unit',
      '城关镇人民政府',
      '--year',
      '2024',
      '--date',
      '2024年12月20日',
      '-o',
      file,
    );
    expect(made.stderr).toBe('');
    expect(made.stdout).toContain('已新建《城关镇人民政府2024年工作总结》');
    const draft = JSON.parse(readFileSync(file, 'utf8')) as Draft;
    expect(draft.meta).toMatchObject({ template: 'annual-summary', year: 2024, period: '全年' });
    expect(
      draft.blocks.filter((b) => b.type === 'heading').map((b) => 'text' in b && b.text),
    ).toEqual(['2024年工作开展情况', '主要经验和体会', '存在的问题', '2025年工作思路']);
    expect(draft.signature).toEqual({ unit: '城关镇人民政府', date: '2024年12月20日' });
    const exported = await gongwen('export', file, '-o', path.join(dir, '总结.docx'));
    expect(exported.code).toBe(0);
  });

  it('refuses an unknown template, a bad year or period, and an existing file, in Chinese', async () => {
    const unknown = await gongwen('new', '通知', '-o', path.join(dir, 'x.gwd'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('找不到模板“通知”。可用的模板：上半年工作总结');
    const year = await gongwen('new', 'debrief', '--year', '24', '-o', path.join(dir, 'y.gwd'));
    expect(year.stderr).toContain('年度应为四位数的年份，收到“24”');
    const period = await gongwen(
      'new',
      'debrief',
      '--period',
      '春季',
      '-o',
      path.join(dir, 'z.gwd'),
    );
    expect(period.stderr).toContain('期间应为 上半年、下半年');
    const existing = path.join(dir, '已有.gwd');
    writeFileSync(existing, '别动我');
    const again = await gongwen('new', 'debrief', '-o', existing);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');
    expect(readFileSync(existing, 'utf8')).toBe('别动我');
  });
});
