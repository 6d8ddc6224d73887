// One line of text as a paragraph, the same for every reader: the indentation people type by hand
// (two full-width spaces, a tab, four spaces) is removed and flagged; a line pushed far right by
// spaces or tabs is a signature or a date.

import type { RawParagraph } from '../../../shared/raw';

/** Leading width (half-width columns) from which a line counts as pushed right, not indented. */
const PUSHED_RIGHT_COLUMNS = 12;

export function lineToParagraph(rawLine: string): RawParagraph | null {
  // NUL and other control characters come from broken encodings or binary junk; tabs are layout
  // eslint-disable-next-line no-control-regex
  const line = rawLine.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]/g, '');
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  const text = line.slice(lead.length).replace(/\s+$/, '');
  if (!text) return null;
  const paragraph: RawParagraph = { text };
  if (lead) {
    paragraph.indented = true;
    if (columns(lead) >= PUSHED_RIGHT_COLUMNS) paragraph.pushedRight = true;
  }
  return paragraph;
}

function columns(whitespace: string): number {
  let n = 0;
  for (const c of whitespace) n += c === '\t' ? 4 : c === '\u3000' ? 2 : 1;
  return n;
}
