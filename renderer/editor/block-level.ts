// Changing what a block is: body text, a heading at a level, or a paragraph opening with a run-in
// heading (段首标题). Done on the model block and written back through convert.ts, so marks and
// ids follow the text.

import type { Block, HeadingLevel, Mark, ParagraphBlock } from '../../shared/model';

function shift(marks: readonly Mark[] | undefined, by: number): Mark[] {
  return (marks ?? []).map((mark) => ({ ...mark, start: mark.start + by, end: mark.end + by }));
}

function clean<T extends object>(block: T): T {
  for (const [key, value] of Object.entries(block)) {
    if (value === undefined || (key === 'marks' && Array.isArray(value) && !value.length)) {
      delete (block as Record<string, unknown>)[key];
    }
  }
  return block;
}

/** The block as body text (0) or as a heading at `level`; a run-in heading changes its level. */
export function withLevel(block: Block, level: HeadingLevel | 0): Block {
  if (block.type === 'table') return block;
  if (block.type === 'heading') {
    if (level === 0) {
      return clean({ type: 'paragraph', text: block.text, marks: block.marks, id: block.id });
    }
    return { ...block, level };
  }
  if (block.lead) {
    if (level !== 0) return { ...block, lead: { ...block.lead, level } };
    const head = block.lead.text + (block.lead.punct ?? '。');
    return clean({
      type: 'paragraph',
      text: head + block.text,
      marks: [...(block.lead.marks ?? []), ...shift(block.marks, head.length)],
      role: block.role,
      id: block.id,
    });
  }
  if (level === 0) return block;
  return clean({ type: 'heading', level, text: block.text, marks: block.marks, id: block.id });
}

const LEAD_ENDS = '。：:';

/**
 * The block opening with a run-in heading at `level`: its text up to `end` (default: up to the
 * first 。 or ：), the closing punctuation taken out of the text. A heading becomes a lead with no body.
 */
export function withLead(block: Block, level: HeadingLevel, end?: number): Block {
  if (block.type === 'table') return block;
  if (block.type === 'heading') {
    return clean({
      type: 'paragraph',
      text: '',
      lead: clean({ level, text: block.text, marks: block.marks }),
      id: block.id,
    });
  }
  if (block.lead) return { ...block, lead: { ...block.lead, level } };
  const text = block.text;
  let cut = end ?? text.search(/[。：:]/);
  if (cut < 0) cut = text.length;
  cut = Math.min(Math.max(cut, 0), text.length);
  // a selection that took the closing punctuation along leaves it out of the lead
  while (cut > 0 && end !== undefined && LEAD_ENDS.includes(text[cut - 1])) cut--;
  if (cut === 0) return block;
  const found = cut < text.length && LEAD_ENDS.includes(text[cut]) ? text[cut] : '';
  // the model keeps a lead's punctuation only when it is not 。 ('' = none)
  const punct = found === '。' ? undefined : found === ':' ? '：' : found;
  const bodyStart = cut + found.length;
  const marks = block.marks ?? [];
  const paragraph: ParagraphBlock = {
    type: 'paragraph',
    text: text.slice(bodyStart),
    lead: clean({
      level,
      text: text.slice(0, cut),
      punct,
      marks: marks.filter((m) => m.end <= cut),
    }),
    marks: shift(
      marks.filter((m) => m.start >= bodyStart),
      -bodyStart,
    ),
    role: block.role,
    id: block.id,
  };
  return clean(paragraph);
}
