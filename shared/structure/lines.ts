// Raw paragraphs → the lines recognition works on: text trimmed, empty paragraphs counted rather
// than kept, and what never belongs to a report dropped (paid-content markers, tables of
// contents, a vendor's advertisements, the cover of a compilation).

import type { RawParagraph } from '../raw';
import { GluedHeadings } from './glued';
import { parseMarker } from './markers';

export interface Line {
  text: string;
  raw: RawParagraph;
  /** empty paragraphs right before this one */
  blankBefore: number;
}

// `##paidbegin##` and the like: a vendor's markers around the part sold separately
const VENDOR_MARKER = /^#{2,}[a-z_]+#{2,}$/i;
// table of contents: a title, then a tab or a dot leader, then the page number
const TOC_ENTRY = /(?:\t|[.…·．]{3,}|\s{2,})\s*\d{1,4}$/;
const TOC_HEADING = /^目\s*录$/;
const COMPILATION = /汇编|选编|合集|文集|（\d+篇）|\(\d+篇\)/;
// `【XX素材库】——每天更新…`: advertisement blocks vendors append to what they sell
const AD_HEAD = /^【[^】]{1,16}】\s*[—–-]/;
const AD_WORDS =
  /素材库|代笔|会员|公众号|客服|微信|VX|网盘|扫码|QQ群|接单|小伙伴|谨防假冒|唯一平台|一键|下载/gi;

/** An advertisement line: an ad heading, or vendor words with a call to get in touch. */
export function isAdvertisement(text: string): boolean {
  if (AD_HEAD.test(text)) return true;
  return (text.match(AD_WORDS) ?? []).length >= 2 && /客服|添加|联系|加入|认准/.test(text);
}

/** The cover line of a compilation (`2023年上半年工作总结汇编（17篇）`), not a report title. */
export function isCompilationTitle(text: string): boolean {
  return text.length <= 60 && COMPILATION.test(text) && !/[。；！？]/.test(text);
}

export function toLines(paragraphs: readonly RawParagraph[]): Line[] {
  const lines: Line[] = [];
  const glued = new GluedHeadings();
  let blank = 0;
  for (const raw of paragraphs) {
    // String.trim covers U+3000, U+00A0 and U+FEFF, and unlike a `\s+$` pattern never backtracks
    // over a long run of spaces
    const text = raw.text.trim();
    if (!text && !raw.table) {
      blank++;
      continue;
    }
    if (!raw.table && !raw.numbering && isNoise(raw, text)) continue;
    lines.push(...glued.split({ text, raw, blankBefore: blank }));
    blank = 0;
  }
  return dropTrailingAds(lines);
}

// page numbers left in text copied out of a PDF or a printout: `- 3 -`, `— 3 —`, `第3页 共8页`
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

// Word's own table of contents: a leader of dots or a tab before the page number
const TOC_LEADER = /(?:\t|[.…·．]{3,})\s*\d{1,4}$/;

function isNoise(raw: RawParagraph, text: string): boolean {
  if (VENDOR_MARKER.test(text) || TOC_HEADING.test(text) || PAGE_NUMBER.test(text)) return true;
  if (raw.style && /^toc\s*\d/i.test(raw.style.trim())) return true;
  // A TOC entry has no sentence punctuation before the page number. Only the end of the line can
  // hold the page number; testing there keeps long lines cheap.
  const end = raw.text.trimEnd().slice(-24);
  if (TOC_ENTRY.test(end) && !/[。；！？]/.test(text)) {
    // a numbered entry (`一、基本情况……3`) needs a leader: spaces alone may end a heading
    if (parseMarker(text) && !TOC_LEADER.test(end)) return false;
    return /\D/.test(text.replace(/\d+$/, '').trim());
  }
  return AD_HEAD.test(text);
}

function dropTrailingAds(lines: Line[]): Line[] {
  let end = lines.length;
  while (end > 0 && isAdvertisement(lines[end - 1].text)) end--;
  return lines.slice(0, end);
}
