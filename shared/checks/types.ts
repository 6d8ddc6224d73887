// What a check reports and what a rule is. Findings point into one text of the draft: a block's
// text, a paragraph's run-in lead, a heading, the title or the signature.

export type Severity = 'error' | 'warning' | 'hint';

/** which text of the block a finding's range points into */
export type FindingWhere = 'text' | 'lead' | 'heading' | 'title' | 'signature';

export interface Finding {
  /** rule id, e.g. `punct.halfwidth` */
  rule: string;
  severity: Severity;
  /** index into draft.blocks; -1 for the title and the signature */
  block: number;
  /** UTF-16 offsets into the text named by `where` */
  start: number;
  end: number;
  message: string;
  /** replacement for [start, end) (or the marker, when `field` is 'marker'); only when certain */
  fix?: string;
  where?: FindingWhere;
  /** the fix replaces the written number marker of a heading or lead rather than text */
  field?: 'marker';
  /** the flagged text (for ignoring and for showing), filled by checkDraft */
  text?: string;
}

/** A finding inside one text, before it is placed in the draft. */
export interface LocalFinding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fix?: string;
}

/** What a text-level rule knows about the text it reads. */
export interface TextContext {
  where: FindingWhere;
  /** the draft's year, for completing shortened years */
  year: number | null;
}

/** A rule that reads one text at a time; its findings depend on nothing else. */
export type TextRule = (text: string, ctx: TextContext) => LocalFinding[];

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };
