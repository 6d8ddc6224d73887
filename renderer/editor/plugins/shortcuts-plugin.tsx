// Keyboard shortcuts of the editor: Ctrl+1..4 heading levels, Ctrl+0 body text, Ctrl+Shift+1..4
// run-in heading, Alt+/ phrase palette. None acts while an IME is composing: the keys belong to
// the IME then, and acting would commit or lose the composition.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import type { HeadingLevel } from '../../../shared/model';
import {
  isComposingEvent,
  OPEN_SNIPPET_PALETTE_COMMAND,
  PALETTE_SHORTCUT,
  SET_BLOCK_LEVEL_COMMAND,
  SET_LEAD_COMMAND,
} from '../commands';

const DIGIT = /^(?:Digit|Numpad)([0-4])$/;

export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (isComposingEvent(event) || editor.isComposing()) return false;
          const ctrl = event.ctrlKey || event.metaKey;
          const digit = DIGIT.exec(event.code);
          if (ctrl && !event.altKey && digit) {
            const level = Number(digit[1]) as HeadingLevel | 0;
            event.preventDefault();
            if (event.shiftKey) {
              if (level > 0) editor.dispatchCommand(SET_LEAD_COMMAND, level as HeadingLevel);
            } else editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, level);
            return true;
          }
          if (
            event.altKey === PALETTE_SHORTCUT.alt &&
            ctrl === PALETTE_SHORTCUT.ctrl &&
            event.key === PALETTE_SHORTCUT.key
          ) {
            event.preventDefault();
            editor.dispatchCommand(OPEN_SNIPPET_PALETTE_COMMAND, undefined);
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
