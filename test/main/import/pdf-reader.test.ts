import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/services/import/read-document';
import { buildDocx, paragraph, run, stylesXml } from '../../helpers/docx-xml';
import {
  convertWithLibreOffice,
  corpusReports,
  generatedDir,
  reportAsDocx,
  reportAsPdf,
  signatureStart,
} from '../../helpers/fixtures';

const reports = corpusReports();
// LibreOffice hangs line-end punctuation into the margin and leaves it out of the text layer
// (pdftotext shows the same), so text is compared without punctuation
const letters = (s: string) => s.replace(/[\s，。、；：！？,.;:!?]/g, '');

/** A one-page PDF with the given content stream and extra objects (numbered from 5). */
function minimalPdf(content: string, fonts = '', extra: string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${fonts} >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...extra,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A filled square and no text, like a scan without OCR. */
const imageOnlyPdf = () => minimalPdf('0.5 g 100 100 300 400 re f');

/**
 * Chinese text in a non-embedded Adobe font (STSong-Light, UniGB-UCS2-H), as older generators
 * write it: without the CMaps bundled with pdfjs-dist this has no readable text at all.
 */
function cmapPdf(text: string): Uint8Array {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return minimalPdf(`BT /F1 16 Tf 72 700 Td <${hex}> Tj ET`, '/Font << /F1 5 0 R >>', [
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

describe('pdf reader on the corpus reports', () => {
  it.each(reports.map((r, i) => [i, r.title] as const))(
    'rebuilds report %i (%s) paragraph for paragraph, title centred and signature right',
    async (i) => {
      const file = reportAsPdf(i);
      const doc = await readDocument(file, readFileSync(file));
      expect(doc.format).toBe('pdf');
      expect(doc.paragraphs.map((p) => letters(p.text))).toEqual(reports[i].lines.map(letters));
      expect(doc.paragraphs[0].alignment).toBe('center');
      const signature = signatureStart(reports[i].lines);
      if (signature >= 0) {
        for (const p of doc.paragraphs.slice(signature))
          expect(p).toMatchObject({ alignment: 'right', pushedRight: true });
      }
      for (const p of doc.paragraphs.slice(1, signature >= 0 ? signature : undefined)) {
        expect(p.alignment).toBeUndefined();
      }
    },
  );
});

describe('pdf reader edge cases', () => {
  const numbered = path.join(generatedDir, 'page-numbers.pdf');
  const encrypted = path.join(generatedDir, 'encrypted', 'report-02-literal.pdf');
  const signed = path.join(generatedDir, 'gbt-signature.pdf');

  beforeAll(() => {
    if (!existsSync(numbered)) {
      // page numbers in the footer as GB/T 9704 §7.5 has them: — 1 —
      const source = path.join(generatedDir, 'page-numbers.docx');
      const body = Array.from({ length: 40 }, (_, i) =>
        paragraph(
          run(`第${i + 1}段：${'这是一段用来占满页面的正文内容，'.repeat(6)}`),
          '<w:ind w:firstLine="640"/>',
        ),
      ).join('');
      const footer = paragraph(
        run('— ') +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          run(' —'),
        '<w:jc w:val="center"/>',
      );
      writeFileSync(source, buildDocx({ body, footer }));
      convertWithLibreOffice([source], 'pdf');
    }
    if (!existsSync(signed)) {
      // GB/T 9704 §7.3.5.1: the date four characters in from the right margin, the unit centred
      // over the date
      const source = path.join(generatedDir, 'gbt-signature.docx');
      const body =
        paragraph(run('关于某项工作的报告'), '<w:jc w:val="center"/>') +
        paragraph(run('正文内容，'.repeat(30)), '<w:ind w:firstLine="640"/>') +
        paragraph(run('某某县某某局'), '<w:jc w:val="right"/><w:ind w:right="1600"/>') +
        paragraph(run('2023年6月29日'), '<w:jc w:val="right"/><w:ind w:right="1280"/>');
      writeFileSync(
        source,
        buildDocx({
          body,
          styles: stylesXml('', '<w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault>'),
        }),
      );
      convertWithLibreOffice([source], 'pdf');
    }
    if (!existsSync(encrypted)) {
      convertWithLibreOffice([reportAsDocx(2)], 'pdf', {
        outDir: path.dirname(encrypted),
        filter:
          'writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"pass"}}',
      });
    }
  }, 240_000);

  it('drops page numbers and joins paragraphs that run across pages', async () => {
    const doc = await readDocument(numbered, readFileSync(numbered));
    expect(doc.paragraphs.length).toBe(40);
    doc.paragraphs.forEach((p, i) => {
      expect(p.text.startsWith(`第${i + 1}段：`)).toBe(true);
      expect(p.text).not.toMatch(/—/);
      expect(p.indented).toBe(true);
    });
  });

  it('reads Chinese set in a non-embedded Adobe CJK font through the bundled CMaps, offline', async () => {
    const doc = await readDocument('旧版.pdf', cmapPdf('公文起草：二〇二三年工作总结'));
    expect(doc.paragraphs).toEqual([{ text: '公文起草：二〇二三年工作总结', fontSize: 16 }]);
  });

  it('takes a signature and date set four characters in from the right margin as pushed right', async () => {
    const doc = await readDocument(signed, readFileSync(signed));
    expect(doc.paragraphs.map((p) => [p.text.slice(0, 6), p.alignment, p.pushedRight])).toEqual([
      ['关于某项工作', 'center', undefined],
      ['正文内容，正', undefined, undefined],
      ['某某县某某局', 'right', true],
      ['2023年6', 'right', true],
    ]);
  });

  it('says a PDF without a text layer is a scan', async () => {
    await expect(readDocument('扫描件.pdf', imageOnlyPdf())).rejects.toMatchObject({
      code: 'scanned-pdf',
      message: expect.stringContaining('扫描件.pdf'),
    });
  });

  it('says a password-protected PDF is encrypted', async () => {
    await expect(readDocument('加密.pdf', readFileSync(encrypted))).rejects.toMatchObject({
      code: 'encrypted',
      message: expect.stringContaining('加密.pdf'),
    });
  });
});
