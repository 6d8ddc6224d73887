// The phrase palette: Alt+/ (PALETTE_SHORTCUT) or the 插入常用语 toolbar button opens a search box
// right under the cursor; ↑↓ pick, Enter inserts at the cursor, Escape closes and gives the
// editor its focus (and cursor) back. Alt+/ because Ctrl+Space and Ctrl+Shift switch IMEs on
// Windows, and Ctrl+P / Ctrl+Shift+P are the browser's print and private window.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Snippet } from '../../../shared/api';
import { SNIPPET_STRINGS as S } from '../../snippet-strings';
import { snippetText, usePreferredCategories, useSnippets } from '../../panels/snippets-data';
import { SnippetPicker } from '../../panels/snippets-picker';
import '../../panels/snippets.css';
import { INSERT_SNIPPET_COMMAND, OPEN_SNIPPET_PALETTE_COMMAND } from '../commands';
import { useDraftMeta } from '../draft-meta-context';

const WIDTH = 420;
const HEIGHT = 320;

/** Where the caret is on screen; an empty paragraph has no text rect, so its element's is used. */
function caretPoint(root: HTMLElement | null): { left: number; top: number } {
  const selection = window.getSelection();
  if (root && selection?.rangeCount && root.contains(selection.anchorNode)) {
    const range = selection.getRangeAt(0);
    let rect = range.getBoundingClientRect();
    if (!rect.height) {
      const node = range.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      if (el) rect = el.getBoundingClientRect();
    }
    if (rect.height) return { left: rect.left, top: rect.bottom + 4 };
  }
  const box = root?.getBoundingClientRect();
  return { left: box?.left ?? 40, top: (box?.top ?? 40) + 40 };
}

/**
 * Back to the text with the cursor where Lexical has it. editor.focus() focuses by setting the DOM
 * selection, which does not move focus where no selection is drawn (jsdom, a hidden window).
 */
export function focusEditor(editor: LexicalEditor): void {
  editor.focus();
  const root = editor.getRootElement();
  if (root && document.activeElement !== root) root.focus({ preventScroll: true });
}

function clamp(point: { left: number; top: number }) {
  const left = Math.max(8, Math.min(point.left, window.innerWidth - WIDTH - 8));
  // below the line if there is room, else above it
  const top =
    point.top + HEIGHT > window.innerHeight ? Math.max(8, point.top - HEIGHT - 32) : point.top;
  return { left, top };
}

export function SnippetPalettePlugin() {
  const [editor] = useLexicalComposerContext();
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_SNIPPET_PALETTE_COMMAND,
        () => {
          setAt(clamp(caretPoint(editor.getRootElement())));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const close = useCallback(() => {
    setAt(null);
    focusEditor(editor);
  }, [editor]);

  if (!at) return null;
  return createPortal(
    <PaletteBox at={at} onClose={close} onDismiss={() => setAt(null)} />,
    document.body,
  );
}

function PaletteBox(props: {
  at: { left: number; top: number };
  onClose: () => void;
  onDismiss: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const meta = useDraftMeta();
  const { snippets, loading } = useSnippets();
  const preferred = usePreferredCategories(meta.template);
  const { onClose, onDismiss } = props;

  const insert = useCallback(
    (snippet: Snippet) => {
      editor.dispatchCommand(INSERT_SNIPPET_COMMAND, snippetText(snippet, meta));
      onClose();
    },
    [editor, meta, onClose],
  );

  return (
    <div
      role="dialog"
      aria-label={S.palette}
      className="gw-snippet-palette"
      style={{
        position: 'fixed',
        left: props.at.left,
        top: props.at.top,
        width: WIDTH,
        maxHeight: HEIGHT,
      }}
      // a click elsewhere closes the palette and leaves focus where the user clicked
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onDismiss();
      }}
    >
      {loading && <p className="gw-snippet-hint">{S.loading}</p>}
      <SnippetPicker
        snippets={snippets}
        meta={meta}
        preferred={preferred}
        onInsert={insert}
        onEscape={onClose}
        autoFocus
        limit={50}
      />
      <p className="gw-snippet-hint">{S.paletteHint}</p>
    </div>
  );
}
