// Heading numbers by position (shared/numbering.ts order 一、（一）1.（1）), written to a data
// attribute of each heading's DOM and drawn by CSS (::before), so they stay out of the editable
// text and out of the IME's way. Recomputed only when a heading or lead changes, not per keystroke
// in body text.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { headingMarker } from '../../../shared/numbering';
import { mergeRegister } from '@lexical/utils';
import { GwHeadingNode } from '../nodes/heading-node';
import { GwLeadNode } from '../nodes/lead-node';
import { $nodeLevel } from '../sections';
import { $isElementNode } from 'lexical';

export function renumber(editor: LexicalEditor): void {
  editor.getEditorState().read(() => {
    const counters = [0, 0, 0, 0];
    for (const node of $getRoot().getChildren()) {
      const level = $nodeLevel(node);
      if (level === null) continue;
      counters[level - 1] += 1;
      for (let d = level; d < 4; d++) counters[d] = 0;
      const number = headingMarker(level, counters[level - 1]);
      const target =
        node instanceof GwHeadingNode ? node : $isElementNode(node) ? node.getFirstChild() : null;
      const dom = target ? editor.getElementByKey(target.getKey()) : null;
      if (dom && dom.dataset.number !== number) dom.dataset.number = number;
    }
  });
}

export function NumberingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const update = () => renumber(editor);
    update();
    return mergeRegister(
      editor.registerMutationListener(GwHeadingNode, update, { skipInitialization: true }),
      editor.registerMutationListener(GwLeadNode, update, { skipInitialization: true }),
    );
  }, [editor]);
  return null;
}
