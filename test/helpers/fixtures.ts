// Real files made from the corpus reports, for every test that reads files: the compilation
// ../shared/corpus/000_0f3bb0a146594841.txt split into its reports, each written as UTF-8 and GB18030
// text, as .docx (literal heading numbers, or numbers from numbering.xml), and through LibreOffice as
// .doc and .pdf. Files are cached under test/fixtures/generated/ (gitignored); LibreOffice runs once
// for all reports, since it takes seconds to start.
//
//   corpusReports()                       → { title, text, lines }[]
//   reportAsTxt(i) / reportAsGbk(i)       → path of a .txt (UTF-8 / GB18030)
//   reportAsDocx(i, { autoNumbering })    → path of a .docx
//   reportAsDoc(i, { autoNumbering })     → path of a .doc (LibreOffice from that .docx)
//   reportAsPdf(i)                        → path of a .pdf (LibreOffice from the literal .docx)
//   reportAsHtml(i) / reportAsRtf(i)      → path of the same as a web page / RTF (LibreOffice)
//   convertWithLibreOffice(files, 'doc')  → converted paths, one soffice run

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx, numberingXml, paragraph, run, stylesXml } from './docx-xml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const compilationPath = path.join(corpusDir, '000_0f3bb0a146594841.txt');
/** bump when the generators change, so stale cached files are not used */
const VERSION = 'v1';
export const generatedDir = path.join(repoRoot, 'test/fixtures/generated', VERSION);

export interface CorpusReport {
  title: string;
  /** the report as the compilation has it: title line, blank line, body lines */
  text: string;
  /** the non-empty lines, trimmed, title first */
  lines: string[];
}

let reports: CorpusReport[] | undefined;

/**
 * The reports of the compilation. A report starts at a title line that follows two blank lines (the
 * table of contents lists most of them, not all); the part before the first, the vendor's
 * advertisement (lines in 【】) and everything from ##paidend## on belong to none.
 */
export function corpusReports(): CorpusReport[] {
  if (reports) return reports;
  const lines = readFileSync(compilationPath, 'utf8').split(/\r?\n/);
  const end = lines.findIndex((l) => l.trim() === '##paidend##');
  const starts: number[] = [];
  for (let i = 2; i < (end < 0 ? lines.length : end); i++) {
    const l = lines[i].trim();
    if (l && !lines[i - 1].trim() && !lines[i - 2].trim() && !/\t\d+$/.test(lines[i]))
      starts.push(i);
  }
  reports = starts.map((start, k) => {
    let body = lines.slice(start, k + 1 < starts.length ? starts[k + 1] : end);
    const advert = body.findIndex((l) => l.trim().startsWith('【'));
    if (advert > 0) body = body.slice(0, advert);
    while (body.length && !body.at(-1)!.trim()) body.pop();
    const nonEmpty = body.map((l) => l.trim()).filter(Boolean);
    return { title: nonEmpty[0], text: body.join('\n') + '\n', lines: nonEmpty };
  });
  return reports;
}

function ensureDir(): void {
  mkdirSync(generatedDir, { recursive: true });
}

/** Writes atomically, so test files generating the same fixture in parallel never see half a file. */
function writeOnce(file: string, make: () => Uint8Array | string): string {
  if (existsSync(file)) return file;
  ensureDir();
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, make());
  renameSync(temp, file);
  return file;
}

function name(i: number, suffix: string): string {
  return path.join(generatedDir, `report-${String(i).padStart(2, '0')}${suffix}`);
}

export function reportAsTxt(i: number): string {
  return writeOnce(name(i, '-utf8.txt'), () => corpusReports()[i].text);
}

export function reportAsGbk(i: number): string {
  return writeOnce(name(i, '-gbk.txt'), () =>
    execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: corpusReports()[i].text }),
  );
}

// ---- .docx -----------------------------------------------------------------------------------

export type Marker = { level: 0 | 1 | 2 | 3; marker: string; rest: string };

const MARKERS: [Marker['level'], RegExp][] = [
  [0, /^([一二三四五六七八九十]+、)(.*)$/],
  [1, /^([（(][一二三四五六七八九十]+[）)])(.*)$/],
  [2, /^(\d+[、.．])(?!\d)(.*)$/],
  [3, /^([（(]\d+[）)])(.*)$/],
];

/** The heading marker a corpus line starts with (`一、`, `（一）`, `1、`, `（1）`), if any. */
export function headingMarker(line: string): Marker | null {
  for (const [level, pattern] of MARKERS) {
    const m = pattern.exec(line);
    if (m && m[2].trim()) return { level, marker: m[1], rest: m[2] };
  }
  return null;
}

