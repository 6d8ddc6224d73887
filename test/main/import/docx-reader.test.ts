import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DrafterError } from '../../../shared/errors';
import { readDocument } from '../../../main/services/import/read-document';
import { buildDocx, numberingXml, paragraph, run, stylesXml, table } from '../../helpers/docx-xml';
import { corpusDir, corpusReports, headingMarker, reportAsDocx } from '../../helpers/fixtures';

const reports = corpusReports();

async function read(body: string, extra: { styles?: string; numbering?: string } = {}) {
  return readDocument('测试.docx', buildDocx({ body, ...extra }));
}

describe('docx reader on the corpus reports', () => {
  it.each(reports.map((r, i) => [i, r.title] as const))(
    'report %i (%s) with literal numbers reads every line with its heading style',
    async (i) => {
      const file = reportAsDocx(i);
      const doc = await readDocument(file, readFileSync(file));
      expect(doc.paragraphs.map((p) => p.text)).toEqual(reports[i].lines);
      expect(doc.paragraphs[0]).toMatchObject({ alignment: 'center', bold: true, fontSize: 22 });
      for (const [k, p] of doc.paragraphs.entries()) {
        const marker = headingMarker(reports[i].lines[k]);
        if (k > 0 && marker?.level === 0)
          expect(p).toMatchObject({ style: 'heading 1', outlineLevel: 0 });
        if (marker?.level === 1) expect(p).toMatchObject({ style: 'heading 2', outlineLevel: 1 });
        expect(p.numbering).toBeUndefined();
      }
    },
  );

  it.each(reports.map((r, i) => [i, r.title] as const))(
    'report %i (%s) with numbers from numbering.xml gets each label back from Word numbering',
    async (i) => {
      const file = reportAsDocx(i, { autoNumbering: true });
      const doc = await readDocument(file, readFileSync(file));
      expect(doc.paragraphs.length).toBe(reports[i].lines.length);
      for (const [k, p] of doc.paragraphs.entries()) {
        const marker = k > 0 ? headingMarker(reports[i].lines[k]) : null;
        if (marker) {
          // the corpus numbers its headings in sequence, so Word's count must give the same label
          expect({ label: p.numbering, text: p.text, level: p.numberingLevel }).toEqual({
            label: marker.marker,
            text: marker.rest,
            level: marker.level,
          });
        } else {
          expect(p.numbering).toBeUndefined();
          expect(p.text).toBe(reports[i].lines[k]);
        }
      }
    },
  );

  it('reads the signature lines of a report as right-aligned', async () => {
    const file = reportAsDocx(0);
    const doc = await readDocument(file, readFileSync(file));
    expect(doc.paragraphs.slice(-2)).toMatchObject([
      { text: 'XX县卫生健康委员会', alignment: 'right' },
      { text: '2023年6月29日', alignment: 'right' },
    ]);
  });
});

/** Reads a Chinese numeral written either way Word does (一百〇一, 一○一, 十二) back to a number. */
function parseChineseNumeral(s: string): number {
  const digit = (c: string) => '〇一二三四五六七八九'.indexOf(c === '○' ? '〇' : c);
  if (/^[〇○一二三四五六七八九]{3,}$/.test(s)) return Number([...s].map(digit).join(''));
  let total = 0;
  let current = 0;
  for (const c of s) {
    const unit = { 十: 10, 百: 100, 千: 1000 }[c];
    if (unit) {
      total += (current || 1) * unit;
      current = 0;
    } else if (digit(c) > 0) current = digit(c);
  }
  return total + current;
}

