// Saving (Ctrl+S; browser mode asks for a name the first time), export to Word, and autosave a few
// seconds after typing stops and when the window loses focus, so a crash loses at most seconds.

import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../shared/model';
import { useApi } from '../api-context';
import { download, DOCX_TYPE } from '../files';
import { desktopShell } from '../shell';
import { STRINGS } from '../strings';
import type { OpenedDraft } from './editor-screen';

export const AUTOSAVE_DELAY = 3000;

function newSession(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `s${Date.now()}${Math.random().toString(16).slice(2)}`
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useDraftFile({
  opened,
  getDraft,
  editor,
}: {
  opened: OpenedDraft;
  getDraft: () => Draft;
  editor: LexicalEditor;
}) {
  const api = useApi();
  const session = useMemo(() => opened.session ?? newSession(), [opened]);
  const [path, setPath] = useState(opened.path);
  const [message, setMessage] = useState('');
  const [changed, setChanged] = useState(false);
  const [askingName, setAskingName] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef(false);
  const pathRef = useRef(path);
  pathRef.current = path;

  const autosave = useCallback(async () => {
    clearTimeout(timer.current);
    if (!pending.current) return;
    pending.current = false;
    try {
      const { savedAt } = await api.autosave({
        session,
        draft: getDraft(),
        ...(pathRef.current ? { path: pathRef.current } : {}),
      });
      setMessage(STRINGS.editor.autosaved(new Date(savedAt).toLocaleTimeString('zh-CN')));
    } catch (error) {
      pending.current = true;
      setMessage(errorText(error));
    }
  }, [api, getDraft, session]);

  const markChanged = useCallback(() => {
    pending.current = true;
    setChanged(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void autosave(), AUTOSAVE_DELAY);
  }, [autosave]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // history-merge: Lexical re-running node transforms over the loaded text, not an edit
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (dirtyElements.size || dirtyLeaves.size) markChanged();
      }),
    [editor, markChanged],
  );

  useEffect(() => {
    const onBlur = () => void autosave();
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('blur', onBlur);
      clearTimeout(timer.current);
    };
  }, [autosave]);

  const writeTo = useCallback(
    async (target: string | undefined) => {
      try {
        const result = await api.saveDraft({
          draft: getDraft(),
          ...(target ? { path: target } : {}),
        });
        setPath(result.path);
        setChanged(false);
        setMessage(STRINGS.editor.saved(result.path));
      } catch (error) {
        setMessage(errorText(error));
      }
    },
    [api, getDraft],
  );

  /** Save under a new name: Electron's save dialog, or our name dialog in browser mode. */
  const saveAs = useCallback(async () => {
    const shell = desktopShell();
    if (!shell) return setAskingName(true);
    const chosen = await shell.saveFile({
      kind: 'draft',
      defaultName: `${getDraft().meta.title || STRINGS.home.untitled}.gwd`,
    });
    if (chosen) await writeTo(chosen.path);
  }, [getDraft, writeTo]);

  const save = useCallback(async () => {
    if (pathRef.current) return writeTo(pathRef.current);
    return saveAs();
  }, [saveAs, writeTo]);

  const nameChosen = useCallback(
    (name: string | null) => {
      setAskingName(false);
      if (name) void writeTo(name.endsWith('.gwd') ? name : `${name}.gwd`);
      editor.focus();
    },
    [editor, writeTo],
  );

  const exportWord = useCallback(async () => {
    try {
      const result = await api.exportDocx({ draft: getDraft() });
      const shell = desktopShell();
      if (shell) {
        const chosen = await shell.saveFile({
          kind: 'docx',
          defaultName: result.fileName,
          data: result.data,
        });
        if (chosen) setMessage(STRINGS.editor.exported(chosen.path));
      } else {
        download(result.fileName, result.data, DOCX_TYPE);
        setMessage(STRINGS.editor.exported(result.fileName));
      }
    } catch (error) {
      setMessage(errorText(error));
    }
  }, [api, getDraft]);

  return {
    session,
    path,
    message,
    changed,
    askingName,
    save,
    saveAs,
    writeTo,
    nameChosen,
    exportWord,
    markChanged,
  };
}
