// The signature at the foot of a report: 发文机关署名 over 成文日期 (GB/T 9704 §7.3.5), however
// it was pushed right, or a name for a 述职报告.

import type { Signature } from '../model';
import { attachmentLines, numberOf } from './blocks';
import { isDateLine, splitUnitAndDate } from './dates';
import type { Line } from './lines';
import { hasSentencePunctuation } from './sentence';
import { UNIT_END } from './title';

const MAX_UNIT = 30;

/** A line that can be a signature unit or a person's name: short, no sentence, no number. */
function isUnitLine(line: Line): boolean {
  const text = line.text;
  if (text.length > MAX_UNIT || /^特此/.test(text)) return false;
  if (numberOf(line) || isDateLine(text)) return false;
  const person = /^(述职人|报告人|汇报人)[：:]/.test(text);
  if (hasSentencePunctuation(person ? text.replace(/^.{3}[：:]/, '') : text)) return false;
  // a last sentence that lost its full stop (`继续做好各项工作`) is not a signature: a unit ends
  // like one, a person's name is short, and either may simply be set to the right
  return person || looksLikeUnit(text) || text.length <= 4 || isPushedRight(line);
}

function looksLikeUnit(text: string): boolean {
  return UNIT_END.test(text.replace(/[（(][^）)]*[）)]$/, ''));
}

export interface FoundSignature {
  signature: Signature;
  /**述职人 named on the unit line */
  author?: string;
  /** the lines it took, to leave out of the body */
  used: Set<number>;
}

/**
 * The signature at the end of the lines, looking past an attachment list that follows it; null
 * when the report ends without one.
 */
export function findSignature(lines: readonly Line[]): FoundSignature | null {
  const attachments = attachmentLines(lines);
  let end = lines.length;
  while (end > 0 && (attachments.has(end - 1) || isAfterSignature(lines[end - 1].text))) end--;
  if (end === 0) return null;
  const last = lines[end - 1];
  const used = new Set<number>([end - 1]);
  let unit = '';
  let date = '';
  if (isDateLine(last.text)) {
    date = last.text.replace(/\s+/g, '');
    const before = lines[end - 2];
    if (before && isUnitLine(before) && !attachments.has(end - 2)) {
      unit = before.text;
      used.add(end - 2);
    }
  } else {
    const both = splitUnitAndDate(last.text);
    if (
      both &&
      both.unit.length <= MAX_UNIT &&
      !hasSentencePunctuation(both.unit) &&
      (looksLikeUnit(both.unit) || isPushedRight(last))
    ) {
      unit = both.unit;
      date = both.date.replace(/\s+/g, '');
    } else if (isPushedRight(last) && isUnitLine(last)) {
      unit = last.text;
    } else {
      return null;
    }
  }
  const person = /^(?:述职人|报告人|汇报人)[：:]\s*(.+)$/.exec(unit);
  if (person) {
    return { signature: { unit: person[1], date }, author: person[1], used };
  }
  return { signature: { unit, date }, used };
}

// GB/T 9704 §7.3.6–7.4: 附注 `（此件公开发布）` and the 版记 (抄送, 印发) follow the signature
const AFTER_SIGNATURE = /^[（(]此件[^）)]*[）)]$|^[（(]?联系人|^抄\s*送[：:]|印发$/;

function isAfterSignature(text: string): boolean {
  return AFTER_SIGNATURE.test(text);
}

function isPushedRight(line: Line): boolean {
  return line.raw.alignment === 'right' || line.raw.pushedRight === true;
}
