// Outline and 字数, recomputed a moment after the text stops changing rather than on every
// keystroke: one pass over a 200,000-character draft costs a few milliseconds, which typing
// should not pay each time.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { $documentStats, type DocumentStats } from './sections';

export interface StatsView extends DocumentStats {
  /** index into entries of the section holding the cursor, or null before the first heading */
  current: number | null;
}

const EMPTY: StatsView = { entries: [], total: 0, sectionOf: new Map(), current: null };

export function useDocumentStats(delay = 250): StatsView {
  const [editor] = useLexicalComposerContext();
  const [view, setView] = useState<StatsView>(EMPTY);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stats: DocumentStats | null = null;
    const compute = (full: boolean) => {
      editor.getEditorState().read(() => {
        if (full || !stats) stats = $documentStats();
        const selection = $getSelection();
        const block = $isRangeSelection(selection)
          ? selection.anchor.getNode().getTopLevelElement()
          : null;
        const current = block ? (stats.sectionOf.get(block.getKey()) ?? null) : null;
        setView({ ...stats, current });
      });
    };
    let changed = false;
    compute(true);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      changed ||= dirtyElements.size > 0 || dirtyLeaves.size > 0;
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          compute(changed);
          changed = false;
        },
        changed ? delay : 50,
      );
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, delay]);
  return view;
}
