// Marks in the editor (issue 5): a mark ends as soon as the user edits its text (typing or deleting
// inside it, splitting it, an IME committing into it), or confirms it (仍然有效, Ctrl+Enter), or
// reverts it to last year's text. F8 / Shift+F8 select the next / previous mark.
//
// While an IME composes, the marked text already holds the pinyin; replacing the node then would
// tear the composition apart in Chromium, so edited marks are ended once the composition ends.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { isComposingEvent } from '../commands';
import { $isGwMarkNode, GwMarkNode } from '../nodes/mark-node';
import {
  $allMarkNodes,
  $markAtSelection,
  $unmark,
  CONFIRM_MARK_COMMAND,
  JUMP_TO_MARK_COMMAND,
  MARK_SHORTCUTS,
  REVERT_MARK_COMMAND,
} from './mark-commands';

/** The mark the selection covers exactly (as a jump leaves it), if any. */
function $wholeMark(): GwMarkNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  if (!$isGwMarkNode(node) || !node.is(selection.focus.getNode())) return null;
  const [from, to] = [selection.anchor.offset, selection.focus.offset].sort((a, b) => a - b);
  return from === 0 && to === node.getTextContentSize() ? node : null;
}

/**
 * Select the next or previous mark: a mark the caret is in counts as ahead of it (F8 selects
 * it), the one already selected does not; past the last, wrap round.
 */
function $jump(direction: 1 | -1): string | null {
  const marks = $allMarkNodes();
  if (!marks.length) return null;
  const selection = $getSelection();
  const whole = $wholeMark();
  let target: GwMarkNode | undefined;
  if ($isRangeSelection(selection)) {
    const point = direction === 1 ? selection.focus : selection.anchor;
    const at = point.getNode();
    if (direction === 1) {
      target = marks.find(
        (m) => !m.is(whole) && (m.is(at) ? point.offset < m.getTextContentSize() : at.isBefore(m)),
      );
    } else {
      target = marks
        .filter((m) => !m.is(whole) && (m.is(at) ? point.offset > 0 : m.isBefore(at)))
        .pop();
    }
  }
  target ??= direction === 1 ? marks[0] : marks[marks.length - 1];
  target.select(0, target.getTextContentSize());
  return target.getKey();
}

/** Everything the plugin registers, as one unregister function (usable without React). */
export function registerMarkHandlers(editor: LexicalEditor): () => void {
  const endEdited = () =>
    editor.update(() => {
      for (const node of $allMarkNodes()) if (node.isEdited()) $unmark(node);
    });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onCompositionEnd = () => {
    clearTimeout(timer);
    timer = setTimeout(endEdited, 0);
  };
  const match = (
    event: KeyboardEvent,
    keys: (typeof MARK_SHORTCUTS)[keyof typeof MARK_SHORTCUTS],
  ) =>
    event.key === keys.key &&
    event.shiftKey === keys.shift &&
    (event.ctrlKey || event.metaKey) === keys.ctrl &&
    !event.altKey;
  return mergeRegister(
    editor.registerNodeTransform(GwMarkNode, (node) => {
      if (!editor.isComposing() && node.isEdited()) $unmark(node);
    }),
    editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('compositionend', onCompositionEnd);
      root?.addEventListener('compositionend', onCompositionEnd);
    }),
    () => clearTimeout(timer),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (isComposingEvent(event) || editor.isComposing()) return false;
        if (match(event, MARK_SHORTCUTS.next) || match(event, MARK_SHORTCUTS.previous)) {
          event.preventDefault();
          return editor.dispatchCommand(JUMP_TO_MARK_COMMAND, event.shiftKey ? -1 : 1);
        }
        if (match(event, MARK_SHORTCUTS.confirm)) {
          event.preventDefault();
          editor.dispatchCommand(CONFIRM_MARK_COMMAND, undefined);
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      JUMP_TO_MARK_COMMAND,
      (direction) => {
        const key = $jump(direction);
        if (key) {
          // after the update is on screen
          setTimeout(() => {
            editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
          }, 0);
        }
        return key !== null;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      CONFIRM_MARK_COMMAND,
      () => {
        const mark = $markAtSelection();
        if (mark) $unmark(mark);
        return mark !== null;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      REVERT_MARK_COMMAND,
      () => {
        const mark = $markAtSelection();
        if (mark) $unmark(mark, mark.getWas() || mark.getTextContent());
        return mark !== null;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}

export function MarkPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerMarkHandlers(editor), [editor]);
  return null;
}
