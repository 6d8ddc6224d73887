import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/services/import/read-document';
import { buildDocx, paragraph, run } from '../../helpers/docx-xml';
import {
  convertWithLibreOffice,
  corpusDir,
  corpusReports,
  generatedDir,
  headingMarker,
  repoRoot,
  reportAsDoc,
  signatureStart,
} from '../../helpers/fixtures';

const require = createRequire(import.meta.url);
const reports = corpusReports();

describe('doc reader', () => {
  it('reads the Chinese multi-level .doc fixture with its table', async () => {
    const file = path.join(corpusDir, 'fixtures/numbering/poi-61490-multilevel.doc');
    const doc = await readDocument(file, readFileSync(file));
    expect(doc.format).toBe('doc');
    expect(doc.paragraphs.map((p) => p.text).slice(0, 4)).toEqual([
      '居中的大标题',
      '章节1',
      '章节1的内容，一段话',
      '章节1.1',
    ]);
    expect(doc.paragraphs.find((p) => p.table)?.table).toEqual([
      ['11', '12', '13'],
      ['21', '22', '23'],
      ['31', '32', '33'],
    ]);
  });

  it.each(reports.map((r, i) => [i, r.title] as const))(
    'reads report %i (%s) saved as .doc by LibreOffice line for line',
    async (i) => {
      const file = reportAsDoc(i);
      const doc = await readDocument(file, readFileSync(file));
      expect(doc.paragraphs.map((p) => p.text)).toEqual(reports[i].lines);
    },
  );

  it.each(reports.map((r, i) => [i, r.title] as const))(
    'reads report %i (%s) as an auto-numbered .doc with styles, alignment and Word list labels',
    async (i) => {
      const file = reportAsDoc(i, { autoNumbering: true });
      const doc = await readDocument(file, readFileSync(file));
      expect(doc.paragraphs.length).toBe(reports[i].lines.length);
      expect(doc.paragraphs[0].alignment).toBe('center');
      for (const [k, p] of doc.paragraphs.entries()) {
        const marker = k > 0 ? headingMarker(reports[i].lines[k]) : null;
        if (marker) {
          expect({ label: p.numbering, text: p.text, level: p.numberingLevel }).toEqual({
            label: marker.marker,
            text: marker.rest,
            level: marker.level,
          });
          if (marker.level === 0) expect(p).toMatchObject({ style: 'heading 1', outlineLevel: 0 });
          if (marker.level === 1) expect(p).toMatchObject({ style: 'heading 2', outlineLevel: 1 });
        } else {
          expect(p.numbering).toBeUndefined();
          expect(p.text).toBe(reports[i].lines[k]);
        }
      }
      const signature = signatureStart(reports[i].lines);
      if (signature >= 0) expect(doc.paragraphs.at(-1)!.alignment).toBe('right');
    },
  );

  it('reads the two-level Word list labels of the Chinese .doc fixture', async () => {
    const file = path.join(corpusDir, 'fixtures/numbering/poi-61490-multilevel.doc');
    const doc = await readDocument(file, readFileSync(file));
    expect(
      doc.paragraphs.filter((p) => p.numbering).map((p) => [p.numbering, p.text, p.outlineLevel]),
    ).toEqual([
      ['1.', '章节1', 0],
      ['1.1.', '章节1.1', 1],
      ['1.2.', '章节1.2', 1],
    ]);
    expect(doc.paragraphs[0]).toMatchObject({ text: '居中的大标题', alignment: 'center' });
  });

  it('reads a Word 97 file named .docx as .doc (the bytes decide)', async () => {
    const doc = await readDocument('去年的总结.docx', readFileSync(reportAsDoc(0)));
    expect(doc.format).toBe('doc');
    expect(doc.paragraphs[0].text).toBe(reports[0].title);
  });

  it('calls a Word 97 file named .wps a WPS document', async () => {
    const doc = await readDocument('总结.wps', readFileSync(reportAsDoc(1)));
    expect(doc.format).toBe('wps');
  });
});

describe('word-extractor character-spacing patch', () => {
  const spaced = '紧缩字距的文字不能丢';
  let docFile: string;
  let work: string;

  beforeAll(() => {
    // runs with condensed spacing (w:spacing -5 twips) become sprmCDxaSpace in the .doc
    const source = path.join(generatedDir, 'char-spacing.docx');
    docFile = source.replace(/\.docx$/, '.doc');
    if (!existsSync(docFile)) {
      writeFileSync(
        source,
        buildDocx({
          body:
            paragraph(run('普通文字')) +
            paragraph(run(spaced, '<w:spacing w:val="-5"/>')) +
            paragraph(run('再来一段', '<w:spacing w:val="15"/>')),
        }),
      );
      convertWithLibreOffice([source], 'doc');
    }
    // inside the repo, so the copy still resolves its own dependencies from node_modules
    work = mkdtempSync(path.join(generatedDir, 'word-extractor-'));
    cpSync(
      path.dirname(require.resolve('word-extractor/package.json')),
      path.join(work, 'word-extractor'),
      {
        recursive: true,
      },
    );
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const copyLib = () => path.join(work, 'word-extractor/lib/word-ole-extractor.js');
  const extract = async (): Promise<string> => {
    const requireCopy = createRequire(path.join(work, 'index.js'));
    for (const key of Object.keys(requireCopy.cache))
      if (key.startsWith(work)) delete requireCopy.cache[key];
    const WordExtractor = requireCopy(path.join(work, 'word-extractor'));
    const document = await new WordExtractor().extract(readFileSync(docFile));
    return document.getBody();
  };
  const patch = () =>
    spawnSync('node', [path.join(repoRoot, 'scripts/patch-word-extractor.js'), copyLib()], {
      encoding: 'utf8',
    });

  it('loses the spaced run without the patch and keeps it with the patch, idempotently', async () => {
    writeFileSync(
      copyLib(),
      readFileSync(copyLib(), 'utf8').replace('sprm & 0x1ff;', 'sprm & 0x1f;'),
    );
    expect(await extract()).not.toContain(spaced);

    expect(patch()).toMatchObject({ status: 0, stdout: expect.stringContaining('patched') });
    expect(await extract()).toContain(spaced);
    expect(patch()).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('already patched'),
    });
    expect(readFileSync(copyLib(), 'utf8').split('0x1ff').length).toBe(2);
  });

  it('fails loudly when the source it expects is not there', () => {
    writeFileSync(copyLib(), '// some other version\n');
    const result = patch();
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('word-extractor changed');
  });

  it('is applied to the installed package, so the reader keeps the spaced run', async () => {
    const doc = await readDocument(docFile, readFileSync(docFile));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['普通文字', spaced, '再来一段']);
  });
});
