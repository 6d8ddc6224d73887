// The screens: home, the new-document form, the editor. Opening a .gwd (Ctrl+O, 打开文稿) works
// from every screen.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FilePayload } from '../shared/api';
import type { Draft } from '../shared/model';
import { useApi } from './api-context';
import { isComposingEvent } from './editor/commands';
import { EditorScreen, type OpenedDraft } from './editor/editor-screen';
import { filePayload } from './files';
import { HomeScreen } from './home/home-screen';
import { useMenu } from './shell';
import { NewDraftForm } from './home/new-draft-form';
import { STRINGS } from './strings';

type Screen =
  { kind: 'home' } | { kind: 'new' } | { kind: 'editor'; opened: OpenedDraft; serial: number };

export function App() {
  const api = useApi();
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const [error, setError] = useState('');
  const openInput = useRef<HTMLInputElement>(null);
  const serial = useRef(0);

  const showError = useCallback((e: unknown) => {
    setError(e instanceof Error ? e.message : String(e));
  }, []);
  const open = useCallback((opened: OpenedDraft) => {
    setError('');
    serial.current += 1;
    setScreen({ kind: 'editor', opened, serial: serial.current });
  }, []);
  const openFile = useCallback(() => openInput.current?.click(), []);
  const home = useCallback(() => setScreen({ kind: 'home' }), []);
  const [importRequest, setImportRequest] = useState<{ file: FilePayload } | null>(null);

  // Ctrl+O on home and the form (the editor handles its own, minding IME composition). Registered
  // once, so the key works from the first moment a screen shows.
  const screenKind = useRef(screen.kind);
  screenKind.current = screen.kind;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (screenKind.current === 'editor' || isComposingEvent(event)) return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() === 'o') {
        event.preventDefault();
        openFile();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openFile]);

  useMenu((message) => {
    if (message.command === 'new-draft') setScreen({ kind: 'new' });
    else if (message.command === 'import' && message.file) {
      setImportRequest({ file: message.file });
      setScreen({ kind: 'home' });
    } else if (message.command === 'open') {
      if (!message.path) return openFile();
      api.openDraft({ path: message.path }).then(open, showError);
    }
  });

  return (
    <div className="app">
      {error && (
        <div className="error-banner" role="alert">
          <span>{error}</span>
          <button type="button" aria-label={STRINGS.editor.cancel} onClick={() => setError('')}>
            ×
          </button>
        </div>
      )}
      {screen.kind === 'home' && (
        <HomeScreen
          onNew={() => setScreen({ kind: 'new' })}
          onOpenFile={openFile}
          importRequest={importRequest}
          onOpened={open}
          onError={showError}
        />
      )}
      {screen.kind === 'new' && (
        <NewDraftForm
          onCreate={(draft: Draft) => open({ draft })}
          onCancel={home}
          onError={showError}
        />
      )}
      {screen.kind === 'editor' && (
        <EditorScreen key={screen.serial} opened={screen.opened} onHome={home} onOpen={openFile} />
      )}
      <input
        ref={openInput}
        type="file"
        hidden
        accept=".gwd,.json"
        data-testid="open-input"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          try {
            const { draft } = await api.openDraftFile({ file: await filePayload(file) });
            open({ draft });
          } catch (e) {
            showError(e);
          }
        }}
      />
    </div>
  );
}
