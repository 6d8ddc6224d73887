// A template's writing guide (ParagraphBlock.guide) shown in its paragraph while that is empty, as
// a CSS placeholder: never text, so it is never typed over by an IME, exported or counted.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getState, ParagraphNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { guideState } from '../nodes/node-states';

function paint(editor: LexicalEditor, keys: Iterable<string>): void {
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      const dom = editor.getElementByKey(key);
      if (!(node instanceof ParagraphNode) || !dom) continue;
      const guide = $getState(node, guideState);
      const show = !!guide && node.getChildrenSize() === 0;
      dom.classList.toggle('gw-guide', show);
      if (show) dom.dataset.guide = guide;
      else if (dom.dataset.guide !== undefined) delete dom.dataset.guide;
    }
  });
}

export function GuidePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      // only the paragraphs that changed are looked at, so typing stays cheap
      editor.registerMutationListener(ParagraphNode, (mutations) => {
        const keys = [...mutations].filter(([, m]) => m !== 'destroyed').map(([key]) => key);
        paint(editor, keys);
      }),
    [editor],
  );
  return null;
}
