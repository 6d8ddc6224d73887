import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTemplatesApi,
  TemplatesService,
} from '../../../main/services/templates/templates-service';
import { draftFromTemplate } from '../../../shared/templates/draft-from-template';
import { copiedRuns, loadCorpus } from '../../shared/snippets/corpus-overlap';

const shipped = resolve(import.meta.dirname, '../../../templates');
const temps: string[] = [];
function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-templates-'));
  temps.push(dir);
  cpSync(shipped, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('shipped templates', () => {
  it('load without problems and cover the six genres the issue names', async () => {
    const { templates, problems } = await new TemplatesService(shipped).load();
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.name)).toEqual([
      '上半年工作总结',
      '年度工作总结',
      '专项工作总结（政务公开）',
      '工作计划（年度工作要点）',
      '述职报告',
      '情况报告',
    ]);
  });

  it('each give a section for problems or plans, a guide per section, and phrase categories', async () => {
    const { templates } = await new TemplatesService(shipped).load();
    for (const t of templates) {
      const kinds = t.sections.flatMap((s) => s.kinds);
      expect(kinds, t.name).toContain('plans');
      expect(
        t.sections.every((s) => s.guide.length >= 10),
        t.name,
      ).toBe(true);
      expect(t.snippetCategories.length, t.name).toBeGreaterThanOrEqual(5);
    }
  });

  it('produce a complete draft from the form values', async () => {
    const api = createTemplatesApi(shipped);
    for (const summary of await api.listTemplates({})) {
      const template = await api.getTemplate({ id: summary.id });
      const draft = draftFromTemplate(template, {
        unit: '某镇人民政府',
        year: 2024,
        date: '2024年12月20日',
      });
      const text = [draft.meta.title, ...draft.blocks.map((b) => ('text' in b ? b.text : ''))].join(
        '\n',
      );
      expect(text, summary.name).toContain('2024');
      expect(text, summary.name).not.toMatch(/\{(单位|年度|期间|日期|下一年度)\}/);
      expect(draft.signature?.date).toBe('2024年12月20日');
    }
  });

  it('are written in our own words, not copied from the corpus', async () => {
    const corpus = loadCorpus();
    const { templates } = await new TemplatesService(shipped).load();
    const texts = templates.flatMap((t) => [
      t.preamble,
      t.description,
      t.closing ?? '',
      ...t.sections.flatMap((s) => [
        s.title,
        s.guide,
        ...(s.subsections ?? []).flatMap((x) => [x.title, x.guide]),
      ]),
    ]);
    expect(texts.flatMap((t) => copiedRuns(t, corpus))).toEqual([]);
  });
});

describe('broken templates', () => {
  it('are left out of the list and named with the problem when asked for', async () => {
    const dir = tempCopy();
    writeFileSync(join(dir, '07-broken.json'), '{"id": "broken", "name": "坏模板",');
    const api = createTemplatesApi(dir);
    expect((await api.listTemplates({})).map((t) => t.id)).not.toContain('broken');
    await expect(api.getTemplate({ id: 'broken' })).rejects.toThrow(
      /07-broken\.json 不是有效的 JSON/,
    );
  });

  it('report every missing or wrong field in Chinese', async () => {
    const dir = tempCopy();
    writeFileSync(
      join(dir, '08-bad.json'),
      JSON.stringify({
        id: 'bad',
        name: '缺章节',
        docType: 'memo',
        description: 'x',
        titlePattern: 'x',
        preamble: 'x',
        sections: [{ title: '一', kinds: ['misc'] }],
        snippetCategories: [],
      }),
    );
    const { problems } = await new TemplatesService(dir).load();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('08-bad.json');
    expect(problems[0]).toContain('文种（docType）“memo”无效');
    expect(problems[0]).toContain('第 1 个章节缺少写作提示（guide）');
    expect(problems[0]).toContain('类别“misc”无效');
  });

  it('ignore a second file with the same id', async () => {
    const dir = tempCopy();
    cpSync(join(dir, '01-half-year-summary.json'), join(dir, '09-copy.json'));
    const { templates, problems } = await new TemplatesService(dir).load();
    expect(templates.filter((t) => t.id === 'half-year-summary')).toHaveLength(1);
    expect(problems[0]).toMatch(/09-copy\.json.*重复/);
  });

  it('give a clear message when the folder is missing or the id unknown', async () => {
    await expect(createTemplatesApi('/nonexistent/templates').listTemplates({})).rejects.toThrow(
      '找不到模板文件夹',
    );
    await expect(createTemplatesApi(shipped).getTemplate({ id: 'nope' })).rejects.toThrow(
      '找不到模板“nope”',
    );
  });
});
