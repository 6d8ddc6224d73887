// The checks over the 17 real reports of the corpus compilation, imported the way the CLI imports
// them. Every finding was read and judged; corpus-findings.json holds the list, the counts by rule
// and how many were judged false alarms. A change in what the checks find fails here, so the new
// findings get read and judged before the list is updated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft, type Finding } from '../../../shared/checks';
import type { Draft } from '../../../shared/model';
import { importFile } from '../../../main/services/import/index';
import { compilationPath } from '../../helpers/fixtures';

interface Judged {
  report: number;
  rule: string;
  block: number;
  where: string;
  text: string;
  verdict: 'true' | 'false';
  note?: string;
}

const judged = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'corpus-findings.json'), 'utf8'),
) as {
  reports: number;
  byRule: Record<string, number>;
  judgedFalse: Record<string, number>;
  findings: Judged[];
};

describe('checks over the 17 corpus reports', () => {
  let drafts: Draft[];
  let found: Finding[][];

  beforeAll(async () => {
    drafts = (await importFile(compilationPath)).drafts;
    found = drafts.map((d) => checkDraft(d));
  });

  it('finds exactly the findings that were read and judged', () => {
    expect(drafts).toHaveLength(judged.reports);
    const actual = found.flatMap((fs, report) =>
      fs.map((f) => ({ report, rule: f.rule, block: f.block, where: f.where, text: f.text })),
    );
    const expected = judged.findings.map(({ report, rule, block, where, text }) => ({
      report,
      rule,
      block,
      where,
      text,
    }));
    expect(actual).toEqual(expected);
  });

  it('counts findings by rule as recorded, with the false alarms judged', () => {
    const byRule: Record<string, number> = {};
    for (const f of found.flat()) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    expect(byRule).toEqual(judged.byRule);
    const falseByRule: Record<string, number> = {};
    for (const f of judged.findings.filter((x) => x.verdict === 'false')) {
      falseByRule[f.rule] = (falseByRule[f.rule] ?? 0) + 1;
    }
    expect(falseByRule).toEqual(judged.judgedFalse);
    const falseCount = Object.values(falseByRule).reduce((a, b) => a + b, 0);
    expect(falseCount / judged.findings.length).toBeLessThanOrEqual(0.02);
  });

  it('catches the real mistakes the reports were sent back for', () => {
    const all = found.flatMap((fs, report) => fs.map((f) => ({ ...f, report })));
    const has = (rule: string, text: string) =>
      all.some((f) => f.rule === rule && f.text?.includes(text));
    expect(has('repeat.clause', '以习近平新时代中国特色社会主义思想为指导')).toBe(true);
    expect(has('formulation', '习近平新时代社会主义思想')).toBe(true);
    expect(has('misuse', '截止')).toBe(true);
    expect(has('punct.halfwidth', ',')).toBe(true);
    expect(has('numbering.punct', '1、')).toBe(true);
    expect(has('number.range-dash', '-')).toBe(true);
    expect(has('placeholder', 'XX')).toBe(true);
  });
});
