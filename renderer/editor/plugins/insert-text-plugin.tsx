// INSERT_SNIPPET_COMMAND: insert text where the cursor was last in the text. A click on a panel
// moves focus out of the editor and Lexical drops its selection, so the last range is kept here.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import { INSERT_SNIPPET_COMMAND } from '../commands';

export function InsertTextPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last: RangeSelection | null = null;
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) last = selection.clone();
        });
      }),
      editor.registerCommand(
        INSERT_SNIPPET_COMMAND,
        (text) => {
          let selection = $getSelection();
          if (!$isRangeSelection(selection)) {
            const anchor = last?.anchor.getNode();
            const focus = last?.focus.getNode();
            if (last && anchor?.isAttached() && focus?.isAttached()) {
              selection = last.clone();
              $setSelection(selection);
            } else {
              selection = $getRoot().selectEnd();
            }
          }
          if (!$isRangeSelection(selection)) return false;
          text.split('\n').forEach((line, i) => {
            const current = $getSelection();
            if (!$isRangeSelection(current)) return;
            if (i > 0) current.insertParagraph();
            const after = $getSelection();
            if (line && $isRangeSelection(after)) after.insertText(line);
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);
  return null;
}
