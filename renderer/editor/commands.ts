// Editor commands as exported constants (Lexical playground style). Panels and plugins outside the
// editor core dispatch these rather than touching the editor state themselves.

import { createCommand, type LexicalCommand } from 'lexical';
import type { HeadingLevel } from '../../shared/model';

/**
 * Insert text where the cursor was last in the text, even when focus has since moved to a panel
 * or a palette. A `\n` starts a new paragraph. Handled by plugins/insert-text-plugin.tsx.
 */
export const INSERT_SNIPPET_COMMAND: LexicalCommand<string> = createCommand('INSERT_SNIPPET');

/** Open the phrase palette at the cursor (shortcut `PALETTE_SHORTCUT`, toolbar 插入常用语). */
export const OPEN_SNIPPET_PALETTE_COMMAND: LexicalCommand<void> =
  createCommand('OPEN_SNIPPET_PALETTE');

/** Set the level of the block at the cursor: 1–4 makes it a heading, 0 makes it body text. */
export const SET_BLOCK_LEVEL_COMMAND: LexicalCommand<HeadingLevel | 0> =
  createCommand('SET_BLOCK_LEVEL');

/** Turn the start of the paragraph at the cursor into a run-in heading (段首标题) of a level. */
export const SET_LEAD_COMMAND: LexicalCommand<HeadingLevel> = createCommand('SET_LEAD');

/** Move the section headed by the node with this key one place up (-1) or down (+1). */
export const MOVE_SECTION_COMMAND: LexicalCommand<{ key: string; direction: -1 | 1 }> =
  createCommand('MOVE_SECTION');

/** Put the cursor at the start of the block with this key and scroll it into view. */
export const JUMP_TO_BLOCK_COMMAND: LexicalCommand<string> = createCommand('JUMP_TO_BLOCK');

/** Keyboard shortcuts, as shown in the help tooltip. */
export const PALETTE_SHORTCUT = { key: '/', alt: true, ctrl: false, label: 'Alt+/' } as const;

/**
 * True while an IME is composing: no shortcut may act then, or the composition loses characters
 * (keyCode 229 is what Chromium reports for keys the IME consumes).
 */
export function isComposingEvent(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
