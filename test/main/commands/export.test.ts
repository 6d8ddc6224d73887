import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportCommand } from '../../../main/commands/export';
import type { CommandIo } from '../../../main/commands/command';
import { main } from '../../../main/cli';
import { UsageError } from '../../../main/commands/command';
import { emptyDraft, type Draft } from '../../../shared/model';

let dir: string;
let out: string[];
let err: string[];
let io: CommandIo;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-export-cmd-'));
  out = [];
  err = [];
  io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function draft(title: string): Draft {
  const d = emptyDraft({ title });
  d.blocks = [{ type: 'paragraph', text: '正文。' }];
  return d;
}

function documentXml(file: string): string {
  return strFromU8(unzipSync(readFileSync(file))['word/document.xml']);
}

describe('gongwen export', () => {
  it('writes a .docx from a draft file, with centred page numbers when asked', async () => {
    writeFileSync(path.join(dir, 'a.gwd'), JSON.stringify(draft('甲单位工作总结')));
    const code = await main(['export', 'a.gwd', '-o', 'a.docx', '--page-numbers', 'center'], io);
    expect(code).toBe(0);
    expect(documentXml(path.join(dir, 'a.docx'))).toContain('甲单位工作总结');
    const settings = strFromU8(
      unzipSync(readFileSync(path.join(dir, 'a.docx')))['word/settings.xml'],
    );
    expect(settings).not.toContain('evenAndOddHeaders');
    expect(out.join('')).toContain('已导出');
  });

  it('replaces an existing target and leaves no temporary file behind', async () => {
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(draft('新标题')));
    writeFileSync(path.join(dir, 'out.docx'), 'old');
    expect(await main(['export', 'a.json', '-o', 'out.docx'], io)).toBe(0);
    expect(documentXml(path.join(dir, 'out.docx'))).toContain('新标题');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'out.docx']);
  });

  it('keeps the previous file untouched and says why in Chinese when the write fails', async () => {
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(draft('新标题')));
    // a name of 245 bytes exists, but its temporary sibling would pass the 255-byte limit
    const name = '长'.repeat(80) + '.docx';
    writeFileSync(path.join(dir, name), 'previous');
    expect(await main(['export', 'a.json', '-o', name], io)).toBe(1);
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe('previous');
    expect(err.join('')).toMatch(/无法保存“长+\.docx”.*原文件未被改动/);
    expect(readdirSync(dir).sort()).toEqual(['a.json', name].sort());
  });

  it('reports a missing folder without writing anything', async () => {
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(draft('标题')));
    expect(await main(['export', 'a.json', '-o', 'gone/out.docx'], io)).toBe(1);
    expect(err.join('')).toContain('所在文件夹已不存在');
  });

  it('names a missing input file and rejects an unknown page-number placement', async () => {
    expect(await main(['export', 'nope.gwd', '-o', 'x.docx'], io)).toBe(1);
    expect(err.join('')).toContain('找不到文件“nope.gwd”');
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(draft('标题')));
    expect(await main(['export', 'a.json', '--page-numbers', 'left'], io)).toBe(2);
    expect(err.join('')).toContain('--page-numbers 只能是 odd-even 或 center');
  });

  it('refuses a damaged draft with a message naming it', async () => {
    writeFileSync(path.join(dir, 'bad.gwd'), '{"version": 1, "meta": ');
    expect(await main(['export', 'bad.gwd', '-o', 'x.docx'], io)).toBe(1);
    expect(err.join('')).toContain('bad.gwd');
  });

  it('asks which report of a compilation to export, and exports the one named by --index', async () => {
    const command = createExportCommand({
      importFile: async () => ({
        drafts: [draft('第一篇'), draft('第二篇')],
        notices: ['略过图片'],
      }),
    });
    writeFileSync(path.join(dir, '汇编.docx'), 'PK');
    await expect(command.run(['汇编.docx', '-o', 'x.docx'], io)).rejects.toThrow(UsageError);
    await expect(command.run(['汇编.docx', '-o', 'x.docx'], io)).rejects.toThrow(/2\. 第二篇/);
    expect(await command.run(['汇编.docx', '-o', 'x.docx', '--index', '2'], io)).toBe(0);
    expect(documentXml(path.join(dir, 'x.docx'))).toContain('第二篇');
    expect(err).toContain('提示：略过图片');
    await expect(command.run(['汇编.docx', '--index', '3'], io)).rejects.toThrow(/1 到 2/);
  });

  it('exports one report of a real compilation read through the import service', async () => {
    const corpus = path.resolve(
      import.meta.dirname,
      '../../../../shared/corpus/000_0f3bb0a146594841.txt',
    );
    expect(await main(['export', corpus, '-o', 'one.docx'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/含 17 篇文稿[\s\S]*15\. 县总工会2023年上半年帮扶工作总结/);
    expect(await main(['export', corpus, '-o', 'one.docx', '--index', '15'], io)).toBe(0);
    const xml = documentXml(path.join(dir, 'one.docx'));
    expect(xml).toContain('县总工会2023年上半年帮扶工作总结');
    expect(xml).toContain('XX县总工会');
  });

  it('writes into a folder given as -o under the title’s name', async () => {
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(draft('乙单位工作总结')));
    mkdirSync(path.join(dir, 'out'));
    expect(await main(['export', 'a.json', '-o', 'out'], io)).toBe(0);
    expect(documentXml(path.join(dir, 'out', '乙单位工作总结.docx'))).toContain('乙单位工作总结');
  });

  it('never overwrites the file it reads', async () => {
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(draft('标题')));
    expect(await main(['export', 'a.json', '-o', 'a.json'], io)).toBe(2);
    expect(JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')).meta.title).toBe('标题');
  });
});
