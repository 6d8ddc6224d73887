// GB/T 9704-2012 §7.3.5.2, unsealed documents: the unit name with two characters of space on its
// right; the date on the next line, its first character two characters right of the unit name's
// first character; a date longer than the unit name takes the two characters of right space itself
// and the unit name moves left by as much. Both lines are right-aligned paragraphs, so the rule
// becomes a right indent for each, in characters.

import { textWidth } from './text-width';

export interface SignatureIndents {
  /** right indent of the unit line, in characters */
  unitRight: number;
  /** right indent of the date line, in characters */
  dateRight: number;
}

const RIGHT_SPACE = 2;
const DATE_SHIFT = 2;

export function signatureIndents(unit: string, date: string): SignatureIndents {
  const u = textWidth(unit.trim());
  const d = textWidth(date.trim());
  if (!u) return { unitRight: RIGHT_SPACE, dateRight: RIGHT_SPACE };
  if (!d) return { unitRight: RIGHT_SPACE, dateRight: RIGHT_SPACE };
  if (d > u) {
    // date starts DATE_SHIFT right of the unit: unit start = date start − DATE_SHIFT
    return { unitRight: RIGHT_SPACE + d + DATE_SHIFT - u, dateRight: RIGHT_SPACE };
  }
  // date start = unit start + DATE_SHIFT; its right edge lands u − DATE_SHIFT − d left of the unit's
  return { unitRight: RIGHT_SPACE, dateRight: RIGHT_SPACE + u - DATE_SHIFT - d };
}
