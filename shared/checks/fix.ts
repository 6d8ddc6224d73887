// Applying a finding's fix and ignoring a finding, as pure updates that return a new draft. A fix
// whose text has changed since the check (a stale finding) leaves the draft as it was.

import type { Block, Draft, Mark } from '../model';
import { flaggedText, sourceText } from './check-draft';
import type { Finding } from './types';

function shiftMarks(marks: Mark[] | undefined, f: Finding, fix: string): Mark[] | undefined {
  if (!marks) return marks;
  const delta = fix.length - (f.end - f.start);
  return marks.map((m) => {
    if (m.end <= f.start) return m;
    if (m.start >= f.end) return { ...m, start: m.start + delta, end: m.end + delta };
    const start = Math.min(m.start, f.start);
    const end = m.end >= f.end ? m.end + delta : f.start + fix.length;
    return { ...m, start, end: Math.max(start, end) };
  });
}

function replaceIn(text: string, f: Finding, fix: string): string {
  return text.slice(0, f.start) + fix + text.slice(f.end);
}

/** The draft with the finding's fix applied; the same draft when there is no fix or it is stale. */
export function applyFix(draft: Draft, finding: Finding): Draft {
  const fix = finding.fix;
  if (fix === undefined) return draft;
  if (finding.text !== undefined && flaggedText(draft, finding) !== finding.text) return draft;
  if (finding.where === 'title') {
    const meta = { ...draft.meta, title: replaceIn(draft.meta.title, finding, fix) };
    return { ...draft, meta };
  }
  if (finding.where === 'signature') {
    if (!draft.signature) return draft;
    const unit = replaceIn(draft.signature.unit, finding, fix);
    return { ...draft, signature: { ...draft.signature, unit } };
  }
  const block = draft.blocks[finding.block];
  if (!block || block.type === 'table') return draft;
  if (finding.rule === 'repeat.paragraph') {
    return { ...draft, blocks: draft.blocks.filter((_, i) => i !== finding.block) };
  }
  if (finding.end > sourceText(draft, finding).length) return draft;
  let next: Block;
  if (finding.field === 'marker') {
    next =
      block.type === 'heading'
        ? { ...block, marker: fix }
        : block.lead
          ? { ...block, lead: { ...block.lead, marker: fix } }
          : block;
  } else if (finding.where === 'lead') {
    if (block.type !== 'paragraph' || !block.lead) return draft;
    const lead = block.lead;
    next = {
      ...block,
      lead: {
        ...lead,
        text: replaceIn(lead.text, finding, fix),
        marks: shiftMarks(lead.marks, finding, fix),
      },
    };
  } else {
    next = {
      ...block,
      text: replaceIn(block.text, finding, fix),
      marks: shiftMarks(block.marks, finding, fix),
    };
    if (!block.marks) delete (next as { marks?: Mark[] }).marks;
  }
  const blocks = draft.blocks.slice();
  blocks[finding.block] = next;
  return { ...draft, blocks };
}

/**
 * Every fix of one rule (the panel's “全部修正”), applied from the end of each text backwards so
 * earlier offsets stay valid; findings whose ranges overlap an applied one are skipped.
 */
export function applyAllFixes(draft: Draft, findings: readonly Finding[]): Draft {
  const fixable = findings
    .filter((f) => f.fix !== undefined)
    .slice()
    .sort((a, b) => b.block - a.block || b.start - a.start);
  let next = draft;
  let last: Finding | null = null;
  for (const f of fixable) {
    const overlaps = last && last.block === f.block && last.where === f.where && f.end > last.start;
    if (overlaps) continue;
    next = applyFix(next, f);
    last = f;
  }
  return next;
}

/** The draft with the finding ignored (saved with the draft; matched by rule and flagged text). */
export function ignoreFinding(draft: Draft, finding: Finding): Draft {
  const text = finding.text ?? flaggedText(draft, finding);
  const ignored = draft.ignored ?? [];
  if (ignored.some((i) => i.rule === finding.rule && i.text === text)) return draft;
  return { ...draft, ignored: [...ignored, { rule: finding.rule, text }] };
}

export function unignoreFinding(draft: Draft, rule: string, text: string): Draft {
  const ignored = (draft.ignored ?? []).filter((i) => !(i.rule === rule && i.text === text));
  return { ...draft, ignored };
}
