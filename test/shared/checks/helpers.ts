// Small drafts for rule tests: one paragraph, or headings and paragraphs as listed.
import { checkDraft, type Finding } from '../../../shared/checks';
import { emptyDraft, type Block, type Draft, type HeadingLevel } from '../../../shared/model';

export function para(
  text: string,
  lead?: { level: HeadingLevel; text: string; marker?: string },
): Block {
  return lead ? { type: 'paragraph', text, lead } : { type: 'paragraph', text };
}

export function heading(level: HeadingLevel, text: string, marker?: string): Block {
  return marker ? { type: 'heading', level, text, marker } : { type: 'heading', level, text };
}

export function draftOf(blocks: Block[], year: number | null = 2023): Draft {
  return { ...emptyDraft({ year }), blocks };
}

/** Findings of one rule (or rule prefix ending in `.`) for a single paragraph of text. */
export function findingsIn(text: string, rule: string, year: number | null = 2023): Finding[] {
  return checkDraft(draftOf([para(text)], year)).filter((f) =>
    rule.endsWith('.') ? f.rule.startsWith(rule) : f.rule === rule,
  );
}

/** The flagged texts and fixes of one rule, for compact assertions. */
export function flagged(text: string, rule: string, year?: number | null): [string, string?][] {
  return findingsIn(text, rule, year).map((f) =>
    f.fix === undefined ? [text.slice(f.start, f.end)] : [text.slice(f.start, f.end), f.fix],
  );
}
