// Render checks: a .docx through real LibreOffice headless into PDF, then poppler's text boxes.
// Every soffice run gets its own profile folder (parallel runs sharing one block each other), and
// the 公文 font names map to Debian's CJK fonts through ../shared/fonts/fonts.conf.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FONTS_CONF = path.resolve(REPO_ROOT, '../shared/fonts/fonts.conf');

/** 1 mm in PDF points */
export const MM = 72 / 25.4;

export interface Rendered {
  /** folder holding input, profile and output; remove with `dispose` */
  dir: string;
  pdf: string;
  dispose(): void;
}

/**
 * Converts a .docx (bytes or a path) to PDF with LibreOffice; `to` may name another filter
 * (`docx`, `doc`) for format round trips, in which case `pdf` is that file.
 */
export async function renderDocx(
  docx: Uint8Array | string,
  options: { to?: string; name?: string } = {},
): Promise<Rendered> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-render-'));
  const name = options.name ?? 'input.docx';
  const input = path.join(dir, name);
  writeFileSync(input, typeof docx === 'string' ? readFileSync(docx) : docx);
  const out = path.join(dir, 'out');
  const to = options.to ?? 'pdf';
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  await run(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--convert-to',
      to,
      '--outdir',
      out,
      input,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, timeout: 180_000 },
  ).catch((error: unknown) => {
    dispose();
    throw error;
  });
  const pdf = path.join(out, name.replace(/\.[^.]+$/, '') + '.' + to.split(':')[0]);
  return { dir, pdf, dispose };
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Line extends Word {
  words: Word[];
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
  lines: Line[];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Word boxes of every page (`pdftotext -bbox`), in points from the top-left corner. */
export async function pdfPages(pdf: string): Promise<Page[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  const pages: Page[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const [, width, height, body] of stdout.matchAll(pageRe)) {
    const words = [...body.matchAll(wordRe)].map(([, x0, y0, x1, y1, text]) => ({
      text: decodeEntities(text),
      xMin: Number(x0),
      yMin: Number(y0),
      xMax: Number(x1),
      yMax: Number(y1),
    }));
    pages.push({ width: Number(width), height: Number(height), words, lines: groupLines(words) });
  }
  return pages;
}

/** Words sharing a baseline (within 2 pt) form a line, left to right; lines top to bottom. */
export function groupLines(words: Word[]): Line[] {
  const sorted = [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0].yMax - w.yMax) <= 2) last.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    ws.sort((a, b) => a.xMin - b.xMin);
    return {
      words: ws,
      text: ws.map((w) => w.text).join(''),
      xMin: Math.min(...ws.map((w) => w.xMin)),
      xMax: Math.max(...ws.map((w) => w.xMax)),
      yMin: Math.min(...ws.map((w) => w.yMin)),
      yMax: Math.max(...ws.map((w) => w.yMax)),
    };
  });
}

/** `pdftotext -layout` of the whole file, for reading a render as text. */
export async function pdfLayoutText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** Page images for a person to look at (`pdftoppm -r 60`); returns the PNG paths. */
export async function pdfPngs(
  pdf: string,
  first: number,
  last: number,
  dpi = 60,
): Promise<string[]> {
  const prefix = pdf.replace(/\.pdf$/, '');
  await run('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(first),
    '-l',
    String(last),
    '-png',
    pdf,
    prefix,
  ]);
  const digits = String(last).length;
  return Array.from(
    { length: last - first + 1 },
    (_, i) => `${prefix}-${String(first + i).padStart(digits, '0')}.png`,
  );
}

/** Names of the fonts embedded in a PDF (`pdffonts`), subset prefixes removed. */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter(Boolean);
}

/** Number of CJK ideographs and full-width punctuation marks in a text. */
export function fullWidthCount(text: string): number {
  return [...text].filter((ch) => (ch.codePointAt(0) ?? 0) >= 0x2e80).length;
}
