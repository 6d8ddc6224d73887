// `npx gongwen import` and `npx gongwen outline` as a user runs them, on real files.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model';
import { corpusReports, reportAsDocx, reportAsTxt } from '../helpers/fixtures';
import { gongwen } from './gongwen';

const compilation = '../shared/corpus/000_0f3bb0a146594841.txt';
const damaged = '../shared/corpus/fixtures/damaged';

function reportIndex(prefix: string): number {
  const i = corpusReports().findIndex((r) => r.title.startsWith(prefix));
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

describe('gongwen --help', () => {
  it('lists import and outline with Chinese descriptions', async () => {
    const { code, stdout } = await gongwen('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/import <文件> \[--json\].*导入/);
    expect(stdout).toMatch(/outline <文件>.*标题/);
  });
});

describe('gongwen import', () => {
  let unionDocx: string;

  beforeAll(() => {
    unionDocx = reportAsDocx(reportIndex('县总工会'), { autoNumbering: true });
  });

  it('prints a compilation as a JSON array of its 17 reports', async () => {
    const { code, stdout, stderr } = await gongwen('import', compilation, '--json');
    expect(code).toBe(0);
    const drafts = JSON.parse(stdout) as Draft[];
    expect(drafts).toHaveLength(17);
    expect(drafts[1].meta.title).toBe('2023年上半年大气污染防治工作总结');
    expect(drafts.every((d) => d.version === 1)).toBe(true);
    expect(stderr).toContain('汇编');
  });

  it('prints a single report as one JSON object with the documented fields', async () => {
    const { code, stdout } = await gongwen('import', unionDocx, '--json');
    expect(code).toBe(0);
    const draft = JSON.parse(stdout) as Draft;
    expect(Array.isArray(draft)).toBe(false);
    expect(draft.meta).toMatchObject({
      title: '县总工会2023年上半年帮扶工作总结',
      docType: 'summary',
      unit: '县总工会',
      year: 2023,
      period: '上半年',
      date: '2023年6月15日',
    });
    expect(draft.signature).toEqual({ unit: 'XX县总工会', date: '2023年6月15日' });
    expect(draft.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(draft.blocks).toContainEqual({
      type: 'heading',
      level: 1,
      text: '基本情况',
      kinds: ['overview'],
      marker: '一、',
    });
  });

  it('prints a short summary for a person without --json', async () => {
    const { code, stdout } = await gongwen('import', unionDocx);
    expect(code).toBe(0);
    expect(stdout).toContain('县总工会2023年上半年帮扶工作总结');
    expect(stdout).toContain('工作总结，单位 县总工会，2023年，上半年');
    expect(stdout).toContain('落款：XX县总工会 2023年6月15日');
    expect(stdout).not.toContain('{');
  });

  it('saves the draft as a .gwd with -o, and one report of a compilation with --index', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-import-'));
    const target = path.join(dir, '今年初稿.gwd');
    const saved = await gongwen('import', unionDocx, '--roll', '2024', '-o', target);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('已导入《县总工会2024年上半年帮扶工作总结》');
    const draft = JSON.parse(readFileSync(target, 'utf8')) as Draft;
    expect(draft.meta).toMatchObject({ year: 2024, title: '县总工会2024年上半年帮扶工作总结' });

    const again = await gongwen('import', unionDocx, '-o', target);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('已存在');

    const list = await gongwen('import', compilation, '-o', path.join(dir, 'a.gwd'));
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('2. 2023年上半年大气污染防治工作总结');
    const second = path.join(dir, '大气.gwd');
    expect((await gongwen('import', compilation, '--index', '2', '-o', second)).code).toBe(0);
    expect(JSON.parse(readFileSync(second, 'utf8')).meta.title).toBe(
      '2023年上半年大气污染防治工作总结',
    );
  });

  it('never changes the file it reads', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-import-'));
    const copy = path.join(dir, '去年总结.docx');
    copyFileSync(unionDocx, copy);
    const before = createHash('sha256').update(readFileSync(copy)).digest('hex');
    const mtime = statSync(copy).mtimeMs;
    expect((await gongwen('import', copy, '--roll', '--json')).code).toBe(0);
    expect(createHash('sha256').update(readFileSync(copy)).digest('hex')).toBe(before);
    expect(statSync(copy).mtimeMs).toBe(mtime);
  });

  it.each([
    ['a missing file', 'no-such-report.docx', /找不到文件“no-such-report\.docx”/],
    ['a truncated .docx', `${damaged}/poi-62886-truncated.docx`, /poi-62886-truncated\.docx/],
    ['an encrypted .docx', `${damaged}/poi-53475-password-is-pass.docx`, /加密|密码/],
    ['a Microsoft Works .wps', `${damaged}/tika-works2000.wps`, /Works/],
  ])(
    'reports %s in one Chinese line on stderr and exits non-zero',
    async (_what, file, message) => {
      const { code, stdout, stderr } = await gongwen('import', file, '--json');
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
      expect(stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('adds the stack trace only with --debug', async () => {
    const { code, stderr } = await gongwen(
      'import',
      `${damaged}/poi-62886-truncated.docx`,
      '--debug',
    );
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('tells a file of no text apart from a report', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-import-'));
    const blank = path.join(dir, '空白.txt');
    writeFileSync(blank, '\n\n   \n');
    const { code, stderr } = await gongwen('import', blank);
    expect(code).not.toBe(0);
    expect(stderr).toContain('空白.txt');
  });

  it('refuses a call without a file with its usage line', async () => {
    const { code, stderr } = await gongwen('import', '--json');
    expect(code).toBe(2);
    expect(stderr).toContain('用法：npx gongwen import <文件>');
    expect((await gongwen('import', unionDocx, '--date', '2024年6月28日')).code).toBe(2);
  });
});

describe('gongwen outline', () => {
  it('prints title, headings indented by level with their position numbers, and the signature', async () => {
    const file = reportAsTxt(reportIndex('县总工会'));
    const { code, stdout } = await gongwen('outline', file);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('标题：县总工会2023年上半年帮扶工作总结');
    expect(lines).toContain('  一、基本情况');
    // `1.` directly under `二、` takes the level-2 number; the written marker is shown beside it
    expect(lines).toContain('    （一）继续做好单位包村工作。……〔段首标题〕  〔原文 1.〕');
    expect(lines).toContain('    （一）落实脱贫攻坚方针政策方面');
    expect(lines).toContain('      1.及时传达学习脱贫攻坚和乡村振兴工作新部署、新要求');
    expect(lines.at(-1)).toBe('落款：XX县总工会  2023年6月15日');
  });

  it('prints every report of a compilation under its own number', async () => {
    const { code, stdout } = await gongwen('outline', compilation);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toContain('汇编，共 17 篇');
    expect(stdout.match(/^【第 \d+ 篇】$/gm)).toHaveLength(17);
    expect(stdout).toContain('标题：2023年上半年大气污染防治工作总结\n  一、重点工作完成情况');
    expect(stdout).not.toMatch(/素材库|##paid/);
  });
});
