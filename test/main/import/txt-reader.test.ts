import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/services/import/read-document';

const corpus = path.resolve(__dirname, '../../../../shared/corpus');
const compilation = readFileSync(path.join(corpus, '000_0f3bb0a146594841.txt'));
const sample =
  '关于2023年上半年工作的总结\n\u3000\u3000今年以来，我局认真落实各项工作。\n一、基本情况\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

describe('text reader', () => {
  it('reads the UTF-8 corpus compilation line by line without losing any text', async () => {
    const doc = await readDocument('汇编.txt', compilation);
    expect(doc.format).toBe('txt');
    const expected = compilation
      .toString('utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
      .filter(Boolean);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(expected);
  });

  it('decodes the same text saved as GB18030 by iconv', async () => {
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: compilation });
    const fromGbk = await readDocument('汇编.txt', gbk);
    const fromUtf8 = await readDocument('汇编.txt', compilation);
    expect(fromGbk.paragraphs).toEqual(fromUtf8.paragraphs);
  });

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])],
    ['UTF-16 LE with BOM', utf16(sample, 'le', true)],
    ['UTF-16 BE with BOM', utf16(sample, 'be', true)],
    ['UTF-16 LE without BOM', utf16(sample, 'le', false)],
    ['UTF-16 BE without BOM', utf16(sample, 'be', false)],
  ])('reads %s', async (_name, bytes) => {
    const doc = await readDocument('a.txt', bytes);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      '关于2023年上半年工作的总结',
      '今年以来，我局认真落实各项工作。',
      '一、基本情况',
    ]);
    expect(doc.paragraphs[1].indented).toBe(true);
  });

  it('splits CRLF and lone CR line ends and flags indents and right-pushed signature lines', async () => {
    const text =
      '标题\r\n    四个空格缩进\r\t制表符缩进\r\n\r\n                                        某某县民政局\n\t\t\t\t2023年6月29日\n';
    const doc = await readDocument('a.txt', new TextEncoder().encode(text));
    expect(doc.paragraphs).toEqual([
      { text: '标题' },
      { text: '四个空格缩进', indented: true },
      { text: '制表符缩进', indented: true },
      { text: '某某县民政局', indented: true, pushedRight: true },
      { text: '2023年6月29日', indented: true, pushedRight: true },
    ]);
  });
});
