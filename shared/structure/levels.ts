// Heading levels from the kinds of marker a document uses, read the way a person reads them.
//
// A kind met for the first time nests under the headings open at that point, so a report that
// uses only `一、` and `1、` gets `1、` at level 2 (the exporter then writes `（一）` there, the
// GB/T 9704 §7.3.3 number for level 2). Where a document follows the standard order
// (`一、` → `（一）` → `1.` → `（1）`) each kind keeps its GB/T level, and where one section skips
// `（一）` and the next does not (`二、…1.…` then `三、…（一）…1.…`), each `1.` takes the level of
// its own place. A kind that ranks above an open one (`（一）` after `1.` under `一、`) closes the
// lower one and takes its place.

import type { HeadingLevel } from '../model';

export interface LevelKind {
  /** marker kind (`cn`, `arabic` …), `outline-N` for Word heading styles, `plain` otherwise */
  key: string;
  /** position in the GB/T order; smaller is higher */
  rank: number;
}

export class LevelTracker {
  private readonly open: LevelKind[] = [];

  /** The level of the next heading of this kind, given the headings before it. */
  levelOf(kind: LevelKind): HeadingLevel {
    const at = this.open.findIndex((k) => k.key === kind.key);
    if (at >= 0) {
      this.open.length = at + 1;
      // an unnumbered heading's rank depends on what follows it, so the latest one counts
      this.open[at] = kind;
    } else {
      while (this.open.length > 0 && this.open[this.open.length - 1].rank >= kind.rank) {
        this.open.pop();
      }
      this.open.push(kind);
    }
    return Math.min(this.open.length, 4) as HeadingLevel;
  }
}
