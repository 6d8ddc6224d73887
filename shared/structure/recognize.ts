// Structure recognition: what a reader got out of a file → one draft per report in it (several
// for a compilation, 汇编). Pure: no DOM, no Node, so the CLI, the app and tests share it.

import { DRAFT_FORMAT_VERSION, type Draft, type DraftMeta } from '../model';
import type { RawDocument } from '../raw';
import { buildBlocks } from './blocks';
import { isCompilationTitle, toLines, type Line } from './lines';
import { findSignature } from './signature';
import {
  isIssuerLine,
  isLooseTitle,
  isRecipientLine,
  hasTitleStyle,
  isTitleFirstHalf,
  isTitleLike,
  startsNewReport,
  stripTitleQuotes,
} from './title';
import { metaFromTitle, TITLE_END } from './title-meta';

/** how far into a file its first title may sit when nothing else marks it */
const FIRST_TITLE_WITHIN = 5;

interface ReportSpan {
  /** first line of the report: issuer or title */
  head: number;
  /** the title's lines */
  title: number[];
  issuer?: number;
  /** one past the last line */
  end: number;
}

export function recognize(doc: RawDocument): Draft[] {
  const lines = toLines(doc.paragraphs);
  const spans = findReports(lines);
  if (spans.length === 0) return [draftFrom(lines, [], undefined)];
  const drafts = spans.map((span) => {
    const own = lines.slice(span.head, span.end);
    const at = (i: number) => i - span.head;
    return draftFrom(
      own,
      span.title.map(at),
      span.issuer === undefined ? undefined : at(span.issuer),
    );
  });
  // Text before the only title (a file number, a note) stays with the report; in a
  // compilation it is the cover and the table of contents.
  const front = lines.slice(0, spans[0].head).filter((l) => !isCompilationTitle(l.text));
  if (spans.length === 1 && front.length > 0) {
    drafts[0].blocks.unshift(...front.map((l) => ({ type: 'paragraph' as const, text: l.text })));
  }
  return drafts.filter((d, i) => i === 0 || d.blocks.length > 0 || d.signature !== null);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Lines of a table of contents without page numbers: titles that each end in a genre word, one
 * right after the other with no text between. A title's first half never ends in a genre word,
 * and a subtitle (`——在……会议上的讲话`) opens with a dash.
 */
function contentsLines(lines: readonly Line[]): Set<number> {
  const complete = lines.map(
    (l) => isTitleLike(l) && TITLE_END.test(stripTitleQuotes(l.text)) && !/^[—-]/.test(l.text),
  );
  const found = new Set<number>();
  let run = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    if (!complete[i] || !complete[i - 1] || lines[i].blankBefore > 0) {
      run = new Set();
      continue;
    }
    // the first report's title right after the contents repeats the contents' first entry
    if (run.size === 0) run.add(lines[i - 1].text);
    if (run.has(lines[i].text)) {
      run = new Set();
      continue;
    }
    run.add(lines[i].text);
    found.add(i - 1);
    found.add(i);
  }
  return found;
}

function findReports(lines: readonly Line[]): ReportSpan[] {
  const typicalGap = median(lines.map((l) => l.blankBefore));
  const contents = contentsLines(lines);
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (!isTitleLike(line) || isCompilationTitle(line.text) || contents.has(i)) return;
    // an issuer set in title type right above the title: the title starts the report
    const next = lines[i + 1];
    if (isIssuerLine(line) && next && next.blankBefore === 0 && isTitleLike(next)) return;
    if (starts.length === 0) {
      const front = lines.slice(0, i).filter((l) => !isCompilationTitle(l.text)).length;
      if (front < FIRST_TITLE_WITHIN || startsNewReport(line, typicalGap)) starts.push(i);
    } else if (i > starts[starts.length - 1] + 1 && startsNewReport(line, typicalGap)) {
      starts.push(i);
    }
  });
  // A report whose title names no genre (`XX镇2023年工作亮点`) opens with it all the same; a
  // title-like line further down is then a section, or a second report
  const first = lines.findIndex((l) => !isCompilationTitle(l.text));
  const opensWithTitle =
    first >= 0 &&
    !contents.has(first) &&
    lines.length - first >= 2 &&
    isLooseTitle(lines[first]) &&
    !isIssuerLine(lines[first]);
  if (opensWithTitle && (starts.length === 0 || starts[0] - first >= FIRST_TITLE_WITHIN)) {
    starts.unshift(first);
  }
  if (starts.length === 0) return [];
  const spans = starts.map((start) => spanAt(lines, start));
  spans.forEach((span, k) => {
    span.end = k + 1 < spans.length ? spans[k + 1].head : lines.length;
  });
  return spans;
}

/** The title at `start`, with the half above it and an issuer line above that. */
function spanAt(lines: readonly Line[], start: number): ReportSpan {
  const span: ReportSpan = { head: start, title: [start], end: lines.length };
  const adjacent = (i: number) => i >= 0 && lines[i + 1].blankBefore === 0;
  // a long title broken with line breaks inside one Title paragraph (Shift+Enter; GB/T 9704
  // exports write it so) arrives as two Title-style lines
  const second = lines[start + 1];
  if (second && adjacent(start) && hasTitleStyle(lines[start]) && hasTitleStyle(second)) {
    span.title.push(start + 1);
  }
  let above = start - 1;
  if (adjacent(above) && isTitleFirstHalf(lines[above], lines[start])) {
    span.title.unshift(above);
    span.head = above;
    above--;
  }
  if (adjacent(above) && isIssuerLine(lines[above])) {
    span.issuer = above;
    span.head = above;
  }
  return span;
}

function draftFrom(lines: readonly Line[], titleAt: number[], issuerAt: number | undefined): Draft {
  const title = stripTitleQuotes(titleAt.map((i) => lines[i].text).join(''));
  let next = titleAt.length > 0 ? titleAt[titleAt.length - 1] + 1 : 0;
  let recipient: string | undefined;
  if (lines[next] && isRecipientLine(lines[next])) {
    recipient = lines[next].text;
    next++;
  }
  const body = lines.slice(next);
  const found = findSignature(body);
  const blocks = buildBlocks(body.filter((_, i) => !found?.used.has(i)));
  const fromTitle = metaFromTitle(title);
  const issuer = issuerAt === undefined ? undefined : lines[issuerAt].text;
  const meta: DraftMeta = {
    title,
    ...fromTitle,
    // `街道2023年…` names the kind of unit, not the unit; its signature names it in full
    unit:
      fromTitle.unit.length > 2
        ? fromTitle.unit
        : issuer || found?.signature.unit || fromTitle.unit,
    date: found?.signature.date ?? '',
  };
  if (issuer) meta.issuer = issuer;
  if (recipient) meta.recipient = recipient;
  if (found?.author) meta.author = found.author;
  return {
    version: DRAFT_FORMAT_VERSION,
    meta,
    blocks,
    signature: found?.signature ?? null,
  };
}
