import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/services/import/read-document';
import { corpusReports, reportAsRtf, signatureStart } from '../../helpers/fixtures';

const reports = corpusReports();

/** GBK bytes as RTF escapes, as Word writes Chinese with \ansicpg936. */
function gbkEscapes(text: string): string {
  const gbk: Record<string, string> = { 总: 'd7dc', 结: 'bde1' };
  return [...text].map((c) => `\\'${gbk[c].slice(0, 2)}\\'${gbk[c].slice(2)}`).join('');
}

const handWritten =
  "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}" +
  '{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Msftedit;}{\\info{\\title 不是正文}}' +
  `\\pard\\qc\\b 工作${gbkEscapes('总结')}\\b0\\par` +
  '\\pard\\fi640 \\uc1\\u20170?\\u24180?以来\\tab 对照 {\\field{\\*\\fldinst PAGE }{\\fldrslt 7}}\\par' +
  '\\trowd\\cellx3000\\cellx6000\\pard\\intbl 项目\\cell 数量\\cell\\row' +
  '\\trowd\\cellx3000\\cellx6000\\pard\\intbl 培训\\cell 3次\\cell\\row' +
  '\\pard\\qr 某某县某某局\\par}';

describe('RTF saved as .doc', () => {
  it.each(reports.map((r, i) => [i, r.title] as const))(
    'reads report %i (%s) written as RTF by LibreOffice line for line',
    async (i) => {
      const doc = await readDocument('导出.doc', readFileSync(reportAsRtf(i)));
      expect(doc.format).toBe('rtf');
      expect(doc.paragraphs.map((p) => p.text)).toEqual(reports[i].lines);
      expect(doc.paragraphs[0].alignment).toBe('center');
      if (signatureStart(reports[i].lines) >= 0)
        expect(doc.paragraphs.at(-1)!.alignment).toBe('right');
    },
  );

  it('reads GBK escapes and raw GBK, \\u with fallback, fields by their result, tables; skips tables of fonts and info', async () => {
    // raw Chinese in the code page, as Chinese tools write it next to the escapes
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: handWritten });
    const doc = await readDocument('OA.doc', gbk);
    expect(doc.paragraphs).toEqual([
      { text: '工作总结', alignment: 'center' },
      { text: '今年以来\t对照 7' },
      {
        text: '项目\t数量\n培训\t3次',
        table: [
          ['项目', '数量'],
          ['培训', '3次'],
        ],
      },
      { text: '某某县某某局', alignment: 'right' },
    ]);
  });
});
