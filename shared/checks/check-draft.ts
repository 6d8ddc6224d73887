// checkDraft: every rule over a draft, as findings the 检查 panel and the CLI show. The work is
// split as the incremental checker needs it: per block (cached by the block's content) and
// document-wide (computed from small per-block summaries).

import type { Block, Draft } from '../model';
import { duplicateFindings, headingPunctByStyle, numberStyleFindings } from './document-rules';
import { numberingFindings } from './numbering-rules';
import { monthUses, percentUses, yearUses, type NumberUse } from './numbers';
import { longSentences, type SentenceKey } from './repetition';
import { checkText, markFindings } from './text-rules';
import type { Finding, FindingWhere, LocalFinding } from './types';
import { SEVERITY_ORDER } from './types';

export interface CheckOptions {
  /** rule ids (or prefixes such as `punct.`) to leave out */
  disable?: string[];
  /** keep findings the user chose to ignore (draft.ignored); default false */
  includeIgnored?: boolean;
}

/** What one block contributes: its own findings and what document-wide rules need from it. */
export interface BlockResult {
  findings: (LocalFinding & { where: FindingWhere; text: string })[];
  sentences: SentenceKey[];
  /** years, months and percentages as written, for the one-style-per-document rule */
  numbers: NumberUse[];
}

function located(
  findings: LocalFinding[],
  where: FindingWhere,
  source: string,
): BlockResult['findings'] {
  return findings.map((f) => ({ ...f, where, text: source.slice(f.start, f.end) }));
}

function numberUses(text: string): NumberUse[] {
  return [...yearUses(text), ...monthUses(text), ...percentUses(text)];
}

export function checkBlock(block: Block, year: number | null): BlockResult {
  const result: BlockResult = { findings: [], sentences: [], numbers: [] };
  if (block.type === 'heading') {
    const ctx = { where: 'heading' as const, year };
    result.findings.push(...located(checkText(block.text, ctx), 'heading', block.text));
    result.findings.push(...located(markFindings(block.marks), 'heading', block.text));
    result.numbers = numberUses(block.text);
  } else if (block.type === 'paragraph') {
    if (block.lead) {
      const lead = block.lead.text;
      result.findings.push(...located(checkText(lead, { where: 'lead', year }), 'lead', lead));
      result.findings.push(...located(markFindings(block.lead.marks), 'lead', lead));
    }
    const ctx = { where: 'text' as const, year };
    result.findings.push(...located(checkText(block.text, ctx), 'text', block.text));
    result.findings.push(...located(markFindings(block.marks), 'text', block.text));
    result.sentences = longSentences(block.text);
    result.numbers = numberUses(block.text);
  }
  return result;
}

/** A key that changes whenever anything a per-block rule reads changes. */
export function blockKey(block: Block, year: number | null): string {
  if (block.type === 'table') return 'table';
  const marks = block.marks?.length ? JSON.stringify(block.marks) : '';
  if (block.type === 'heading') return `h${block.level}|${year}|${block.text}|${marks}`;
  const lead = block.lead
    ? `${block.lead.level}|${block.lead.text}|${block.lead.marks?.length ? JSON.stringify(block.lead.marks) : ''}`
    : '';
  return `p|${year}|${lead}|${block.text}|${marks}`;
}

function documentFindings(draft: Draft, results: readonly BlockResult[]): Finding[] {
  const out: Finding[] = [];
  const year = draft.meta.year;
  if (draft.meta.title) {
    for (const f of checkText(draft.meta.title, { where: 'title', year })) {
      out.push({ ...f, block: -1, where: 'title' });
    }
  }
  for (const f of markFindings(draft.meta.titleMarks)) {
    out.push({ ...f, block: -1, where: 'title' });
  }
  if (draft.signature?.unit) {
    const unit = draft.signature.unit;
    for (const f of checkText(unit, { where: 'signature', year })) {
      out.push({ ...f, block: -1, where: 'signature' });
    }
  }
  out.push(...numberingFindings(draft.blocks));
  out.push(...duplicateFindings(draft.blocks, results));
  out.push(...numberStyleFindings(draft.blocks, results));
  return out;
}

/** The text a finding points at, for showing and for matching ignored findings. */
export function flaggedText(draft: Draft, f: Finding): string {
  if (f.field === 'marker') {
    const block = draft.blocks[f.block];
    if (block?.type === 'heading') return block.marker ?? '';
    if (block?.type === 'paragraph') return block.lead?.marker ?? '';
    return '';
  }
  return sourceText(draft, f).slice(f.start, f.end);
}

export function sourceText(draft: Draft, f: Pick<Finding, 'block' | 'where'>): string {
  if (f.where === 'title') return draft.meta.title;
  if (f.where === 'signature') return draft.signature?.unit ?? '';
  const block = draft.blocks[f.block];
  if (!block || block.type === 'table') return '';
  if (f.where === 'lead') return block.type === 'paragraph' ? (block.lead?.text ?? '') : '';
  return block.text;
}

/** Puts per-block results and document-wide findings together, sorted, ignored ones removed. */
export function assemble(
  draft: Draft,
  results: readonly BlockResult[],
  options: CheckOptions = {},
): Finding[] {
  const all: Finding[] = [];
  results.forEach((r, block) => {
    for (const f of r.findings) all.push({ ...f, block });
  });
  for (const f of documentFindings(draft, results)) {
    all.push({ ...f, text: f.text ?? flaggedText(draft, f) });
  }
  const disabled = options.disable ?? [];
  const ignored = options.includeIgnored ? [] : (draft.ignored ?? []);
  const ignoredKeys = new Set(ignored.map((i) => `${i.rule}\u0000${i.text}`));
  return headingPunctByStyle(draft, all)
    .filter((f) => !disabled.some((d) => f.rule === d || (d.endsWith('.') && f.rule.startsWith(d))))
    .filter((f) => !ignoredKeys.has(`${f.rule}\u0000${f.text ?? ''}`))
    .sort(
      (a, b) =>
        readingOrder(a) - readingOrder(b) ||
        (a.where === 'lead' ? 0 : 1) - (b.where === 'lead' ? 0 : 1) ||
        a.start - b.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
}

/** The title comes first and the signature last, whatever their block number says. */
function readingOrder(f: Finding): number {
  return f.where === 'signature' ? Number.MAX_SAFE_INTEGER : f.block;
}

/** Every finding for a draft, in reading order (title and signature first, at block -1). */
export function checkDraft(draft: Draft, options?: CheckOptions): Finding[] {
  const year = draft.meta.year;
  const results = draft.blocks.map((block) => checkBlock(block, year));
  return assemble(draft, results, options);
}
