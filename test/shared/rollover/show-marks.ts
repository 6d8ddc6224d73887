// Marks drawn into the text so a test reads like the report: [figure] {year} {unsure year?} <date>.
import type { Mark } from '../../../shared/model';

const OPEN = { figure: '[', year: '{', date: '<' } as const;
const CLOSE = { figure: ']', year: '}', date: '>' } as const;

export function showMarks(text: string, marks: readonly Mark[] = []): string {
  let out = '';
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, mark.start) + OPEN[mark.kind] + text.slice(mark.start, mark.end);
    out += (mark.unsure ? '?' : '') + CLOSE[mark.kind];
    at = mark.end;
  }
  return out + text.slice(at);
}
