// The title on the page with its marks painted as in the text (the title lives outside Lexical, so
// it is not a mark node; the mark bar confirms or reverts these).

import type { Mark } from '../../../shared/model';
import { usableMarks } from '../convert';
import { ROLL_STRINGS } from '../../rollover-strings';

export function MarkedTitle({ text, marks }: { text: string; marks: readonly Mark[] | undefined }) {
  const parts = [];
  let at = 0;
  for (const mark of usableMarks(text, marks)) {
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <span
        key={mark.start}
        className={`gw-mark gw-mark-${mark.kind}${mark.unsure ? ' gw-mark-unsure' : ''}`}
        title={`${ROLL_STRINGS.marks.kinds[mark.kind]}，${ROLL_STRINGS.marks.was(mark.was)}`}
      >
        {text.slice(mark.start, mark.end)}
      </span>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
