import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../main/services/export/export-docx';
import type { Draft } from '../../../shared/model';
import { emptyDraft } from '../../../shared/model';

function sample(): Draft {
  const draft = emptyDraft({ title: '某某县民政局2024年上半年工作总结', unit: '某某县民政局' });
  draft.blocks = [
    { type: 'paragraph', text: '今年以来，我局围绕“民生为本”开展工作——成效明显……' },
    { type: 'heading', level: 1, text: '主要工作', marker: '1、' },
    { type: 'heading', level: 2, text: '（一）兜底保障' },
    { type: 'heading', level: 3, text: '低保提标' },
    { type: 'heading', level: 4, text: '城市低保' },
    {
      type: 'paragraph',
      text: '1—6月累计发放优抚资金120万元。',
      lead: {
        level: 2,
        text: '优抚工作',
        marker: '（三）',
        marks: [{ kind: 'figure', start: 0, end: 2, was: 'x' }],
      },
      marks: [{ kind: 'figure', start: 0, end: 3, was: '1—5月' }],
    },
    {
      type: 'table',
      rows: [
        ['项目', '金额'],
        ['低保', '120'],
      ],
    },
    { type: 'paragraph', role: 'attachment', text: '附件：1.低保名单' },
    { type: 'paragraph', role: 'attachment', text: '2.《优抚对象统计表》' },
  ];
  draft.signature = { unit: '某某县民政局', date: '2024年07月05日' };
  return draft;
}

async function parts(draft: Draft, options = {}) {
  const zip = unzipSync(await exportDocx(draft, options));
  const text = (name: string) => (zip[name] ? strFromU8(zip[name]) : '');
  return {
    names: Object.keys(zip),
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    settings: text('word/settings.xml'),
    footer1: text('word/footer1.xml'),
    footer2: text('word/footer2.xml'),
  };
}

