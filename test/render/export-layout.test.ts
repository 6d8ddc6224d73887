// Real LibreOffice renders of exported drafts, measured with pdftotext -bbox: the GB/T 9704 page
// (22 lines × 28 characters filling the 156 × 225 mm text block), page numbers, title, signature.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../main/services/export/export-docx';
import { emptyDraft, type Draft } from '../../shared/model';
import {
  MM,
  pdfFonts,
  pdfPages,
  renderDocx,
  type Line,
  type Page,
  type Rendered,
} from '../helpers/render';
import { corpusDrafts, longDraft } from '../main/export/corpus-drafts';

const LEFT = 28 * MM;
const RIGHT = (210 - 26) * MM;
const TOP = 37 * MM;
const BOTTOM = (297 - 35) * MM;
const CHAR = 16; // pt, one body character
const HAS_LATIN = /[\x20-\x7e]/;

function bodyLines(page: Page): Line[] {
  return page.lines.filter((l) => l.yMin >= TOP - 8 && l.yMax <= BOTTOM + 4);
}

/**
 * Where a line's text would start without LibreOffice's Asian/Latin spacing: LibreOffice 7.4 ignores
 * `w:autoSpaceDE="0"` and puts 0.2 em at each boundary between Chinese and digits, which Word and
 * WPS leave out; a right-aligned line therefore starts that much further left here.
 */
function intendedStart(line: Line): number {
  let gaps = 0;
  for (let i = 1; i < line.words.length; i++) gaps += line.words[i].xMin - line.words[i - 1].xMax;
  return line.xMin + gaps;
}

/** Within 2 pt, an eighth of a character: indents count 16 pt characters, text runs 15.75 pt. */
function expectNear(actual: number, expected: number, what?: string): void {
  expect(Math.abs(actual - expected), `${what ?? ''} ${actual} vs ${expected}`).toBeLessThan(2);
}

function footerLines(page: Page): Line[] {
  return page.lines.filter((l) => l.yMin > BOTTOM + 4);
}

