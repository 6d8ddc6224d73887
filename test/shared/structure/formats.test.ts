// The same reports as the compilation test, read from the files users actually have: GBK text,
// .docx with typed numbers and with Word auto-numbering, and .doc and .pdf made by LibreOffice.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/services/import/read-document';
import type { Block, Draft } from '../../../shared/model';
import { recognize } from '../../../shared/structure';
import {
  corpusReports,
  reportAsDoc,
  reportAsDocx,
  reportAsGbk,
  reportAsHtml,
  reportAsPdf,
} from '../../helpers/fixtures';
import { COMPILATION_REPORTS } from './compilation-expected';

function outlineOf(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'heading') return [`${b.level}H ${b.marker ?? ''}${b.text.slice(0, 16)}`];
    if (b.type === 'paragraph' && b.lead) {
      const { level, marker, text, punct } = b.lead;
      return [`${level}L ${marker ?? ''}${text.slice(0, 16)}${punct ?? '。'}`];
    }
    return [];
  });
}

async function read(file: string): Promise<Draft[]> {
  return recognize(await readDocument(file, new Uint8Array(readFileSync(file))));
}

const FORMATS: [string, (i: number) => string][] = [
  ['GBK text', reportAsGbk],
  ['.docx with typed numbers', (i) => reportAsDocx(i)],
  ['.docx with Word auto-numbering', (i) => reportAsDocx(i, { autoNumbering: true })],
  ['.doc', reportAsDoc],
  ['.pdf', reportAsPdf],
  ['a web page saved as .doc', reportAsHtml],
];

describe('corpus reports in every file format', () => {
  const count = corpusReports().length;

  beforeAll(() => {
    // LibreOffice converts all reports in one run per format; later calls hit the cache
    reportAsDoc(0);
    reportAsPdf(0);
    reportAsHtml(0);
  }, 300_000);

  it('has the 17 reports of the compilation to read', () => {
    expect(count).toBe(COMPILATION_REPORTS.length);
  });

  describe.each(FORMATS)('%s', (_name, fileOf) => {
    it('gives every report its title, headings, levels and signature', async () => {
      for (let i = 0; i < count; i++) {
        const drafts = await read(fileOf(i));
        const expected = COMPILATION_REPORTS[i];
        expect(drafts).toHaveLength(1);
        const [d] = drafts;
        // Word auto-numbering writes the label the list defines, not the one typed in the corpus
        const outline = outlineOf(d.blocks).map((l) => l.replace(/^(\dL?H? )(\d+)[、.]/, '$1$2.'));
        const want = expected.outline.map((l) => l.replace(/^(\dL?H? )(\d+)[、.]/, '$1$2.'));
        expect({ i, title: d.meta.title, outline }).toEqual({
          i,
          title: expected.title,
          outline: want,
        });
        expect(d.signature ? `${d.signature.unit} ${d.signature.date}` : null).toBe(
          expected.signature,
        );
        expect(d.meta).toMatchObject({ year: 2023, period: '上半年', docType: 'summary' });
      }
    });
  });
});
