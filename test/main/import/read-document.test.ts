import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../../shared/errors';
import { readDocument } from '../../../main/services/import/read-document';
import { buildDocx, paragraph, run } from '../../helpers/docx-xml';
import { corpusDir, reportAsDoc, reportAsDocx, reportAsPdf } from '../../helpers/fixtures';

const damaged = (name: string) => readFileSync(path.join(corpusDir, 'fixtures/damaged', name));

async function failure(fileName: string, bytes: Uint8Array, limits = {}): Promise<DrafterError> {
  const error = await readDocument(fileName, bytes, { limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DrafterError);
  const drafterError = error as DrafterError;
  // every message names the file and is Chinese
  expect(drafterError.message).toContain(path.basename(fileName));
  expect(drafterError.message).toMatch(/[\u4e00-\u9fff]/);
  expect(drafterError.file).toBe(fileName);
  return drafterError;
}

/** Sets the uncompressed size a ZIP's central directory declares for one entry. */
function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  for (let at = 0; at < out.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === name.length && name.every((b, i) => out[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${entryName}`);
}

describe('readDocument: what the file is, judged by its bytes', () => {
  it('says a password-protected .docx (OLE with EncryptedPackage) is encrypted', async () => {
    const error = await failure(
      'poi-53475-password-is-pass.docx',
      damaged('poi-53475-password-is-pass.docx'),
    );
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('密码');
  });

  it('says a .docx with an unknown binary header looks encrypted by document-security software', async () => {
    const zip = readFileSync(reportAsDocx(0));
    const header = new Uint8Array(512).map((_, i) => (i * 37 + 11) % 256);
    const bytes = new Uint8Array([...header, ...zip]);
    const error = await failure('上半年总结.docx', bytes);
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('加密');
  });

  it('says a password-protected .doc (FIB fEncrypted) is encrypted instead of reading scrambled text', async () => {
    const doc = new Uint8Array(readFileSync(reportAsDoc(0)));
    // the WordDocument stream starts at a sector boundary with the FIB magic 0xA5EC
    let fib = -1;
    for (let at = 512; at < doc.length; at += 512) {
      if (doc[at] === 0xec && doc[at + 1] === 0xa5) {
        fib = at;
        break;
      }
    }
    expect(fib).toBeGreaterThan(0);
    doc[fib + 0x0b] |= 0x01;
    const error = await failure('加密.doc', doc);
    expect(error.code).toBe('encrypted');
  });

  it('says a truncated .docx is damaged', async () => {
    expect(
      (await failure('poi-62886-truncated.docx', damaged('poi-62886-truncated.docx'))).code,
    ).toBe('damaged');
    const half = readFileSync(reportAsDocx(3)).subarray(0, 3000);
    expect((await failure('半截.docx', half)).code).toBe('damaged');
  });

  it('says a Microsoft Works .wps is not a Kingsoft WPS document', async () => {
    const error = await failure('tika-works2000.wps', damaged('tika-works2000.wps'));
    expect(error.code).toBe('works-wps');
    expect(error.message).toContain('Microsoft Works');
  });

  it('says an empty file is empty and a document without text has no text', async () => {
    expect((await failure('空.docx', new Uint8Array(0))).code).toBe('empty');
    expect(
      (await failure('无字.docx', buildDocx({ body: paragraph('') + paragraph(run('   ')) }))).code,
    ).toBe('empty');
    expect((await failure('空行.txt', new TextEncoder().encode('\r\n \u3000\r\n'))).code).toBe(
      'empty',
    );
    const scans = buildDocx({ body: paragraph('<w:r><w:drawing><wp:inline/></w:drawing></w:r>') });
    const error = await failure('扫描件.docx', scans);
    expect(error.code).toBe('empty');
    expect(error.message).toContain('只有图片');
  });

  it.each([
    [
      '照片.docx',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'PNG 图片',
    ],
    ['照片.doc', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'JPEG 图片'],
    [
      'setup.docx',
      new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
      '可执行程序',
    ],
    ['资料.docx', zipSync({ 'a.txt': strToU8('hello'), 'b/c.txt': strToU8('x') }), 'ZIP 压缩包'],
    [
      '表格.docx',
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/workbook.xml': strToU8('<workbook/>'),
      }),
      'Excel',
    ],
  ])('names what %s really is', async (name, bytes, what) => {
    const error = await failure(name, bytes);
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain(what);
  });

  it('reads RTF given a .doc name as RTF', async () => {
    const doc = await readDocument(
      '旧文档.doc',
      new TextEncoder().encode('{\\rtf1\\ansi 标题\\par}'),
    );
    expect(doc.format).toBe('rtf');
    expect(doc.paragraphs).toEqual([{ text: '标题' }]);
  });

  it('reads bytes that sit at an offset inside a larger buffer (small files come from the Node buffer pool)', async () => {
    for (const file of [reportAsDocx(1), reportAsDoc(1), reportAsPdf(1)]) {
      const plain = await readDocument(file, new Uint8Array(readFileSync(file)));
      const shifted = Buffer.concat([
        Buffer.alloc(333, 0x50),
        readFileSync(file),
        Buffer.alloc(77),
      ]);
      const view = shifted.subarray(333, shifted.length - 77);
      expect(await readDocument(file, view)).toEqual(plain);
    }
  });

  it('reads text that was given a .doc name as text', async () => {
    const doc = await readDocument('改了名的.doc', new TextEncoder().encode('标题\n正文'));
    expect(doc.format).toBe('txt');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['标题', '正文']);
  });
});

describe('readDocument: limits against hostile files', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const error = await failure('大.docx', readFileSync(reportAsDocx(0)), { maxFileBytes: 1000 });
    expect(error.code).toBe('too-large');
  });

  it('refuses a part whose declared size is over the limit without inflating it', async () => {
    const bomb = declareSize(readFileSync(reportAsDocx(0)), 'word/document.xml', 0xfffffff0);
    const error = await failure('炸弹.docx', bomb);
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('word/document.xml');
  });

  it('stops inflating a part that lies about its size (a zip bomb) once it passes the declared size', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const zip = buildDocx({ body: paragraph(run('正文')), extra: { 'word/styles.xml': zeros } });
    const bomb = declareSize(zip, 'word/styles.xml', 4096);
    const before = process.memoryUsage().arrayBuffers;
    const error = await failure('炸弹.docx', bomb);
    expect(error.code).toBe('damaged');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses more parts than the limit and more inflated bytes in total than the limit', async () => {
    const docx = readFileSync(reportAsDocx(0));
    expect((await failure('多.docx', docx, { maxParts: 3 })).code).toBe('too-large');
    expect((await failure('多.docx', docx, { maxTotalBytes: 2000 })).code).toBe('too-large');
  });

  it('gives up with a timeout message when reading takes longer than the bound', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => paragraph(run(`第${i}段`))).join('');
    const error = await failure('慢.docx', buildDocx({ body }), { timeoutMs: 1 });
    expect(error.code).toBe('timeout');
    // word-extractor never yields to timers; it runs in a worker that is stopped instead
    expect((await failure('慢.doc', readFileSync(reportAsDoc(0)), { timeoutMs: 1 })).code).toBe(
      'timeout',
    );
    expect((await failure('慢.pdf', readFileSync(reportAsPdf(0)), { timeoutMs: 1 })).code).toBe(
      'timeout',
    );
  });

  it('keeps the first paragraphs of a document over the paragraph limit and says so', async () => {
    const text = Array.from({ length: 50 }, (_, i) => `第${i}行`).join('\n');
    const doc = await readDocument('长.txt', new TextEncoder().encode(text), {
      limits: { maxParagraphs: 20 },
    });
    expect(doc.paragraphs.length).toBe(20);
    expect(doc.notices).toEqual([expect.stringContaining('前 20 段')]);
  });
});
