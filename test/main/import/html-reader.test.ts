import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../main/services/import/read-document';
import { corpusReports, reportAsHtml, signatureStart } from '../../helpers/fixtures';

const reports = corpusReports();

/** What Word writes for "Web page" with a list, an indent, a table and a picture. */
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>标题栏文字不是正文</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal {font-size:16pt}</style></head>
<body lang=ZH-CN>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22pt'>关于某项工作的总结</span></b></p>
<p class=MsoNormal style='text-indent:32pt'><span>&nbsp;&nbsp;&nbsp; 今年以来，我们认真落实&lt;各项&gt;要求&amp;部署。<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span><![endif]><span>基本情况</span></p>
<h2>主要做法</h2>
<table border=1><tr><td><p>项目</p></td><td><p>数量</p></td></tr><tr><td>培训</td><td>3<br>次</td></tr></table>
<p><img src="image001.png"></p>
<p class=MsoNormal align=right style='text-align:right'>某某县某某局</p>
</body></html>`;

function mht(html: string): Uint8Array {
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: html });
  // quoted-printable, as Word writes MHT: every byte above 0x7e and every '=' escaped
  let body = '';
  for (const byte of gbk)
    body +=
      byte > 0x7e || byte === 0x3d
        ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte);
  body = body.replace(/(.{70})/g, '$1=\r\n');
  const message =
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D9"\r\n\r\n' +
    'This document is a Single File Web Page.\r\n\r\n------=_NextPart_01D9\r\n' +
    'Content-Location: file:///C:/doc.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n' +
    body +
    '\r\n\r\n------=_NextPart_01D9\r\nContent-Location: file:///C:/doc.files/image001.png\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n------=_NextPart_01D9--\r\n';
  return new TextEncoder().encode(message);
}

const expected = [
  { text: '关于某项工作的总结', alignment: 'center' },
  { text: '今年以来，我们认真落实<各项>要求&部署。', indented: true },
  { text: '基本情况', numbering: '一、' },
  { text: '主要做法', style: 'heading 2', outlineLevel: 1 },
  {
    text: '项目\t数量\n培训\t3\n次',
    table: [
      ['项目', '数量'],
      ['培训', '3\n次'],
    ],
  },
  { text: '某某县某某局', alignment: 'right' },
];

describe('web pages saved as Word documents', () => {
  it.each(reports.map((r, i) => [i, r.title] as const))(
    'reads report %i (%s) saved as a web page under a .doc name',
    async (i) => {
      const doc = await readDocument('网页版.doc', readFileSync(reportAsHtml(i)));
      expect(doc.format).toBe('html');
      expect(doc.paragraphs.map((p) => p.text)).toEqual(reports[i].lines);
      expect(doc.paragraphs[0].alignment).toBe('center');
      const signature = signatureStart(reports[i].lines);
      if (signature >= 0) expect(doc.paragraphs.at(-1)!.alignment).toBe('right');
    },
  );

  it('reads Word HTML: list labels as numbering, entities, indents, headings, tables; no head, no comments', async () => {
    const doc = await readDocument('OA导出.doc', new TextEncoder().encode(wordHtml));
    expect(doc.paragraphs).toEqual(expected);
    expect(doc.notices).toEqual([expect.stringContaining('1 张图片')]);
  });

  it('stays linear on markup that never closes (comments, scripts, tags, Word conditionals)', async () => {
    const hostile = '<html><body>' + '<!--<script<a <![if !supportLists]>字'.repeat(40_000);
    const started = Date.now();
    await readDocument('坏网页.doc', new TextEncoder().encode(hostile)).catch(() => undefined);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reads the HTML inside an MHT file in GB2312 with quoted-printable encoding', async () => {
    const doc = await readDocument('单个网页.doc', mht(wordHtml));
    expect(doc.format).toBe('html');
    expect(doc.paragraphs).toEqual(expected);
  });
});