const DATE =
  /^(\d{4}年\d{1,2}月(\d{1,2}日)?|[〇○一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月([一二三四五六七八九十]{1,3}日)?)$/;

/** Index of the first signature line (unit, then date) at the end of a report, or -1. */
export function signatureStart(lines: string[]): number {
  const last = lines.length - 1;
  if (!DATE.test(lines[last])) return -1;
  const unit = lines[last - 1];
  return unit && unit.length <= 30 && !/[。；：，]$/.test(unit) && !headingMarker(unit)
    ? last - 1
    : last;
}

const FANGSONG = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>';
const SECT =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';

function reportStyles(): string {
  // Chinese Word saves the built-in headings under the ids "1" and "2" (heading 1, heading 2)
  return stylesXml(
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:spacing w:line="579" w:lineRule="exact"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>',
    `<w:rPrDefault><w:rPr>${FANGSONG}<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:rPrDefault>`,
  );
}

function reportNumbering(digitSuffix: string): string {
  const lvl = (ilvl: number, format: string, text: string, pStyle = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>`;
  return numberingXml(
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
      lvl(0, 'chineseCounting', '%1、', '1') +
      lvl(1, 'chineseCounting', '（%2）') +
      lvl(2, 'decimal', `%3${digitSuffix}`) +
      lvl(3, 'decimal', '（%4）') +
      `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  );
}

export interface DocxVariant {
  /** heading numbers from numbering.xml instead of the text */
  autoNumbering?: boolean;
}

/** A report as the .docx a colleague would have typed: title, headings in heading styles, signature right. */
export function reportDocxBytes(i: number, variant: DocxVariant = {}): Uint8Array {
  const { lines } = corpusReports()[i];
  const signature = signatureStart(lines);
  const level2 = lines.map(headingMarker).filter((m) => m?.level === 2);
  const digitSuffix =
    level2.filter((m) => m!.marker.endsWith('.')).length > level2.length / 2 ? '.' : '、';
  const body = lines.map((line, k) => {
    if (k === 0) {
      return paragraph(
        run(line, '<w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="44"/>'),
        '<w:jc w:val="center"/>',
      );
    }
    if (signature >= 0 && k >= signature) return paragraph(run(line), '<w:jc w:val="right"/>');
    const marker = headingMarker(line);
    if (!marker) return paragraph(run(line), '<w:ind w:firstLineChars="200" w:firstLine="640"/>');
    const text = variant.autoNumbering ? marker.rest : line;
    const numPr = (ilvl: number) =>
      variant.autoNumbering
        ? `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`
        : '';
    switch (marker.level) {
      case 0:
        // numbered through the style's numPr (heading 1 → numId 1, level found by w:pStyle)
        return paragraph(
          run(text),
          `<w:pStyle w:val="1"/>${variant.autoNumbering ? '' : '<w:numPr><w:numId w:val="0"/></w:numPr>'}<w:ind w:firstLine="640"/>`,
        );
      case 1:
        return paragraph(run(text), `<w:pStyle w:val="2"/>${numPr(1)}<w:ind w:firstLine="640"/>`);
      default:
        return paragraph(run(text), `${numPr(marker.level)}<w:ind w:firstLine="640"/>`);
    }
  });
  return buildDocx({
    body: body.join(''),
    styles: reportStyles(),
    numbering: reportNumbering(digitSuffix),
    sectPr: SECT,
  });
}

export function reportAsDocx(i: number, variant: DocxVariant = {}): string {
  return writeOnce(name(i, variant.autoNumbering ? '-auto.docx' : '-literal.docx'), () =>
    reportDocxBytes(i, variant),
  );
}

// ---- LibreOffice ------------------------------------------------------------------------------

/** Converts files in one soffice run (own profile, fonts of official documents); returns the outputs. */
export function convertWithLibreOffice(
  files: string[],
  format: 'doc' | 'pdf' | 'docx' | 'html' | 'rtf',
  options: {
    outDir?: string;
    /** export filter with options, e.g. for an encrypted PDF */ filter?: string;
  } = {},
): string[] {
  const outDir = options.outDir ?? generatedDir;
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'gongwen-soffice-'));
  try {
    const out = path.join(work, 'out');
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(work, 'profile')}`,
        '--convert-to',
        options.filter ? `${format}:${options.filter}` : format,
        '--outdir',
        out,
        ...files,
      ],
      {
        env: {
          ...process.env,
          FONTCONFIG_FILE: path.resolve(repoRoot, '../shared/fonts/fonts.conf'),
        },
        stdio: 'pipe',
        timeout: 300_000,
      },
    );
    return files.map((file) => {
      const base = path.basename(file).replace(/\.[^.]+$/, `.${format}`);
      const target = path.join(outDir, base);
      if (!existsSync(target)) renameSync(path.join(out, base), target);
      return target;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function reportConverted(
  i: number,
  format: 'doc' | 'pdf' | 'html' | 'rtf',
  variant: DocxVariant = {},
): string {
  const suffix = variant.autoNumbering ? '-auto' : '-literal';
  const target = name(i, `${suffix}.${format}`);
  if (existsSync(target)) return target;
  const all = corpusReports().map((_, k) => reportAsDocx(k, variant));
  const missing = all.filter((f) => !existsSync(f.replace(/\.docx$/, `.${format}`)));
  convertWithLibreOffice(missing, format, format === 'html' ? { filter: 'HTML (StarWriter)' } : {});
  return target;
}

/** The report saved by LibreOffice as Word 97 .doc (with numbering.xml lists when autoNumbering). */
export function reportAsDoc(i: number, variant: DocxVariant = {}): string {
  return reportConverted(i, 'doc', variant);
}

export function reportAsPdf(i: number): string {
  return reportConverted(i, 'pdf');
}

/** The report as RTF (what some OA systems hand out as ".doc"). */
export function reportAsRtf(i: number): string {
  return reportConverted(i, 'rtf');
}

/** The report as the web page LibreOffice writes (what OA systems hand out as ".doc"). */
export function reportAsHtml(i: number): string {
  return reportConverted(i, 'html');
}
