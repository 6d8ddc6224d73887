// Web pages saved as Word documents: OA systems and web editors hand out ".doc" files that are
// HTML (Word's "Web page" format, with its mso markup) or MHT (one MIME message holding the HTML).
// The bytes are text, so without this they would be imported tag by tag. Text is taken in block
// order: paragraphs and headings as paragraphs, tables as tables, Word's list labels kept (they sit
// in <![if !supportLists]> blocks, which are content, not comments).

import type { Alignment, RawDocument, RawParagraph } from '../../../shared/raw';
import { tableParagraph } from './table-paragraph';
import { lineToParagraph } from './line-paragraph';

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'center',
  'section',
  'article',
  'header',
  'footer',
  'address',
  'dl',
  'dt',
  'dd',
  'hr',
  'body',
  'caption',
]);

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return (
    /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html)/.test(head) ||
    (head.startsWith('<') && head.includes('<body'))
  );
}

export function looksLikeMht(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /^(MIME-Version:|From:|Subject:|Date:|Content-Type:)/im.test(head) &&
    /multipart\/related/i.test(head)
  );
}

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u3000',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  times: '×',
  divide: '÷',
  copy: '©',
  reg: '®',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? match;
  });
}

function alignmentOf(attributes: string): Alignment | undefined {
  const m = /(?:text-align\s*:\s*|\balign\s*=\s*["']?)(left|center|right|justify)/i.exec(
    attributes,
  );
  return m ? (m[1].toLowerCase() as Alignment) : undefined;
}

/**
 * Comments and the elements whose content is not text (head, scripts, styles, Word's <xml>),
 * removed in one linear pass: lazy regular expressions would rescan the rest of the file for
 * every opening that is never closed.
 */
function stripSkipped(html: string): string {
  const lower = html.toLowerCase();
  const opening = /<!--|<(script|style|head|xml|title|object|noscript)\b/g;
  let out = '';
  let at = 0;
  for (let m = opening.exec(lower); m; m = opening.exec(lower)) {
    if (m.index < at) continue;
    out += html.slice(at, m.index);
    const close = m[0] === '<!--' ? '-->' : `</${m[1]}`;
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) return out;
    at = m[0] === '<!--' ? end + 3 : lower.indexOf('>', end) + 1 || lower.length;
    opening.lastIndex = at;
  }
  return out + html.slice(at);
}

export function readHtml(html: string): RawDocument {
  // Word writes a list item's label between <![if !supportLists]> and <![endif]>
  const source = stripSkipped(
    html
      .replace(/<!\[if !supportLists\]>/gi, '<gw-label>')
      .replace(/<!\[endif\]>/gi, '</gw-label>')
      .replace(/<!\[if[^\]]{0,200}\]>/gi, ''),
  ).replace(/<![^>]{0,4096}>|<\?[^>]{0,4096}>/g, '');
  const paragraphs: RawParagraph[] = [];
  let images = 0;
  let line = '';
  let label: string | null = null;
  let inLabel = false;
  let block: { alignment?: Alignment; level?: number } = {};
  const tables: { rows: string[][]; row: string[] | null; cell: string | null }[] = [];
  const flush = () => {
    const table = tables.at(-1);
    if (table?.cell !== null && table) {
      table.cell += (table.cell ? '\n' : '') + line.trim();
      line = '';
      return;
    }
    // spaces from the source's line breaks are not indentation; &nbsp; and full-width spaces are
    const paragraph = lineToParagraph(line.replace(/^ +| +$/g, ''));
    const numbering = label?.replace(/^\s+|\s+$/g, '');
    line = '';
    label = null;
    if (!paragraph) return;
    if (numbering) paragraph.numbering = numbering;
    if (block.alignment) paragraph.alignment = block.alignment;
    if (block.level !== undefined) {
      paragraph.style = `heading ${block.level + 1}`;
      paragraph.outlineLevel = block.level;
    }
    paragraphs.push(paragraph);
  };
  // bounded attribute length: a '<' never closed must not make every later match rescan the rest
  const tag = /<(\/?)([a-zA-Z][\w:-]{0,64})([^>]{0,4096})>|([^<]+)|</g;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    if (m[2] === undefined && m[4] === undefined) continue; // a lone '<'
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4].replace(/[ \t\r\n]+/g, ' '));
      if (inLabel) label = (label ?? '') + text;
      else line += text;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'gw-label') {
      inLabel = !closing;
      continue;
    }
    const table = tables.at(-1);
    if (name === 'br') {
      if (table?.cell !== null && table) line += '\n';
      else flush();
    } else if (name === 'img') images++;
    else if (name === 'table') {
      flush();
      if (!closing) tables.push({ rows: [], row: null, cell: null });
      else {
        const done = tables.pop();
        if (done?.row) done.rows.push(done.row);
        if (!done?.rows.length) continue;
        const outer = tables.at(-1);
        const text = done.rows.map((r) => r.join('\t')).join('\n');
        if (outer && outer.cell !== null) outer.cell += (outer.cell ? '\n' : '') + text;
        else paragraphs.push(tableParagraph(done.rows));
      }
    } else if (name === 'tr' && table) {
      if (table.row) table.rows.push(table.row);
      table.row = closing ? null : [];
    } else if ((name === 'td' || name === 'th') && table) {
      if (!closing) {
        table.row ??= [];
        table.cell = '';
      } else if (table.cell !== null) {
        flush();
        table.row ??= [];
        table.row.push(table.cell.trim());
        table.cell = null;
      }
    } else if (BLOCKS.has(name)) {
      flush();
      block = {};
      if (!closing) {
        block.alignment = alignmentOf(m[3]);
        if (/^h[1-6]$/.test(name)) block.level = Number(name[1]) - 1;
      }
    }
  }
  flush();
  const notices = images ? [`网页格式文档中的 ${images} 张图片未导入。`] : [];
  return { format: 'html', paragraphs, notices };
}

/** The HTML part of an MHT (MIME) file, decoded from its transfer encoding and charset. */
export function htmlOfMht(bytes: Uint8Array): string | null {
  const text = new TextDecoder('latin1').decode(bytes);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    let body = part.slice(split).replace(/^\r?\n\r?\n/, '');
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    let raw: Uint8Array;
    if (encoding === 'base64')
      raw = Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    else {
      if (encoding === 'quoted-printable') {
        body = body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      }
      raw = Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    }
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1] ?? 'utf-8';
    try {
      return new TextDecoder(charset).decode(raw);
    } catch {
      return new TextDecoder('gb18030').decode(raw);
    }
  }
  return null;
}