describe('Word auto-numbering oracles (LIR008–010)', () => {
  const oracle = (name: string) => path.join(corpusDir, 'fixtures/numbering', name);

  it.each([
    [
      'LIR008-zh-CH-chineseCountingThousand.docx',
      { 10: '十|', 101: '一百〇一|', 110: '一百一十|', 1010: '一千〇一十|', 2000: '二千|' },
    ],
    [
      'LIR009-zh-CN-chineseCounting.docx',
      { 10: '十|', 20: '二十|', 100: '一○○|', 101: '一○一|', 1234: '一二三四|' },
    ],
  ] as const)('%s: every paragraph is labelled with its own number', async (name, spot) => {
    const doc = await readDocument(name, readFileSync(oracle(name)));
    expect(doc.paragraphs.length).toBeGreaterThan(3000);
    for (const p of doc.paragraphs) {
      expect(p.numbering, `paragraph ${p.text}`).toMatch(/^[〇○一二三四五六七八九十百千]+\|$/);
      expect(parseChineseNumeral(p.numbering!.slice(0, -1)), `label ${p.numbering}`).toBe(
        Number(p.text),
      );
    }
    const byText = new Map(doc.paragraphs.map((p) => [p.text, p.numbering]));
    for (const [n, label] of Object.entries(spot)) expect(byText.get(n)).toBe(label);
  });

  it('LIR010 ideographTraditional counts 甲 to 癸 and then falls back to digits', async () => {
    const name = 'LIR010-zh-CN-ideographTraditional.docx';
    const doc = await readDocument(name, readFileSync(oracle(name)));
    const stems = '甲乙丙丁戊己庚辛壬癸';
    expect(doc.paragraphs.length).toBe(19);
    for (const p of doc.paragraphs) {
      const n = Number(p.text);
      expect(p.numbering).toBe(`${n <= 10 ? stems[n - 1] : n}|`);
    }
  });
});

