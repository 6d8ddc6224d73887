// `npx gongwen import <文件> --roll [年份] [--date 日期] --json` as a user runs it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft, Mark } from '../../shared/model';
import { countOpenMarks, undoAllMarks } from '../../shared/rollover';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const corpusFile = '../shared/corpus/000_0f3bb0a146594841.txt';

async function gongwen(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/gongwen.js', ...args], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function blockMarks(draft: Draft): { text: string; mark: Mark }[] {
  return draft.blocks.flatMap((block) =>
    block.type === 'table' ? [] : (block.marks ?? []).map((mark) => ({ text: block.text, mark })),
  );
}

describe('gongwen import --roll', () => {
  let plain: Draft[];
  let rolled: Draft[];

  beforeAll(async () => {
    const [a, b] = await Promise.all([
      gongwen('import', corpusFile, '--json'),
      gongwen('import', corpusFile, '--roll', '--json'),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    plain = JSON.parse(a.stdout);
    rolled = JSON.parse(b.stdout);
  });

  it('prints every report of the compilation rolled to the next year', () => {
    expect(rolled).toHaveLength(17);
    for (const draft of rolled) {
      expect(draft.meta.year).toBe(2024);
      expect(draft.meta.title).toContain('2024');
      expect(draft.meta.date).toBe('');
      if (draft.signature) expect(draft.signature.date).toBe('');
    }
  });

  it('prints each block’s marks with UTF-16 positions into that block’s text', () => {
    const veterans = rolled.find((d) => d.meta.title.startsWith('县退役军人事务局'))!;
    const marks = blockMarks(veterans);
    const money = marks.find(({ mark }) => mark.was === '1567.71万元');
    expect(money?.mark).toEqual({
      kind: 'figure',
      start: expect.any(Number),
      end: expect.any(Number),
      was: '1567.71万元',
    });
    for (const { text, mark } of marks) {
      if (mark.kind === 'figure') expect(text.slice(mark.start, mark.end)).toBe(mark.was);
      else expect(text.slice(mark.start, mark.end)).toMatch(/年|日/);
    }
    expect(marks.filter(({ mark }) => mark.kind === 'figure').length).toBeGreaterThan(40);
  });

  it('gives back what a plain import prints when every mark is undone', () => {
    expect(rolled.map(undoAllMarks)).toEqual(plain);
    expect(rolled.reduce((n, d) => n + countOpenMarks(d), 0)).toBeGreaterThan(400);
  });

  it('tells a person how many of last year’s figures wait for this year’s values', async () => {
    const r = await gongwen('import', corpusFile, '--roll');
    expect(r.code).toBe(0);
    const counts = [...r.stdout.matchAll(/还有 (\d+) 处去年的数据待更新/g)].map((m) =>
      Number(m[1]),
    );
    expect(counts).toEqual(rolled.map(countOpenMarks).filter((n) => n > 0));
    const asIs = await gongwen('import', corpusFile);
    expect(asIs.stdout).not.toContain('去年的数据待更新');
  });

  it('rolls to the year and date given', async () => {
    const r = await gongwen(
      'import',
      corpusFile,
      '--roll',
      '2025',
      '--date',
      '2025年6月28日',
      '--json',
    );
    expect(r.code).toBe(0);
    const drafts: Draft[] = JSON.parse(r.stdout);
    const health = drafts[0];
    expect(health.meta.title).toBe('2025年度XX县卫健委定点帮扶上半年工作总结');
    expect(health.signature).toEqual({ unit: 'XX县卫生健康委员会', date: '2025年6月28日' });
    expect(health.meta.date).toBe('2025年6月28日');
  });

  it('refuses a date it cannot read, naming it', async () => {
    const r = await gongwen('import', corpusFile, '--roll', '--date', '下周一');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('成文日期“下周一”无法识别');
  });

  it('refuses a target year before the report’s year with a Chinese message', async () => {
    const r = await gongwen('import', corpusFile, '--roll', '2022', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('目标年份 2022 早于原稿的年份 2023');
    expect(r.stdout).toBe('');
  });
});
