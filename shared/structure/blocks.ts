// The body of one report → blocks: headings with levels, paragraphs (with run-in headings),
// attachment lines and tables.

import type { Block, HeadingBlock, HeadingLevel, Lead } from '../model';
import type { Line } from './lines';
import { LevelTracker, type LevelKind } from './levels';
import { MARKER_RANK, parseMarker, parseNumberingLabel, type Marker } from './markers';
import { sectionKindsOf } from './section-kinds';
import { hasSentencePunctuation, splitFirstSentence } from './sentence';
import { isDateLine } from './dates';

/** the longest line without any marker that can still be a heading by its look alone */
const MAX_PLAIN_HEADING = 30;
/** a heading that lost its number and style: a phrase of a few words */
const MIN_LONE_HEADING = 4;
const MAX_LONE_HEADING = 20;
/** the rank of a kind that nests under whatever heading is open */
const UNDER_OPEN = 100;

interface Numbered {
  marker: Marker;
  rest: string;
}

/** The number a line carries: Word's auto-numbering label first, then a typed marker. */
export function numberOf(line: Line): Numbered | null {
  if (line.raw.numbering) {
    const label = parseNumberingLabel(line.raw.numbering);
    if (label) {
      // the number typed again after Word's own (`一、` + `一、基本情况`) shows once
      const typed = parseMarker(line.text);
      const rest = typed && typed.marker.kind === label.kind ? typed.rest : line.text;
      return { marker: label, rest };
    }
  }
  return parseMarker(line.text);
}

/**
 * A Word list label of a kind headings do not use (`甲、`, `A.`, `Ⅰ.`): a numbered item all the
 * same, one kind per list level, kept with its label.
 */
function otherLabel(line: Line): { kind: LevelKind; label: string } | null {
  const label = line.raw.numbering?.trim();
  if (!label || !/[\p{L}\p{N}]/u.test(label)) return null;
  const level = line.raw.numberingLevel ?? 0;
  return { kind: { key: `list-${level}`, rank: level + 0.1 }, label };
}

/** The 0-based heading level a Word style or outline level gives, or null for body text. */
export function styleLevel(line: Line): number | null {
  const style = /^(?:heading|标题)\s*(\d)$/i.exec(line.raw.style?.trim() ?? '');
  if (style) return Number(style[1]) - 1;
  const outline = line.raw.outlineLevel;
  return outline !== undefined && outline >= 0 && outline < 9 ? outline : null;
}

export const ATTACHMENT = /^附\s*件\s*\d*\s*[：:]?/;

function isAttachmentStart(text: string): boolean {
  return /^附\s*件\s*\d*\s*[：:]/.test(text) || /^附\s*件\s*\d*$/.test(text);
}

/**
 * Indices of the attachment lines (`附件：1. …` and the `2. …` lines that follow it), which
 * are never headings though they are numbered.
 */
export function attachmentLines(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isAttachmentStart(lines[i].text)) continue;
    found.add(i);
    const first = parseMarker(lines[i].text.replace(ATTACHMENT, '').trim());
    let expect = first ? first.marker.value + 1 : 1;
    const kind = first?.marker.kind;
    for (let j = i + 1; j < lines.length; j++) {
      const next = numberOf(lines[j]);
      if (!next || next.marker.value !== expect || (kind && next.marker.kind !== kind)) break;
      if (!kind && expect === 1 && !/[：:]$/.test(lines[i].text)) break;
      found.add(j);
      expect++;
    }
  }
  return found;
}

function isPlainHeading(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (!next || !isShortPhrase(line)) return false;
  if (line.raw.bold || numberOf(next) !== null) return true;
  // .doc and PDF lose heading styles and Word's auto-numbers: a short phrase standing alone
  // above running text, or above another such phrase (a section and its first sub-section),
  // is a heading there. It lands at level 1, since nothing tells its level any more.
  return isLoneHeading(lines, i, 2);
}

function isShortPhrase(line: Line): boolean {
  const text = line.text;
  return text.length <= MAX_PLAIN_HEADING && !hasSentencePunctuation(text) && !isDateLine(text);
}

function isLoneHeading(lines: readonly Line[], i: number, depth: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  const words = line.text.replace(/\s/g, '');
  if (!next || words.length < MIN_LONE_HEADING || words.length > MAX_LONE_HEADING) return false;
  if (/\d{4}/.test(words) || line.raw.table) return false;
  if (isRunningText(next, line)) return true;
  return depth > 1 && isShortPhrase(next) && isLoneHeading(lines, i + 1, depth - 1);
}

function isRunningText(line: Line, heading: Line): boolean {
  return (
    !line.raw.table &&
    !numberOf(line) &&
    line.text.length >= 2 * heading.text.length &&
    /[。；！？]/.test(line.text)
  );
}

function kindOf(marker: Marker): LevelKind {
  return { key: marker.kind, rank: MARKER_RANK[marker.kind] };
}

export function buildBlocks(lines: readonly Line[]): Block[] {
  const levels = new LevelTracker();
  const attachments = attachmentLines(lines);
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    if (line.raw.table) {
      blocks.push({ type: 'table', rows: line.raw.table });
      return;
    }
    if (attachments.has(i)) {
      blocks.push({ type: 'paragraph', text: line.text, role: 'attachment' });
      return;
    }
    const numbered = numberOf(line);
    const outline = styleLevel(line);
    // Word users put a whole paragraph with a run-in heading in a heading style so that it shows
    // in the navigation pane; it is still a run-in heading followed by body text.
    if (numbered) {
      const level = levels.levelOf(kindOf(numbered.marker));
      blocks.push(headingOrLead(level, numbered.rest, numbered.marker.text));
      return;
    }
    const other = otherLabel(line);
    if (other) {
      blocks.push(headingOrLead(levels.levelOf(other.kind), line.text, other.label));
      return;
    }
    if (outline !== null) {
      const level = levels.levelOf({ key: `outline-${outline}`, rank: outline });
      blocks.push(headingOrLead(level, line.text));
      return;
    }
    const next = lines[i + 1];
    if (isPlainHeading(lines, i)) {
      // above numbered items it heads them; otherwise it is a sub-heading of the section it
      // stands in (level 1 where nothing is open)
      const nextNumber = next ? numberOf(next) : null;
      const rank = nextNumber ? MARKER_RANK[nextNumber.marker.kind] - 0.5 : UNDER_OPEN;
      blocks.push(heading(levels.levelOf({ key: 'plain', rank }), line.text));
      return;
    }
    blocks.push({ type: 'paragraph', text: line.text });
  });
  return blocks;
}

/** One sentence is a heading; a first sentence followed by more text is a run-in heading. */
function headingOrLead(level: HeadingLevel, text: string, marker?: string): Block {
  const split = splitFirstSentence(text);
  if (!split) return heading(level, text, marker);
  const lead: Lead = { level, text: split.lead };
  if (marker) lead.marker = marker;
  if (split.punct !== '。') lead.punct = split.punct;
  return { type: 'paragraph', text: split.body, lead };
}

function heading(level: HeadingLevel, text: string, marker?: string): HeadingBlock {
  const block: HeadingBlock = { type: 'heading', level, text };
  if (level === 1) {
    const kinds = sectionKindsOf(text);
    if (kinds.length > 0) block.kinds = kinds;
  }
  if (marker) block.marker = marker;
  return block;
}
