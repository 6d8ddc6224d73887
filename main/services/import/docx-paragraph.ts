// One w:p of document.xml once read: its list label (from the paragraph's w:numPr, or its style's)
// and the raw paragraphs it becomes, one per line (w:br splits), with the hints of its style.

import type { RawParagraph } from '../../../shared/raw';
import type { ListCounter } from './docx-numbering';
import { inherited, styleOutlineLevel, type Styles } from './docx-styles';
import { lineToParagraph } from './line-paragraph';

export interface ParagraphFrame {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  alignment?: RawParagraph['alignment'];
  lines: string[];
  allBold: boolean;
  anyText: boolean;
  fontSize?: number;
  inCell: boolean;
  /** indentation from the left in twips (w:ind left + firstLine), or in hundredths of a character */
  indentTwips: number;
  indentChars: number;
}

/** The level of a list whose w:lvl names this paragraph style (w:pStyle), else 0. */
function levelOfStyle(counter: ListCounter, numId: string, styleId: string | undefined): number {
  for (let level = 0; level < 9; level++) {
    if (styleId && counter.levelDef(numId, level)?.pStyle === styleId) return level;
  }
  return 0;
}

/** The label Word's numbering gives this paragraph, counting it in its list. */
export function listLabel(
  p: ParagraphFrame,
  styles: Styles,
  counter: ListCounter,
): { label?: string; level?: number } {
  const styleId = p.styleId ?? styles.defaultParagraphStyle;
  let numId = p.numId;
  let ilvl = p.ilvl;
  if (numId === undefined) {
    numId = inherited(styles, styleId, (s) => s.numId);
    if (numId !== undefined && ilvl === undefined) {
      ilvl = inherited(styles, styleId, (s) => s.numLevel) ?? levelOfStyle(counter, numId, styleId);
    }
  }
  if (numId === undefined || numId === '0') return {};
  const level = ilvl ?? 0;
  const label = counter.next(numId, level);
  return label === undefined ? {} : { label, level };
}

export function paragraphsOf(
  p: ParagraphFrame,
  styles: Styles,
  label: string | undefined,
  numberingLevel: number | undefined,
): RawParagraph[] {
  const styleId = p.styleId ?? styles.defaultParagraphStyle;
  const name = inherited(styles, styleId, (s) => s.name);
  const outlineLevel = p.outlineLevel ?? styleOutlineLevel(styles, styleId);
  const alignment =
    p.alignment ?? inherited(styles, styleId, (s) => s.alignment) ?? styles.defaultAlignment;
  const out: RawParagraph[] = [];
  for (const line of p.lines) {
    const raw = lineToParagraph(line);
    if (!raw) continue;
    if (name) raw.style = name;
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 9) {
      raw.outlineLevel = outlineLevel;
    }
    if (!out.length && label !== undefined) {
      raw.numbering = label;
      raw.numberingLevel = numberingLevel;
    }
    if (alignment) raw.alignment = alignment;
    if (p.anyText && p.allBold) raw.bold = true;
    if (p.fontSize !== undefined) raw.fontSize = p.fontSize;
    // a signature set off by a deep left indent instead of spaces or right alignment: more than
    // about half of the 156 mm GB/T 9704 text width (8845 twips), or ten characters
    if (p.indentTwips >= 4000 || p.indentChars >= 1000) raw.pushedRight = true;
    out.push(raw);
  }
  return out;
}
