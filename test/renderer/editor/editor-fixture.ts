// A headless Lexical editor with the app's nodes, for tests of conversions and editor functions.

import { createEditor, type LexicalEditor } from 'lexical';
import type { Block } from '../../../shared/model';
import { $getBlocks, $setBlocks } from '../../../renderer/editor/convert';
import { EDITOR_NODES } from '../../../renderer/editor/nodes';

export function headlessEditor(blocks: readonly Block[] = []): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $setBlocks(blocks), { discrete: true });
  return editor;
}

export function readBlocks(editor: LexicalEditor): Block[] {
  return editor.getEditorState().read($getBlocks);
}
