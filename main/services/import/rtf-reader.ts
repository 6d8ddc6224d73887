// RTF, which OA systems and old editors hand out under a .doc name. One pass over the control
// words: text of the body only (font tables, styles, pictures, headers and field instructions are
// destinations left out), \uN with its fallback skipped, \'hh bytes decoded in the document's code
// page (\ansicpg936 is GBK), \par paragraphs with \qc/\qr alignment, \cell/\row tables.

import type { Alignment, RawDocument, RawParagraph } from '../../../shared/raw';
import { lineToParagraph } from './line-paragraph';
import { tableParagraph } from './table-paragraph';

const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'fldinst',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'pgdsctbl',
  'mmathPr',
  'bkmkstart',
  'bkmkend',
  'filetbl',
  'revtbl',
  'shppict',
  'nonshppict',
  'atnid',
  'atnauthor',
  'annotation',
  'xe',
  'tc',
  'template',
]);

const ALIGN: Record<string, Alignment> = {
  ql: 'left',
  qc: 'center',
  qr: 'right',
  qj: 'justify',
  qd: 'justify',
};

interface State {
  skip: boolean;
  uc: number;
}

export function readRtf(bytes: Uint8Array): RawDocument {
  const source = new TextDecoder('latin1').decode(bytes);
  const codepage = /\\ansicpg(\d+)/.exec(source.slice(0, 4096))?.[1];
  let decoder: { decode(input: Uint8Array): string };
  try {
    decoder = new TextDecoder(codepage === '936' || !codepage ? 'gbk' : `windows-${codepage}`);
  } catch {
    decoder = new TextDecoder('gbk');
  }
  if (!codepage) {
    // no code page said: raw bytes that are valid UTF-8 are UTF-8 (tools that ignore RTF's rules)
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      decoder = new TextDecoder('utf-8');
    } catch {
      // not UTF-8: GBK, the code page of Chinese Windows
    }
  }
  const paragraphs: RawParagraph[] = [];
  const stack: State[] = [];
  let state: State = { skip: false, uc: 1 };
  let text = '';
  let pending: number[] = [];
  let alignment: Alignment | undefined;
  let inTable = false;
  let cells: string[] = [];
  let rows: string[][] = [];
  let fallback = 0;

  const flushBytes = () => {
    if (pending.length) {
      text += decoder.decode(new Uint8Array(pending));
      pending = [];
    }
  };
  const emit = () => {
    flushBytes();
    if (inTable) return;
    if (rows.length) {
      paragraphs.push(tableParagraph(rows));
      rows = [];
    }
    const paragraph = lineToParagraph(text);
    text = '';
    if (!paragraph) return;
    if (alignment && alignment !== 'left') paragraph.alignment = alignment;
    paragraphs.push(paragraph);
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '{') {
      stack.push(state);
      state = { ...state };
      if (source.startsWith('{\\*', i)) state.skip = true;
      continue;
    }
    if (c === '}') {
      flushBytes();
      state = stack.pop() ?? { skip: false, uc: 1 };
      continue;
    }
    if (c === '\r' || c === '\n') continue;
    if (c !== '\\') {
      if (fallback > 0) fallback--;
      else if (!state.skip) {
        // RTF is 7-bit, but Chinese tools write GBK bytes raw: decode them in the code page
        const code = c.charCodeAt(0);
        if (code >= 0x80) pending.push(code);
        else {
          flushBytes();
          text += c;
        }
      }
      continue;
    }
    const next = source[i + 1];
    if (next === "'") {
      const byte = parseInt(source.slice(i + 2, i + 4), 16);
      i += 3;
      if (fallback > 0) fallback--;
      else if (!state.skip && Number.isFinite(byte)) pending.push(byte);
      continue;
    }
    const word = /^\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(source.slice(i, i + 48));
    if (!word) {
      // control symbols: \\ \{ \} \~ \- \_ and the like
      i += 1;
      if (state.skip || fallback > 0) {
        if (fallback > 0) fallback--;
        continue;
      }
      flushBytes();
      if (next === '\\' || next === '{' || next === '}') text += next;
      else if (next === '~') text += '\u00a0';
      else if (next === '_') text += '-';
      else if (next === '*') state.skip = true;
      continue;
    }
    i += word[0].length - 1;
    const name = word[1];
    const param = word[2] === undefined ? undefined : Number(word[2]);
    if (SKIPPED.has(name)) {
      state.skip = true;
      continue;
    }
    if (name === 'uc') state.uc = param ?? 1;
    if (state.skip) continue;
    switch (name) {
      case 'u':
        flushBytes();
        if (param !== undefined) text += String.fromCharCode(param < 0 ? param + 65536 : param);
        fallback = state.uc;
        break;
      case 'par':
      case 'line':
      case 'sect':
      case 'page':
        emit();
        break;
      case 'tab':
        flushBytes();
        text += '\t';
        break;
      case 'pard':
        alignment = undefined;
        inTable = false;
        break;
      case 'intbl':
        inTable = true;
        break;
      case 'cell':
      case 'nestcell':
        flushBytes();
        cells.push(text.trim());
        text = '';
        break;
      case 'row':
      case 'nestrow':
        flushBytes();
        if (cells.length) rows.push(cells);
        cells = [];
        text = '';
        break;
      case 'emdash':
        text += '—';
        break;
      case 'endash':
        text += '–';
        break;
      case 'lquote':
        text += '‘';
        break;
      case 'rquote':
        text += '’';
        break;
      case 'ldblquote':
        text += '“';
        break;
      case 'rdblquote':
        text += '”';
        break;
      case 'bullet':
        text += '•';
        break;
      default:
        if (ALIGN[name]) alignment = ALIGN[name];
    }
  }
  inTable = false;
  emit();
  return { format: 'rtf', paragraphs, notices: [] };
}
