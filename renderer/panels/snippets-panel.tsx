// The 常用语 panel on the right of the editor: search (text or pinyin initials), filter by category,
// click or Enter to insert at the cursor; save the selected text as one's own phrase, edit and
// delete one's own, and share them as a JSON pack.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { Snippet } from '../../shared/api';
import { useApi } from '../api-context';
import { download, filePayload } from '../files';
import { desktopShell } from '../shell';
import { INSERT_SNIPPET_COMMAND } from '../editor/commands';
import { focusEditor } from '../editor/plugins/snippet-palette-plugin';
import { useDraftMeta } from '../editor/draft-meta-context';
import { SNIPPET_STRINGS as S } from '../snippet-strings';
import { snippetText, usePreferredCategories, useSnippets } from './snippets-data';
import { SnippetForm } from './snippets-form';
import { SnippetPicker } from './snippets-picker';
import './snippets.css';

const ALL = '';

type Editing = { id?: string; text: string; category: string } | null;

export function SnippetsPanel() {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const meta = useDraftMeta();
  const { snippets, loading, error, refresh } = useSnippets();
  const preferred = usePreferredCategories(meta.template);
  const [category, setCategory] = useState(ALL);
  const [highlighted, setHighlighted] = useState<Snippet | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const selectedText = useRef('');
  const fileInput = useRef<HTMLInputElement>(null);

  // the selection is gone by the time the save button has focus, so the last one is kept
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) {
            selectedText.current = selection.isCollapsed() ? '' : selection.getTextContent();
          }
        });
      }),
    [editor],
  );

  const categories = useMemo(() => {
    const seen = new Set<string>(preferred.filter((c) => snippets.some((s) => s.category === c)));
    for (const s of snippets) seen.add(s.category);
    return [...seen];
  }, [snippets, preferred]);
  const shown = useMemo(
    () => (category === ALL ? snippets : snippets.filter((s) => s.category === category)),
    [snippets, category],
  );
  const mine = snippets.filter((s) => s.user);

  const insert = useCallback(
    (snippet: Snippet) => {
      editor.dispatchCommand(INSERT_SNIPPET_COMMAND, snippetText(snippet, meta));
      focusEditor(editor);
    },
    [editor, meta],
  );

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(S.failed(e instanceof Error ? e.message : String(e)));
    }
  }

  const save = (value: { category: string; text: string }) =>
    run(async () => {
      await api.saveSnippet({ snippet: { ...value, ...(editing?.id ? { id: editing.id } : {}) } });
      setEditing(null);
      await refresh();
      return S.saved;
    });

  const remove = (snippet: Snippet) => {
    if (!window.confirm(S.confirmRemove(snippet.text))) return;
    void run(async () => {
      await api.deleteSnippet({ id: snippet.id });
      await refresh();
      return S.removed;
    });
  };

  const exportPack = () =>
    run(async () => {
      const file = await api.exportSnippetPack({});
      // Electron blocks page downloads: the desktop shell asks where to write instead.
      const shell = desktopShell();
      if (!shell) {
        download(file.name, file.data, 'application/json');
        return S.exported(file.name);
      }
      const chosen = await shell.saveFile({
        kind: 'snippets',
        defaultName: file.name,
        data: file.data,
      });
      return chosen ? S.exported(chosen.path) : '';
    });

  const importPack = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const result = await api.importSnippetPack({ file: await filePayload(file) });
      await refresh();
      return S.imported(result.added, result.skipped ?? 0);
    });
  };

  return (
    <section className="gw-snippets-panel" aria-label={S.panelTitle}>
      <h2 className="gw-snippets-title" title={S.insertHint}>
        {S.panelTitle}
      </h2>
      <label className="gw-snippet-filter">
        {S.categoryFilter}
        <select
          aria-label={S.categoryFilter}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
        >
          <option value={ALL}>{S.allCategories}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      {loading ? (
        <p>{S.loading}</p>
      ) : (
        <SnippetPicker
          snippets={shown}
          meta={meta}
          preferred={preferred}
          onInsert={insert}
          onEscape={() => focusEditor(editor)}
          onActiveChange={setHighlighted}
        />
      )}
      {error && <p role="alert">{S.failed(error)}</p>}
      <div className="gw-snippet-actions">
        <button
          type="button"
          title={S.insertHint}
          disabled={!highlighted}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => highlighted && insert(highlighted)}
        >
          {S.insert}
        </button>
        <button
          type="button"
          title={S.saveSelectionHint}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() =>
            setEditing({ text: selectedText.current, category: category || S.myCategory })
          }
        >
          {S.saveSelection}
        </button>
        <button type="button" onClick={() => void exportPack()} disabled={!mine.length}>
          {S.exportPack}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {S.importPack}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={importPack}
        />
      </div>
      {editing && (
        <SnippetForm
          key={editing.id ?? 'new'}
          initialText={editing.text}
          initialCategory={editing.category}
          categories={categories}
          onSave={(v) => void save(v)}
          onCancel={() => setEditing(null)}
        />
      )}
      {mine.length > 0 && (
        <details className="gw-snippet-mine">
          <summary>
            {S.mine}（{mine.length}）
          </summary>
          <ul>
            {mine.map((s) => (
              <li key={s.id}>
                <span>{s.text}</span>
                <button
                  type="button"
                  aria-label={S.edit(s.text)}
                  onClick={() => setEditing({ id: s.id, text: s.text, category: s.category })}
                >
                  {S.editLabel}
                </button>
                <button type="button" aria-label={S.remove(s.text)} onClick={() => remove(s)}>
                  {S.removeLabel}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p role="status" className="gw-snippet-status">
        {status}
      </p>
    </section>
  );
}