describe('docx reader details', () => {
  const numbered = (numId: number, ilvl: number, text: string) =>
    paragraph(run(text), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
  const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

  it('renders multi-level labels with %1..%9, restarting deeper levels after a higher one', async () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="5">${lvl(0, 'japaneseCounting', '第%1章')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'decimalEnclosedCircle', '%3')}</w:abstractNum>` +
        '<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>',
    );
    const doc = await read(
      [
        numbered(3, 0, 'a'),
        numbered(3, 1, 'b'),
        numbered(3, 2, 'c'),
        numbered(3, 2, 'd'),
        numbered(3, 1, 'e'),
        numbered(3, 2, 'f'),
        numbered(3, 0, 'g'),
        numbered(3, 1, 'h'),
      ].join(''),
      { numbering },
    );
    expect(doc.paragraphs.map((p) => [p.numbering, p.numberingLevel])).toEqual([
      ['第一章', 0],
      ['一.1', 1],
      ['①', 2],
      ['②', 2],
      ['一.2', 1],
      ['①', 2],
      ['第二章', 0],
      ['二.1', 1],
    ]);
  });

  it('continues a count across lists sharing an abstractNum and restarts where startOverride says', async () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    const doc = await read(
      [
        numbered(1, 0, 'a'),
        numbered(1, 0, 'b'),
        numbered(2, 0, 'c'),
        numbered(3, 0, 'd'),
        numbered(3, 0, 'e'),
      ].join(''),
      { numbering },
    );
    expect(doc.paragraphs.map((p) => p.numbering)).toEqual([
      '一、',
      '二、',
      '三、',
      '一、',
      '二、',
    ]);
  });

  it('writes legal numbering (isLgl) in digits and keeps counting a level whose lvlRestart is 0', async () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1部分')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}${lvl(2, 'decimal', '（%3）', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    const doc = await read(
      [
        numbered(1, 0, 'a'),
        numbered(1, 1, 'b'),
        numbered(1, 2, 'c'),
        numbered(1, 0, 'd'),
        numbered(1, 1, 'e'),
        numbered(1, 2, 'f'),
      ].join(''),
      { numbering },
    );
    expect(doc.paragraphs.map((p) => p.numbering)).toEqual([
      '第一部分',
      '1.1',
      '（1）',
      '第二部分',
      '2.1',
      '（2）',
    ]);
  });

  it('follows a list style (w:numStyleLink) to the list that defines the levels', async () => {
    const styles = stylesXml(
      '<w:style w:type="numbering" w:styleId="gw"><w:name w:val="公文编号"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="gw"/>${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum>` +
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="gw"/></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    );
    const doc = await read(
      [numbered(2, 0, 'a'), numbered(2, 1, 'b'), numbered(2, 0, 'c')].join(''),
      { styles, numbering },
    );
    expect(doc.paragraphs.map((p) => p.numbering)).toEqual(['一、', '（一）', '二、']);
  });

  it('takes numbering from the paragraph style and lets numId 0 switch it off', async () => {
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="heading 2"/><w:basedOn w:val="10"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
    );
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="10"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="20"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const doc = await read(
      paragraph(run('总体情况'), '<w:pStyle w:val="10"/>') +
        paragraph(run('主要做法'), '<w:pStyle w:val="20"/>') +
        paragraph(run('不编号'), '<w:pStyle w:val="10"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
        paragraph(run('存在问题'), '<w:pStyle w:val="10"/>'),
      { styles, numbering },
    );
    expect(doc.paragraphs).toMatchObject([
      {
        text: '总体情况',
        style: 'heading 1',
        outlineLevel: 0,
        numbering: '一、',
        numberingLevel: 0,
      },
      {
        text: '主要做法',
        style: 'heading 2',
        outlineLevel: 1,
        numbering: '（一）',
        numberingLevel: 1,
      },
      { text: '不编号', style: 'heading 1', outlineLevel: 0 },
      { text: '存在问题', numbering: '二、' },
    ]);
    expect(doc.paragraphs[2].numbering).toBeUndefined();
  });

  it('reads a text box once although mc:Choice and mc:Fallback both hold it', async () => {
    const box = `<w:txbxContent>${paragraph(run('文本框内容'))}</w:txbxContent>`;
    const body = paragraph(
      run('正文') +
        `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    );
    const doc = await read(body);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['文本框内容', '正文']);
    expect(doc.notices).toEqual([]);
  });

  it('leaves out deleted text and field codes but keeps inserted text and field results', async () => {
    const body = paragraph(
      run('保留') +
        '<w:del w:id="1" w:author="x"><w:r><w:delText>删除的</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="x"><w:r><w:t>插入的</w:t></w:r></w:ins>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    );
    expect((await read(body)).paragraphs.map((p) => p.text)).toEqual(['保留插入的7']);
  });

  it('turns tabs into tabs, line breaks into separate lines and symbols into characters', async () => {
    const body = paragraph(
      '<w:r><w:t>第一行</w:t><w:tab/><w:t>后</w:t><w:br/><w:t>第二行</w:t><w:sym w:font="Symbol" w:char="2605"/></w:r>',
      '<w:jc w:val="center"/>',
    );
    expect((await read(body)).paragraphs).toEqual([
      { text: '第一行\t后', alignment: 'center' },
      { text: '第二行★', alignment: 'center' },
    ]);
  });

  it('flags signature lines pushed right with tabs and spaces', async () => {
    const body =
      paragraph(run('\t\t\t\t\t\t某某县民政局')) +
      paragraph(run('                    2023年6月29日'));
    expect((await read(body)).paragraphs).toEqual([
      { text: '某某县民政局', indented: true, pushedRight: true },
      { text: '2023年6月29日', indented: true, pushedRight: true },
    ]);
  });

  it('leaves out hidden text, keeps equation text and flags signatures set off by a deep indent', async () => {
    const body =
      paragraph(
        run('看得见') +
          run('看不见', '<w:vanish/>') +
          '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x+1</m:t></m:r></m:oMath>',
      ) +
      paragraph(run('某某县民政局'), '<w:ind w:left="5040"/>') +
      paragraph(run('2023年6月29日'), '<w:ind w:leftChars="1200" w:left="4800"/>') +
      paragraph(run('正文首行缩进'), '<w:ind w:firstLineChars="200" w:firstLine="640"/>');
    expect((await read(body)).paragraphs).toEqual([
      { text: '看得见x+1' },
      { text: '某某县民政局', pushedRight: true },
      { text: '2023年6月29日', pushedRight: true },
      { text: '正文首行缩进' },
    ]);
  });

  it('reads a table as one paragraph of cell texts, a nested table inside its cell', async () => {
    const nested = `<w:tbl><w:tr><w:tc>${paragraph(run('内1'))}</w:tc><w:tc>${paragraph(run('内2'))}</w:tc></w:tr></w:tbl>`;
    const body =
      paragraph(run('表前')) +
      table([
        ['项目', '数量'],
        ['培训', '3次'],
      ]).replace('</w:tbl>', `<w:tr><w:tc>${paragraph(run('外'))}${nested}</w:tc></w:tr></w:tbl>`) +
      paragraph(run('表后'));
    const doc = await read(body);
    expect(doc.paragraphs.map((p) => p.table ?? p.text)).toEqual([
      '表前',
      [['项目', '数量'], ['培训', '3次'], ['外\n内1\t内2']],
      '表后',
    ]);
  });

  it('marks bold only when every run with text is bold, and takes size from the first run', async () => {
    const body =
      paragraph(run('全部', '<w:b/><w:sz w:val="32"/>') + run(' ', '') + run('加粗', '<w:b/>')) +
      paragraph(run('部分', '<w:b/>') + run('不粗', '<w:b w:val="0"/>'));
    expect((await read(body)).paragraphs).toEqual([
      { text: '全部 加粗', bold: true, fontSize: 16 },
      { text: '部分不粗' },
    ]);
  });

  it('notes images it skipped', async () => {
    const doc = await read(
      paragraph(run('图如下') + '<w:r><w:drawing><wp:inline/></w:drawing></w:r>'),
    );
    expect(doc.notices).toEqual([expect.stringContaining('1 处图片')]);
  });

  it('reads one paragraph broken into 200,000 lines', async () => {
    const doc = await read(paragraph(`<w:r>${'<w:t>行</w:t><w:br/>'.repeat(200_000)}</w:r>`));
    expect(doc.paragraphs.length).toBe(100_000);
    expect(doc.notices).toEqual([expect.stringContaining('前 100000 段')]);
  });

  it('reads 10,000 paragraphs and a 200,000-character line', async () => {
    const long = '很长的一行'.repeat(40_000);
    const body =
      Array.from({ length: 10_000 }, (_, i) => paragraph(run(`第${i}段`))).join('') +
      paragraph(run(long));
    const doc = await read(body);
    expect(doc.paragraphs.length).toBe(10_001);
    expect(doc.paragraphs.at(-1)!.text.length).toBe(200_000);
  });

  it('keeps the first rows of a huge table and says how many it dropped', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`行${i}`, 'x']);
    const doc = await readDocument('大表.docx', buildDocx({ body: table(rows) }), {
      limits: { maxTableRows: 100 },
    });
    expect(doc.paragraphs[0].table!.length).toBe(100);
    expect(doc.notices).toEqual([expect.stringContaining('20 行')]);
  });

  it('reads the namespace, not the prefix: strict OOXML and an unusual prefix give the same text', async () => {
    const strict = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
    const bytes = buildDocx({
      body: '',
      extra: {
        'word/document.xml': `<?xml version="1.0"?><doc:document xmlns:doc="${strict}"><doc:body><doc:p><doc:pPr><doc:jc doc:val="center"/></doc:pPr><doc:r><doc:t>严格格式</doc:t></doc:r></doc:p><w:p xmlns:w="urn:not-word"><w:r><w:t>别的命名空间</w:t></w:r></w:p></doc:body></doc:document>`,
      },
    });
    expect((await readDocument('严格.docx', bytes)).paragraphs).toEqual([
      { text: '严格格式', alignment: 'center' },
    ]);
  });

  it('refuses XML with a DOCTYPE (no entity expansion)', async () => {
    const bytes = buildDocx({
      body: '',
      extra: {
        'word/document.xml':
          '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>',
      },
    });
    await expect(readDocument('炸弹.docx', bytes)).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringContaining('DOCTYPE'),
    });
  });

  it('stops at XML nested deeper than the limit', async () => {
    const deep =
      '<w:sdt><w:sdtContent>'.repeat(300) +
      paragraph(run('深')) +
      '</w:sdtContent></w:sdt>'.repeat(300);
    const error = await readDocument('深.docx', buildDocx({ body: deep })).catch((e) => e);
    expect(error).toBeInstanceOf(DrafterError);
    expect(error.message).toContain('嵌套');
  });
});
