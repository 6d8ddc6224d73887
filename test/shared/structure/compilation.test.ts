import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Draft } from '../../../shared/model';
import type { RawParagraph } from '../../../shared/raw';
import { recognize } from '../../../shared/structure';
import { COMPILATION_REPORTS } from './compilation-expected';

const corpusFile = path.resolve(__dirname, '../../../../shared/corpus/000_0f3bb0a146594841.txt');
const corpusText = readFileSync(corpusFile, 'utf8');

/** one paragraph a line, as a plain-text reader gives them */
function paragraphsOf(text: string, keepEmpty = false): RawParagraph[] {
  return text
    .split(/\r?\n/)
    .filter((line) => keepEmpty || line.trim() !== '')
    .map((line) => ({ text: line }));
}

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

function allText(draft: Draft): string {
  return [
    draft.meta.title,
    ...draft.blocks.map((b) =>
      b.type === 'paragraph' && b.lead
        ? `${b.lead.text}${b.lead.punct ?? '。'}${b.text}`
        : b.type === 'table'
          ? b.rows.flat().join('')
          : b.text,
    ),
  ].join('\n');
}

describe('the 2023 half-year compilation', () => {
  const drafts = recognize({ format: 'txt', paragraphs: paragraphsOf(corpusText), notices: [] });

  it('splits into all 17 reports, including the one its table of contents leaves out', () => {
    expect(drafts.map((d) => d.meta.title)).toEqual(COMPILATION_REPORTS.map((r) => r.title));
    expect(drafts).toHaveLength(17);
    const toc = corpusText.split('\n').filter((l) => /\t\d+$/.test(l));
    expect(toc.some((l) => l.includes('大气污染防治'))).toBe(false);
    expect(drafts.some((d) => d.meta.title === '2023年上半年大气污染防治工作总结')).toBe(true);
  });

  it('gets every heading, run-in heading and level of every report', () => {
    for (const [i, expected] of COMPILATION_REPORTS.entries()) {
      expect({ title: drafts[i].meta.title, outline: outlineOf(drafts[i].blocks) }).toEqual({
        title: expected.title,
        outline: expected.outline,
      });
    }
  });

  it('finds the signature unit and date where a report has them, and none where it has not', () => {
    const signatures = drafts.map((d) =>
      d.signature ? `${d.signature.unit} ${d.signature.date}` : null,
    );
    expect(signatures).toEqual(COMPILATION_REPORTS.map((r) => r.signature));
    expect(signatures.filter(Boolean)).toHaveLength(4);
    for (const d of drafts) expect(d.meta.date).toBe(d.signature?.date ?? '');
  });

  it('reads unit, year, period and genre off every title', () => {
    expect(drafts.map((d) => d.meta.unit)).toEqual(COMPILATION_REPORTS.map((r) => r.unit));
    for (const d of drafts) {
      expect(d.meta).toMatchObject({ year: 2023, period: '上半年', docType: 'summary' });
    }
  });

  it('keeps the table of contents, paid-content markers and the advertisement out of every report', () => {
    for (const d of drafts) {
      const text = allText(d);
      expect(text).not.toMatch(/##paid|素材库|代笔|客服|汇编（17篇）/);
      expect(text).not.toMatch(/^目录$|\t\d+$/m);
    }
    const last = drafts[16].blocks.at(-1);
    expect(last).toMatchObject({ type: 'heading', marker: '3、' });
  });

  it('tells what each first-level section is about', () => {
    const kinds = drafts.flatMap((d) =>
      d.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [[b.text, b.kinds]] : [])),
    );
    const of = (text: string) => kinds.find(([t]) => t === text)?.[1];
    expect(of('基本情况')).toEqual(['overview']);
    expect(of('帮扶工作情况')).toEqual(['work']);
    expect(of('存在问题及下一步工作打算')).toEqual(['problems', 'plans']);
    expect(of('存在不足及努力方向')).toEqual(['problems', 'plans']);
    expect(of('下步工作打算')).toEqual(['plans']);
    expect(of('总体情况')).toEqual(['overview']);
    expect(of('注重统领，发挥党建核心作用')).toBeUndefined();
  });

  it('reads the same with the empty lines kept as empty paragraphs', () => {
    const withBlanks = recognize({
      format: 'txt',
      paragraphs: paragraphsOf(corpusText, true),
      notices: [],
    });
    expect(withBlanks).toEqual(drafts);
  });

  it('keeps every sentence of every report: nothing lost between splitting and blocks', () => {
    const bodyLines = corpusText
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 40 && !/素材库|代笔/.test(l));
    const everything = drafts.map(allText).join('\n').replace(/\s/g, '');
    // the end of a line never holds its marker, so it must come back as it was
    const missing = bodyLines.filter(
      (line) => !everything.includes(line.slice(-30).replace(/\s/g, '')),
    );
    expect(missing).toEqual([]);
    expect(bodyLines.length).toBeGreaterThan(150);
  });
});
