// MOVE_SECTION_COMMAND and JUMP_TO_BLOCK_COMMAND, from the outline.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $isElementNode, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { JUMP_TO_BLOCK_COMMAND, MOVE_SECTION_COMMAND } from '../commands';
import { $moveSection } from '../sections';
import { renumber } from './numbering-plugin';

export function SectionsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          MOVE_SECTION_COMMAND,
          ({ key, direction }) => $moveSection(key, direction),
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          JUMP_TO_BLOCK_COMMAND,
          (key) => {
            const node = $getNodeByKey(key);
            if (!node) return false;
            if ($isElementNode(node)) node.selectEnd();
            else node.selectNext();
            const dom = editor.getElementByKey(key);
            dom?.scrollIntoView({ block: 'center' });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        // Blocks moved, added or removed at the top level (root itself changed, not only a
        // descendant's text): numbers may have moved with them.
        editor.registerUpdateListener(({ dirtyElements }) => {
          if (dirtyElements.get('root') === true) renumber(editor);
        }),
      ),
    [editor],
  );
  return null;
}
