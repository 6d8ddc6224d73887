// Keeps a run-in heading (段首标题) where the model has it: at the start of its paragraph.
// - Backspace at the start of a lead makes it body text again (as it does for a heading), instead
//   of merging the paragraph into the one above with the lead in the middle.
// - Text that lands before a lead (an IME composing at the lead's first character may insert it
//   as a sibling) joins the lead; a whole sentence before it (two paragraphs joined with Delete)
//   turns the lead into body text, with its closing punctuation written out.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  KEY_BACKSPACE_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { SET_BLOCK_LEVEL_COMMAND } from '../commands';
import { $isGwLeadNode, GwLeadNode } from '../nodes/lead-node';

const SENTENCE_END = /[。！？；：!?;:]\s*$/;

function $unwrap(lead: GwLeadNode): void {
  const punct = lead.getPunct();
  if (punct) lead.append($createTextNode(punct));
  for (const child of lead.getChildren()) lead.insertBefore(child);
  lead.remove();
}

/** The lead back at the start of its paragraph (see above); a no-op where it already is. */
export function $normalizeLead(lead: GwLeadNode): void {
  const before = lead.getPreviousSiblings();
  if (!before.length) return;
  const text = before.map((node) => node.getTextContent()).join('');
  if (SENTENCE_END.test(text) || before.some((node) => !$isTextNode(node))) {
    $unwrap(lead);
    return;
  }
  const first = lead.getFirstChild();
  for (const node of before) {
    if (first) first.insertBefore(node);
    else lead.append(node);
  }
}

export function LeadPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(GwLeadNode, $normalizeLead),
        editor.registerCommand(
          KEY_BACKSPACE_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
            const { anchor } = selection;
            if (anchor.offset !== 0) return false;
            const node = anchor.getNode();
            const lead = $isGwLeadNode(node) ? node : node.getParent();
            if (!$isGwLeadNode(lead) || (!$isElementNode(node) && node.getPreviousSibling())) {
              return false;
            }
            if (lead.getPreviousSibling()) return false;
            event?.preventDefault();
            editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, 0);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