describe('a long report rendered in LibreOffice', () => {
  let rendered: Rendered;
  let pages: Page[];

  beforeAll(async () => {
    rendered = await renderDocx(await exportDocx(longDraft()));
    pages = await pdfPages(rendered.pdf);
  });
  afterAll(() => rendered?.dispose());

  it('fills many pages', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it('has 22 lines on every full page, the last one at the foot of the text block', () => {
    const full = pages.slice(1, -1);
    const counts = full.map((p) => bodyLines(p).length);
    expect(counts).toEqual(full.map(() => 22));
    for (const p of full) {
      const lines = bodyLines(p);
      expect(lines[0].yMin).toBeGreaterThan(TOP);
      expect(lines[0].yMin).toBeLessThan(TOP + 28.95);
      expect(lines[21].yMax).toBeGreaterThan(BOTTOM - 8);
    }
    // page 1: title, the blank line below it and 20 lines of text
    expect(bodyLines(pages[0])).toHaveLength(21);
  });

  it('has 28 characters on full lines of Chinese text', () => {
    let full = 0;
    let short = 0;
    for (const page of pages) {
      const lines = bodyLines(page);
      lines.forEach((line, i) => {
        if (HAS_LATIN.test(line.text) || Math.abs(line.xMin - LEFT) > 2) return;
        // a closing mark may hang past the edge (Word and LibreOffice both do this)
        const hanging = line.xMax > RIGHT + 2 ? 1 : 0;
        const chars = [...line.text].length - hanging;
        expect(chars, line.text).toBeLessThanOrEqual(28);
        if (line.xMax < RIGHT - 4) return;
        full++;
        if (chars === 28) return;
        // short only where the line breaking rules moved text down: an opening mark may not end a
        // line, a closing mark may not start one (so its character goes with it), and a number
        // is never broken across lines (GB/T 15835)
        short++;
        expect(chars, line.text).toBeGreaterThanOrEqual(24);
        expect(lines[i + 1]?.text ?? '（', line.text).toMatch(
          /^(?:[（“《〈【‘0-9A-Za-z]|.[”’）》〉】，。、；：？！…—])/,
        );
      });
    }
    expect(full).toBeGreaterThan(300);
    expect(short / full).toBeLessThan(0.05);
  });

  it('indents paragraphs two characters', () => {
    const first = bodyLines(pages[1]).filter((l) => l.xMin > LEFT + 2);
    expect(first.length).toBeGreaterThan(0);
    for (const l of first) expect(l.xMin - LEFT).toBeCloseTo(2 * CHAR, -0.5);
  });

  it('numbers pages — N — with odd pages right and even pages left, one character in', () => {
    pages.forEach((page, i) => {
      const [footer, ...rest] = footerLines(page);
      expect(rest).toEqual([]);
      expect(footer.text.replace(/\s/g, '')).toBe(`—${i + 1}—`);
      if ((i + 1) % 2) expect(footer.xMax).toBeCloseTo(RIGHT - CHAR, 0);
      else expect(footer.xMin).toBeCloseTo(LEFT + CHAR, 0);
      // the top of the dash 7 mm below the text block
      expect(Math.abs(footer.yMin - (BOTTOM + 7 * MM))).toBeLessThan(3);
    });
  });

  it('prints title, headings and body in the fonts the names map to (../shared/fonts/fonts.conf)', async () => {
    const fonts = await pdfFonts(rendered.pdf);
    expect(
      fonts.some((f) => /NotoSerifCJK.*Bold/.test(f)),
      '方正小标宋简体',
    ).toBe(true);
    expect(
      fonts.some((f) => /NotoSansCJK/.test(f)),
      '黑体',
    ).toBe(true);
    expect(
      fonts.some((f) => /UKai/.test(f)),
      '楷体_GB2312',
    ).toBe(true);
    expect(
      fonts.some((f) => /NotoSerifCJK.*Regular/.test(f)),
      '仿宋_GB2312',
    ).toBe(true);
    expect(
      fonts.some((f) => /LiberationSerif|TimesNewRoman/.test(f)),
      'Times New Roman',
    ).toBe(true);
  });

  it('centres the title over the text block', () => {
    const title = pages[0].lines[0];
    expect(title.text).toBe('2023年上半年工作总结汇编');
    expect((title.xMin + title.xMax) / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
  });
});

describe('title, signature and page numbers of single reports', () => {
  const renders: Rendered[] = [];
  afterAll(() => renders.forEach((r) => r.dispose()));

  async function render(draft: Draft, options = {}): Promise<Page[]> {
    const r = await renderDocx(await exportDocx(draft, options));
    renders.push(r);
    return pdfPages(r.pdf);
  }

  it('lets a date longer than the unit take the two characters of right space', async () => {
    const report = corpusDrafts().find((d) => d.signature?.unit === 'XX县总工会')!;
    const pages = await render(report);
    const lines = bodyLines(pages[pages.length - 1]);
    const [unit, date] = lines.slice(-2);
    expect(unit.text).toBe('XX县总工会');
    expect(date.text).toBe('2023年6月15日');
    expectNear(RIGHT - date.xMax, 2 * CHAR);
    // the unit moves left so that the date still starts two characters right of it
    expectNear(intendedStart(date) - intendedStart(unit), 2 * CHAR);
    // one blank line between body and signature
    expect(unit.yMin - lines[lines.length - 3].yMax).toBeGreaterThan(28);
  });

  it('puts the unit two characters from the right and the date two characters right of its start', async () => {
    const draft = emptyDraft({ title: '某某县民政局2024年上半年工作总结' });
    draft.blocks = [{ type: 'paragraph', text: '今年以来各项工作有序推进。' }];
    draft.signature = { unit: '某某县民政局社会救助科', date: '2024年06月08日' };
    const lines = bodyLines((await render(draft))[0]);
    const [unit, date] = lines.slice(-2);
    expect(date.text).toBe('2024年6月8日');
    expectNear(RIGHT - unit.xMax, 2 * CHAR);
    expectNear(intendedStart(date) - unit.xMin, 2 * CHAR);
  });

  it('breaks a long title into centred lines, the longer first', async () => {
    const draft = emptyDraft({
      title: '关于进一步加强和改进新时代基层政务公开标准化规范化建设工作情况的报告',
    });
    draft.blocks = [{ type: 'paragraph', text: '正文。' }];
    const [first, second] = (await render(draft))[0].lines;
    expect(first.text + second.text).toBe(draft.meta.title);
    expect(first.xMax - first.xMin).toBeGreaterThanOrEqual(second.xMax - second.xMin - 1);
    for (const l of [first, second]) {
      expect((l.xMin + l.xMax) / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
    }
  });

  it('centres page numbers on odd and even pages when asked', async () => {
    const pages = await render(corpusDrafts()[0], { pageNumbers: 'center' });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(0, 2)) {
      const [footer] = footerLines(page);
      expect((footer.xMin + footer.xMax) / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
    }
  });
});
