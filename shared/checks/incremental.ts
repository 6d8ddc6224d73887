// Re-checking as the user types: per-block results are cached by the block's content, so an edit
// re-runs the text rules on the edited block only; document-wide rules (numbering, repeated
// sentences, number styles) are recomputed from the cached per-block summaries, which is cheap.

import type { Block, Draft } from '../model';
import { assemble, blockKey, checkBlock, type BlockResult, type CheckOptions } from './check-draft';
import type { Finding } from './types';

export interface IncrementalChecker {
  /** findings for the draft, re-checking only blocks whose content changed since the last call */
  update(draft: Draft): Finding[];
  /** how many blocks the last update had to check afresh (for tests and the bench) */
  readonly lastChecked: number;
  reset(): void;
}

export function createIncrementalChecker(options?: CheckOptions): IncrementalChecker {
  let byKey = new Map<string, BlockResult>();
  // editors that update immutably hand back the same object for untouched blocks
  let byObject = new WeakMap<Block, { year: number | null; result: BlockResult }>();
  let lastChecked = 0;
  return {
    update(draft) {
      const year = draft.meta.year;
      lastChecked = 0;
      const results = draft.blocks.map((block) => {
        const known = byObject.get(block);
        if (known && known.year === year) return known.result;
        const key = blockKey(block, year);
        let result = byKey.get(key);
        if (!result) {
          result = checkBlock(block, year);
          byKey.set(key, result);
          lastChecked++;
        }
        byObject.set(block, { year, result });
        return result;
      });
      // drop results of text long gone, now and then rather than on every keystroke
      if (byKey.size > 2 * draft.blocks.length + 256) {
        byKey = new Map(draft.blocks.map((b, i) => [blockKey(b, year), results[i]]));
      }
      return assemble(draft, results, options);
    },
    get lastChecked() {
      return lastChecked;
    },
    reset() {
      byKey = new Map();
      byObject = new WeakMap();
    },
  };
}
