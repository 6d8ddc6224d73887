// `npx gongwen check` as a user runs it: on the corpus compilation, on a report as .docx, on
// draft files, and on a file that is not there.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from '../../shared/model';
import { corpusReports, reportAsDocx } from '../helpers/fixtures';
import { gongwen } from './gongwen';

const compilation = '../shared/corpus/000_0f3bb0a146594841.txt';

function draftWith(text: string): Draft {
  return {
    ...emptyDraft({ title: '2024年上半年工作总结', year: 2024 }),
    blocks: [
      { type: 'heading', level: 1, text: '基本情况' },
      { type: 'paragraph', text },
    ],
  };
}

describe('gongwen check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-check-'));
  });

  it('is listed in --help', async () => {
    const { stdout } = await gongwen('--help');
    expect(stdout).toMatch(/check <文件> \[--json\].*检查/);
  });

  it('checks every report of a compilation, says which, and exits 1 on errors', async () => {
    const { code, stdout } = await gongwen('check', compilation);
    expect(code).toBe(1);
    expect(stdout).toContain('是汇编，共 17 篇');
    expect(stdout).toMatch(/第 17 篇 《镇工会2023年上半年工作总结》：.*个错误/);
    expect(stdout).toMatch(/错误：\n {4}标题 “XX” 占位符“XX”尚未替换为实际内容/);
    expect(stdout).toMatch(/第 \d+ 段 “截止” .*截至/);
    expect(stdout).toContain('第 11 篇 《市数管局2023年上半年政务公开工作总结》：未发现问题');
  });

  it('prints findings as JSON with rule, severity, block, range, message and fix', async () => {
    const { code, stdout } = await gongwen('check', compilation, '--json');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    const formulation = findings.find(
      (f) => f.rule === 'formulation' && f.text === '习近平新时代社会主义思想',
    )!;
    expect(formulation).toMatchObject({
      report: 16,
      title: '镇工会2023年上半年工作总结',
      severity: 'warning',
      block: 0,
      where: 'text',
      text: '习近平新时代社会主义思想',
      fix: '习近平新时代中国特色社会主义思想',
    });
    expect((formulation.end as number) - (formulation.start as number)).toBe(12);
    const marker = findings.find((f) => f.rule === 'numbering.punct')!;
    expect(marker).toMatchObject({ field: 'marker', text: '1、', fix: '1.' });
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['rule', 'severity', 'block', 'start', 'end', 'message', 'fix']),
      );
    }
  });

  it('checks a report written as .docx through the importer', async () => {
    const index = corpusReports().findIndex((r) => r.title.startsWith('县总工会'));
    const docx = reportAsDocx(index);
    const { code, stdout } = await gongwen('check', docx, '--json');
    expect(code).toBe(1);
    const rules = (JSON.parse(stdout) as { rule: string }[]).map((f) => f.rule);
    expect(rules).toContain('repeat.sentence');
    expect(rules).toContain('numbering.parent');
  });

  it('checks a saved draft and exits 0 when nothing is an error', async () => {
    const clean = path.join(dir, 'clean.gwd');
    writeFileSync(clean, JSON.stringify(draftWith('全年完成投资1.2亿元，同比增长5%。')));
    const ok = await gongwen('check', clean);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('《2024年上半年工作总结》：未发现问题\n');

    const warned = path.join(dir, 'warned.json');
    writeFileSync(warned, JSON.stringify(draftWith('截止目前,完成投资1.2亿元。')));
    const w = await gongwen('check', warned, '--json');
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout).map((f: { rule: string }) => f.rule)).toEqual([
      'misuse',
      'punct.halfwidth',
    ]);
  });

  it('leaves out the findings the draft says the user ignored', async () => {
    const file = path.join(dir, 'ignored.gwd');
    const draft = draftWith('截止目前,完成投资1.2亿元。');
    draft.ignored = [{ rule: 'misuse', text: '截止' }];
    writeFileSync(file, JSON.stringify(draft));
    const { code, stdout } = await gongwen('check', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((f: { rule: string }) => f.rule)).toEqual(['punct.halfwidth']);
  });

  it('flags an ID number in a draft as an error with its place in the text', async () => {
    const file = path.join(dir, 'id.gwd');
    writeFileSync(file, JSON.stringify(draftWith('申请人身份证号341502198506121236。')));
    const { code, stdout } = await gongwen('check', file, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        rule: 'privacy.id-number',
        severity: 'error',
        block: 1,
        start: 7,
        end: 25,
        message: '含居民身份证号码，公开发布前须删除或隐去',
        fix: null,
        where: 'text',
        text: '341502198506121236',
      },
    ]);
  });

  it('names the file and the problem when it cannot be read', async () => {
    const missing = await gongwen('check', path.join(dir, '没有这个文件.docx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('找不到文件“没有这个文件.docx”。');
    const broken = path.join(dir, 'broken.gwd');
    writeFileSync(broken, '{"version": 1, "meta": ');
    const damaged = await gongwen('check', broken);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/文稿“broken.gwd”已损坏/);
    expect(damaged.stderr).not.toMatch(/at .*\.ts/);
    const empty = path.join(dir, 'empty.json');
    writeFileSync(empty, '[]');
    const none = await gongwen('check', empty);
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe('“empty.json”中没有文稿可检查。');
  });

  it('asks for a file when none is given', async () => {
    const { code, stderr } = await gongwen('check');
    expect(code).toBe(2);
    expect(stderr).toContain('请给出一个要检查的文件');
  });
});
