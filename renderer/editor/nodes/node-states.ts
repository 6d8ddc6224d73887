// Node state shared by the custom nodes and the paragraph: what the model keeps about a block that
// the text itself does not show. Lexical serialises these with the node.

import { createState } from 'lexical';
import type { HeadingLevel, MarkKind, ParagraphRole, SectionKind } from '../../../shared/model';

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export const levelState = createState('level', {
  parse: (value): HeadingLevel => (value === 2 || value === 3 || value === 4 ? value : 1),
});

/** the model's block id, kept so a block keeps its identity through the editor */
export const blockIdState = createState('blockId', { parse: optionalString });

/** the marker as written in an imported file (`（一）`, `1、`), kept for the checks */
export const markerState = createState('marker', { parse: optionalString });

export const kindsState = createState('kinds', {
  parse: (value): SectionKind[] | undefined =>
    Array.isArray(value)
      ? (value.filter((v) => typeof v === 'string') as SectionKind[])
      : undefined,
});

export const roleState = createState('role', {
  parse: (value): ParagraphRole | undefined =>
    value === 'body' || value === 'attachment' ? value : undefined,
});

/** closing punctuation of a run-in heading when it is not `。` */
export const punctState = createState('punct', { parse: optionalString });

export const markKindState = createState('markKind', {
  parse: (value): MarkKind => (value === 'year' || value === 'date' ? value : 'figure'),
});

export const markWasState = createState('markWas', {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/**
 * the mark's text when it was made: text that differs has been edited, which ends the mark
 * (plugins/mark-plugin.tsx); undefined in states saved before it existed
 */
export const markTextState = createState('markText', { parse: optionalString });

export const markUnsureState = createState('markUnsure', {
  parse: (value) => value === true,
});

/** a template's writing guide, shown while the paragraph is empty (ParagraphBlock.guide) */
export const guideState = createState('guide', { parse: optionalString });