/** The paragraphs of document.xml with their plain text. */
function paragraphs(document: string) {
  return [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([xml]) => ({
    xml,
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

describe('exported .docx (XML)', () => {
  it('sets up an A4 page with GB/T 9704 margins, 22 mm footer distance and no document grid', async () => {
    const { document } = await parts(sample());
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(document).toMatch(
      /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="\d+" w:footer="1247"/,
    );
    expect(document).not.toContain('docGrid');
  });

  it('gives body text exact 579-twip lines, 2-character first-line indent, justification and no widow control', async () => {
    const { styles } = await parts(sample());
    const normal = style(styles, 'Normal');
    expect(normal).toContain('<w:name w:val="Normal"/>');
    expect(normal).toContain('w:line="579" w:lineRule="exact"');
    expect(normal).toContain('w:firstLineChars="200"');
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toContain('<w:widowControl w:val="0"/>');
    expect(normal).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(normal).toContain('<w:sz w:val="32"/>');
    // the indent must not sit in the document defaults, from where it leaks into tables and footers
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).not.toContain('firstLine');
  });

  it('condenses every body run by 5 twips and names East Asian and Latin fonts on every run', async () => {
    const { document } = await parts(sample());
    const runs = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) {
      expect(r).toMatch(
        /<w:rFonts w:ascii="[^"]+" w:hAnsi="[^"]+" w:eastAsia="[^"]+"[^>]*w:hint="eastAsia"/,
      );
    }
    const body = paragraphs(document).find((p) => p.text.startsWith('今年以来'))!;
    expect(body.xml).toContain('<w:spacing w:val="-5"/>');
    expect(body.xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body.xml).toContain('w:ascii="Times New Roman"');
  });

  it('writes the title centred in 方正小标宋简体 22 pt with one blank line below', async () => {
    const { document, styles } = await parts(sample());
    const title = style(styles, 'Title');
    expect(title).toContain('<w:name w:val="Title"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:firstLineChars="0"');
    const ps = paragraphs(document);
    expect(ps[0].xml).toContain('<w:pStyle w:val="Title"/>');
    expect(ps[0].xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(ps[0].xml).toContain('<w:sz w:val="44"/>');
    expect(ps[1].text).toBe('');
  });

  it('breaks a long title into balanced lines inside one paragraph', async () => {
    const draft = sample();
    draft.meta.title = '关于进一步加强和改进新时代基层政务公开标准化规范化建设工作情况的报告';
    const title = paragraphs((await parts(draft)).document)[0];
    expect(title.xml.match(/<w:br\/>/g)).toHaveLength(1);
    expect(title.text).toBe(draft.meta.title);
  });

  it('numbers headings from their position, ignoring imported markers, in each level’s font', async () => {
    const { document, styles } = await parts(sample());
    const ps = paragraphs(document);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain('一、主要工作');
    expect(texts).toContain('（一）兜底保障');
    expect(texts).toContain('1.低保提标');
    expect(texts).toContain('（1）城市低保');
    const h1 = ps.find((p) => p.text === '一、主要工作')!;
    expect(h1.xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(h1.xml).toContain('w:eastAsia="黑体"');
    expect(ps.find((p) => p.text === '（一）兜底保障')!.xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(ps.find((p) => p.text === '1.低保提标')!.xml).toContain('<w:b w:val="0"/>');
    for (let level = 1; level <= 4; level++) {
      const s = style(styles, `Heading${level}`);
      expect(s).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(s).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  it('keeps a run-in heading in its level’s font and the rest in body font, in one paragraph', async () => {
    const { document } = await parts(sample());
    const p = paragraphs(document).find((x) => x.text.includes('优抚工作'))!;
    expect(p.text).toBe('（二）优抚工作。1—6月累计发放优抚资金120万元。');
    const runs = [...p.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
    expect(runs[0]).toContain('w:eastAsia="楷体_GB2312"');
    expect(runs[0]).toContain('（二）优抚工作。');
    expect(runs[1]).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('bolds 1. headings only when the setting asks', async () => {
    const { document, styles } = await parts(sample(), { boldLevel3: true });
    expect(paragraphs(document).find((p) => p.text === '1.低保提标')!.xml).toContain('<w:b/>');
    expect(style(styles, 'Heading3')).toContain('<w:b/>');
  });

  it('never carries mark colours, highlights or check underlines', async () => {
    const { document } = await parts(sample());
    expect(document).not.toMatch(/w:highlight|w:color|<w:u |w:shd/);
  });

  it('writes attachments with 附件： two characters in, numbered, names without 书名号', async () => {
    const { document } = await parts(sample());
    const ps = paragraphs(document);
    const i = ps.findIndex((p) => p.text.startsWith('附件：'));
    expect(ps[i - 1].text).toBe('');
    expect(ps[i].text).toBe('附件：1. 低保名单');
    expect(ps[i].xml).toContain('w:leftChars="600" w:hanging="1280" w:hangingChars="400"');
    expect(ps[i + 1].text).toBe('2. 优抚对象统计表');
    expect(ps[i + 1].xml).toContain('w:leftChars="600" w:hanging="320" w:hangingChars="100"');
  });

  it('writes tables whose cells do not inherit the body indent', async () => {
    const { document, styles } = await parts(sample());
    expect(document).toContain('<w:tblStyle w:val="TableGrid"/>');
    const cell = /<w:tc>[\s\S]*?<\/w:tc>/.exec(document)![0];
    expect(cell).toContain('<w:pStyle w:val="TableText"/>');
    expect(style(styles, 'TableText')).toContain('w:firstLine="0" w:firstLineChars="0"');
  });

  it('places the signature by the unsealed rule with the date in Arabic digits without leading zeros', async () => {
    const { document } = await parts(sample());
    const ps = paragraphs(document);
    const unit = ps[ps.length - 2];
    const date = ps[ps.length - 1];
    expect(ps[ps.length - 3].text).toBe('');
    expect(unit.text).toBe('某某县民政局');
    expect(unit.xml).toContain('<w:jc w:val="right"/>');
    expect(unit.xml).toContain('w:rightChars="200"');
    expect(date.text).toBe('2024年7月5日');
    // unit 6 characters, date 6 characters (2024 and 7 and 5 are half width): right indent 2 + 6 − 2 − 6
    expect(date.xml).toContain('w:rightChars="0"');
  });

  it('signs a 述职报告 with the person’s name', async () => {
    const draft = sample();
    draft.meta.docType = 'debrief';
    draft.meta.author = '张某某';
    draft.signature = { unit: '', date: '2024年12月31日' };
    const ps = paragraphs((await parts(draft)).document);
    expect(ps[ps.length - 2].text).toBe('张某某');
  });

  it('puts page numbers — N — in 宋体 14 pt, odd right and even left one character in', async () => {
    const { settings, footer1, footer2, styles } = await parts(sample());
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    for (const f of [footer1, footer2]) {
      expect(f).toContain('— </w:t>');
      expect(f).toContain(' —</w:t>');
      expect(f).toContain(' PAGE ');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('w:ascii="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(footer1).toContain('<w:jc w:val="right"/>');
    expect(footer1).toContain('w:right="320"');
    expect(footer2).toContain('<w:jc w:val="left"/>');
    expect(footer2).toContain('w:left="320"');
    // the footer must not inherit the exact 28.95 pt lines (the body would lose a line a page)
    const footer = style(styles, 'Footer');
    expect(footer).toContain('<w:name w:val="footer"/>');
    expect(footer).toContain('w:lineRule="auto"');
    expect(footer).toContain('w:firstLine="0"');
  });

  it('centres page numbers on every page when asked', async () => {
    const { settings, footer1, names, document } = await parts(sample(), { pageNumbers: 'center' });
    expect(settings).not.toContain('evenAndOddHeaders');
    expect(footer1).toContain('<w:jc w:val="center"/>');
    expect(names).not.toContain('word/footer2.xml');
    expect(document).not.toContain('w:type="even"');
  });

  it('uses the configured font names and no theme fonts', async () => {
    const { styles, document } = await parts(sample(), {
      fonts: { body: '方正仿宋_GBK', heading1: '方正黑体_GBK', heading2: '方正楷体_GBK' },
    });
    expect(document).toContain('w:eastAsia="方正仿宋_GBK"');
    expect(document).toContain('w:eastAsia="方正黑体_GBK"');
    expect(document).toContain('w:eastAsia="方正楷体_GBK"');
    expect(document).not.toContain('w:eastAsia="仿宋_GB2312"');
    expect(styles + document).not.toMatch(/Theme=/);
  });

  it('survives text with XML specials and control characters', async () => {
    const draft = sample();
    draft.blocks.push({ type: 'paragraph', text: 'A<B & "C"\u0001\u000b结束' });
    const { document } = await parts(draft);
    expect(document).toContain('A&lt;B &amp; &quot;C&quot;结束');
  });

  it('writes only well-formed, namespaced XML parts, each listed in the content types', async () => {
    const zip = unzipSync(await exportDocx(sample()));
    const types = strFromU8(zip['[Content_Types].xml']);
    for (const [name, bytes] of Object.entries(zip)) {
      const parser = new SaxesParser({ xmlns: true });
      let error: Error | null = null;
      parser.on('error', (e) => {
        error ??= e;
      });
      parser.write(strFromU8(bytes)).close();
      expect(error, name).toBeNull();
      if (name.endsWith('.xml') && name !== '[Content_Types].xml') {
        expect(types, name).toContain(`PartName="/${name}"`);
      }
    }
  });

  it('writes a paragraph even for an empty draft, which Word would otherwise call damaged', async () => {
    const { document } = await parts(emptyDraft());
    expect(document).toMatch(/<w:body><w:p>/);
  });

  it('gives the same bytes for the same draft', async () => {
    const a = await exportDocx(sample());
    const b = await exportDocx(sample());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
