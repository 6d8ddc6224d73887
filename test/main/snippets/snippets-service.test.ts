import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSnippetsApi,
  SnippetsService,
} from '../../../main/services/snippets/snippets-service';
import { MemorySettingsStore } from '../../../main/services/settings/settings-store';
import type { FilePayload } from '../../../shared/api';
import { searchSnippets } from '../../../shared/snippets/search';
import { copiedRuns, loadCorpus } from '../../shared/snippets/corpus-overlap';

const templatesDir = resolve(import.meta.dirname, '../../../templates');
const now = () => new Date(2024, 6, 5);
const api = () => createSnippetsApi({ templatesDir, settings: new MemorySettingsStore(), now });
const payload = (name: string, content: string | Uint8Array): FilePayload => ({
  name,
  data: Buffer.from(content).toString('base64'),
});
const decode = (file: FilePayload) => JSON.parse(Buffer.from(file.data, 'base64').toString('utf8'));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('shipped phrases', () => {
  it('number at least 150 in at least 8 categories, the ones the issue names among them', async () => {
    const service = new SnippetsService(
      join(templatesDir, 'snippets'),
      new MemorySettingsStore(),
      now,
    );
    const all = await service.list();
    expect(service.problems).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(all.map((s) => s.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    for (const c of [
      '开头语',
      '指导思想与领导表述',
      '过渡语',
      '成效表述',
      '存在问题',
      '下一步打算',
      '结尾语',
      '落款与日期',
    ]) {
      expect(categories, c).toContain(c);
    }
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('cover every category a template suggests', async () => {
    const all = await api().listSnippets({});
    const categories = new Set(all.map((s) => s.category));
    for (const name of [
      '01-half-year-summary',
      '02-annual-summary',
      '03-open-government-summary',
      '04-annual-plan',
      '05-debrief',
      '06-situation-report',
    ]) {
      const { snippetCategories } = await import(`../../../templates/${name}.json`);
      for (const c of snippetCategories as string[])
        expect(categories, `${name}: ${c}`).toContain(c);
    }
  });

  it('are written in our own words: no run of 12 characters appears in the corpus', async () => {
    const corpus = loadCorpus();
    const all = await api().listSnippets({});
    expect(all.flatMap((s) => copiedRuns(s.text, corpus))).toEqual([]);
    // the check itself finds a run taken from the corpus
    const taken = corpus.slice(
      corpus.indexOf('现就2023年上半年'),
      corpus.indexOf('现就2023年上半年') + 16,
    );
    expect(copiedRuns(`开头${taken}`, corpus).length).toBeGreaterThan(0);
  });

  it('carry pinyin initials so that xjzj finds 现将……总结如下', async () => {
    const all = await api().listSnippets({});
    expect(all.every((s) => s.initials?.length === Array.from(s.text).length)).toBe(true);
    expect(searchSnippets(all, 'xjzj')[0].text).toMatch(/^现将.*总结如下/);
  });
});

describe('user phrases', () => {
  it('are saved first in the list, edited and deleted, and persist in the settings store', async () => {
    const settings = new MemorySettingsStore();
    const drafter = createSnippetsApi({ templatesDir, settings, now });
    const saved = await drafter.saveSnippet({
      snippet: { category: '我的常用语', text: '  全年接待来访群众××人次。 ' },
    });
    expect(saved).toMatchObject({
      category: '我的常用语',
      text: '全年接待来访群众××人次。',
      user: true,
    });
    expect((await drafter.listSnippets({}))[0].id).toBe(saved.id);

    const again = createSnippetsApi({ templatesDir, settings, now });
    const edited = await again.saveSnippet({
      snippet: { id: saved.id, category: '数据表述', text: '全年接待群众××人次。' },
    });
    expect(edited.id).toBe(saved.id);
    expect((await again.listSnippets({})).filter((s) => s.user)).toEqual([edited]);

    await again.deleteSnippet({ id: saved.id });
    expect((await again.listSnippets({})).some((s) => s.user)).toBe(false);
  });

  it('do not double when the same text is saved twice', async () => {
    const drafter = api();
    const a = await drafter.saveSnippet({ snippet: { category: '甲', text: '同一句话。' } });
    const b = await drafter.saveSnippet({ snippet: { category: '乙', text: '同一句话。' } });
    expect(b.id).toBe(a.id);
    expect((await drafter.listSnippets({})).filter((s) => s.user)).toHaveLength(1);
  });

  it('refuse empty text, a missing category and changes to shipped phrases, in Chinese', async () => {
    const drafter = api();
    await expect(
      drafter.saveSnippet({ snippet: { category: '开头语', text: ' ' } }),
    ).rejects.toThrow('无法保存常用语：内容为空');
    await expect(drafter.saveSnippet({ snippet: { category: '', text: '一句' } })).rejects.toThrow(
      '缺少类别',
    );
    const builtin = (await drafter.listSnippets({})).find((s) => !s.user)!;
    await expect(drafter.deleteSnippet({ id: builtin.id })).rejects.toThrow('内置常用语不能删除');
    await expect(
      drafter.saveSnippet({ snippet: { id: builtin.id, category: 'x', text: 'y' } }),
    ).rejects.toThrow('内置常用语不能修改');
    await expect(drafter.deleteSnippet({ id: 'u-gone' })).rejects.toThrow('找不到要删除的常用语');
  });

  it('survive a settings file with broken entries', async () => {
    const settings = new MemorySettingsStore();
    settings.set('snippets.user', [
      { id: 'u-1', category: '好', text: '可用' },
      { id: 2 },
      null,
      'x',
    ]);
    const list = await createSnippetsApi({ templatesDir, settings, now }).listSnippets({});
    expect(list.filter((s) => s.user).map((s) => s.text)).toEqual(['可用']);
  });
});

describe('phrase packs', () => {
  it('round-trip: export from one user, import at a colleague, duplicates skipped', async () => {
    const mine = api();
    await mine.saveSnippet({ snippet: { category: '我的', text: '第一句自定义。' } });
    await mine.saveSnippet({ snippet: { category: '我的', text: '第二句自定义。' } });
    const file = await mine.exportSnippetPack({});
    expect(file.name).toBe('常用语-20240705.json');
    expect(decode(file)).toMatchObject({ format: 'gongwen-snippets', version: 1 });
    expect(decode(file).snippets).toHaveLength(2);

    const colleague = api();
    expect(await colleague.importSnippetPack({ file })).toEqual({ added: 2, skipped: 0 });
    expect(await colleague.importSnippetPack({ file })).toEqual({ added: 0, skipped: 2 });
    const theirs = (await colleague.listSnippets({})).filter((s) => s.user);
    expect(theirs.map((s) => s.text).sort()).toEqual(['第一句自定义。', '第二句自定义。']);
  });

  it('skip phrases that ship with the program anyway', async () => {
    const pack = {
      format: 'gongwen-snippets',
      version: 1,
      snippets: [
        { category: '结尾语', text: '特此报告。' },
        { category: '新', text: '新句子。' },
      ],
    };
    expect(
      await api().importSnippetPack({ file: payload('包.json', JSON.stringify(pack)) }),
    ).toEqual({ added: 1, skipped: 1 });
  });

  it('read a pack re-saved as GBK', async () => {
    const pack = JSON.stringify({
      format: 'gongwen-snippets',
      version: 1,
      snippets: [{ category: '开头语', text: '根据安排，汇报如下。' }],
    });
    const { encode } = await import('./gbk-encode');
    const bytes = encode(pack);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const drafter = api();
    expect(await drafter.importSnippetPack({ file: payload('gbk.json', bytes) })).toEqual({
      added: 1,
      skipped: 0,
    });
    expect((await drafter.listSnippets({}))[0].text).toBe('根据安排，汇报如下。');
  });

  it('explain a broken pack in Chinese, naming the file', async () => {
    const drafter = api();
    await expect(
      drafter.importSnippetPack({ file: payload('坏.json', '{"format": ') }),
    ).rejects.toThrow('常用语包 坏.json 不是有效的 JSON 文件');
    await expect(
      drafter.importSnippetPack({ file: payload('别的.json', '{"a":1}') }),
    ).rejects.toThrow('常用语包 别的.json 无法导入：不是常用语包');
    await expect(
      drafter.importSnippetPack({
        file: payload(
          '空.json',
          JSON.stringify({
            format: 'gongwen-snippets',
            version: 1,
            snippets: [{ category: '', text: '' }],
          }),
        ),
      }),
    ).rejects.toThrow('常用语包 空.json 里没有可用的常用语：第 1 条缺少类别');
    await expect(drafter.importSnippetPack({ file: payload('零.json', '') })).rejects.toThrow(
      '是空文件',
    );
    await expect(drafter.exportSnippetPack({})).rejects.toThrow('还没有自己的常用语可以导出');
  });

  it('report a broken shipped pack without losing the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-snippets-'));
    temps.push(dir);
    mkdirSync(join(dir, 'snippets'));
    writeFileSync(
      join(dir, 'snippets', 'a.json'),
      JSON.stringify({
        format: 'gongwen-snippets',
        version: 1,
        snippets: [{ category: '甲', text: '一句。' }],
      }),
    );
    writeFileSync(join(dir, 'snippets', 'b.json'), 'not json');
    const service = new SnippetsService(join(dir, 'snippets'), new MemorySettingsStore(), now);
    expect((await service.list()).map((s) => s.text)).toEqual(['一句。']);
    expect(service.problems).toEqual(['常用语包 b.json 不是有效的 JSON 文件，无法导入']);
  });
});
