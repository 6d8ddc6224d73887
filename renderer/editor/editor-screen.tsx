// The editor screen: toolbar, metadata bar, outline on the left, the page in the middle, panels on
// the right, status bar below. Holds the parts of the draft that live outside Lexical (metadata,
// signature, file path) and puts the draft together for saving, autosave and export.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Template } from '../../shared/api';
import type { Draft, DraftMeta, IgnoredFinding, Signature } from '../../shared/model';
import { applyMeta } from '../../shared/templates/draft-from-template';
import { countWords } from '../../shared/word-count';
import { useApi } from '../api-context';
import { OutlinePanel } from '../panels/outline-panel';
import { SidePanelArea } from '../panels/side-panel-area';
import { STRINGS } from '../strings';
import type { HeadingLevel } from '../../shared/model';
import type { MenuCommand } from '../../shared/menu';
import { useMenu } from '../shell';
import {
  isComposingEvent,
  OPEN_SNIPPET_PALETTE_COMMAND,
  SET_BLOCK_LEVEL_COMMAND,
} from './commands';
import { useCheckHost } from './check-host';
import { $getBlocks, $setBlocks } from './convert';
import { useExportConfirm } from './export-confirm';
import { HistoryDialog } from './history-dialog';
import { MarkBar, MarkCount, titleMarksAfterEdit, useEditorMarkCount } from './plugins/mark-bar';
import { CONFIRM_MARK_COMMAND, JUMP_TO_MARK_COMMAND } from './plugins/mark-commands';
import { LastYearContext } from '../panels/reference-context';
import { undoAllMarks } from '../../shared/rollover';
import { DraftMetaContext } from './draft-meta-context';
import { DraftBody, DraftComposer } from './editor';
import { MetaBar } from './meta-bar';
import { NameDialog } from './name-dialog';
import { PageFrame } from './page-frame';
import { StatusBar } from './status-bar';
import { Toolbar } from './toolbar';
import { useDocumentStats } from './use-document-stats';
import { useDraftFile } from './use-draft-file';

const MENU_LEVELS: Partial<Record<MenuCommand, HeadingLevel | 0>> = {
  'heading-1': 1,
  'heading-2': 2,
  'heading-3': 3,
  'heading-4': 4,
  'body-text': 0,
};

export interface OpenedDraft {
  draft: Draft;
  /** the .gwd it was opened from or last saved to */
  path?: string;
  /** the autosave session to continue (after restoring) */
  session?: string;
}

export function EditorScreen({
  opened,
  onHome,
  onOpen,
}: {
  opened: OpenedDraft;
  onHome: () => void;
  onOpen: () => void;
}) {
  const [meta, setMeta] = useState<DraftMeta>(opened.draft.meta);
  return (
    <DraftMetaContext.Provider value={meta}>
      <LastYearContext.Provider value={opened.draft.lastYear ?? null}>
        <DraftComposer blocks={opened.draft.blocks}>
          <EditorLayout
            opened={opened}
            meta={meta}
            setMeta={setMeta}
            onHome={onHome}
            onOpen={onOpen}
          />
        </DraftComposer>
      </LastYearContext.Provider>
    </DraftMetaContext.Provider>
  );
}

function useTemplate(id: string | undefined): Template | undefined {
  const api = useApi();
  const [template, setTemplate] = useState<Template>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    api.getTemplate({ id }).then(
      (t) => live && setTemplate(t),
      () => undefined, // an imported draft naming an unknown template keeps its own title
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  return template;
}

function EditorLayout({
  opened,
  meta,
  setMeta,
  onHome,
  onOpen,
}: {
  opened: OpenedDraft;
  meta: DraftMeta;
  setMeta: (meta: DraftMeta) => void;
  onHome: () => void;
  onOpen: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const [signature, setSignature] = useState<Signature | null>(opened.draft.signature);
  const [ignored, setIgnored] = useState<IgnoredFinding[] | undefined>(opened.draft.ignored);
  const template = useTemplate(meta.template);
  const stats = useDocumentStats();

  const latest = useRef({ meta, signature, ignored });
  latest.current = { meta, signature, ignored };
  const getDraft = useCallback(
    (): Draft => ({
      ...opened.draft,
      meta: latest.current.meta,
      signature: latest.current.signature,
      blocks: editor.getEditorState().read($getBlocks),
      ...(latest.current.ignored ? { ignored: latest.current.ignored } : {}),
    }),
    [editor, opened.draft],
  );
  const file = useDraftFile({ opened, getDraft, editor });
  const openMarks = useEditorMarkCount() + (meta.titleMarks?.length ?? 0);
  const exporter = useExportConfirm({ editor, meta, exportWord: file.exportWord });
  const nextMark = () => {
    if (editor.dispatchCommand(JUMP_TO_MARK_COMMAND, 1)) editor.focus();
    // only the title's marks left: they live in the mark bar
    else document.querySelector<HTMLButtonElement>('.mark-title button')?.focus();
  };
  const revertAllMarks = () => {
    const last = undoAllMarks(getDraft());
    editor.update(() => $setBlocks(last.blocks));
    setMeta(last.meta);
    setSignature(last.signature);
    file.markChanged();
  };
  const [showHistory, setShowHistory] = useState(false);
  const closeHistory = () => {
    setShowHistory(false);
    editor.focus();
  };
  // one editor.update is one undo step (Lexical's history pushes a non-typing change on its own),
  // so Ctrl+Z gives back the text the version replaced
  const restoreVersion = (version: Draft) => {
    editor.update(() => $setBlocks(version.blocks));
    setMeta(version.meta);
    setSignature(version.signature);
    setIgnored(version.ignored);
    file.markChanged();
    closeHistory();
  };
  const changeTitleMarks = (next: DraftMeta) => {
    setMeta(next);
    file.markChanged();
  };
  useCheckHost(
    editor,
    {
      getDraft,
      setIgnored: (next) => {
        setIgnored(next);
        file.markChanged();
      },
      setFrame: (next) => {
        setMeta(next.meta);
        setSignature(next.signature);
        file.markChanged();
      },
    },
    [meta, signature, ignored],
  );

  const changeMeta = (change: Partial<DraftMeta>) => {
    const next = applyMeta({ ...opened.draft, meta, signature }, change, template);
    setMeta(titleMarksAfterEdit(meta.title, next.meta.title, next.meta));
    setSignature(next.signature);
    file.markChanged();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isComposingEvent(event) || editor.isComposing()) return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void file.save();
      } else if (key === 'o') {
        event.preventDefault();
        onOpen();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, file, onOpen]);

  const [showOutline, setShowOutline] = useState(true);
  const [showPanels, setShowPanels] = useState(true);
  useMenu((message) => {
    const level = MENU_LEVELS[message.command];
    if (level !== undefined) {
      editor.focus();
      editor.dispatchCommand(SET_BLOCK_LEVEL_COMMAND, level);
      return;
    }
    switch (message.command) {
      case 'save':
        return void file.save();
      case 'save-as':
        return void (message.path ? file.writeTo(message.path) : file.saveAs());
      case 'export-docx':
        return exporter.request();
      case 'history':
        return setShowHistory(true);
      case 'insert-snippet':
        return void editor.dispatchCommand(OPEN_SNIPPET_PALETTE_COMMAND, undefined);
      case 'toggle-outline':
        return setShowOutline((v) => !v);
      case 'toggle-panels':
        return setShowPanels((v) => !v);
      case 'next-mark':
      case 'previous-mark':
        editor.focus();
        return void editor.dispatchCommand(
          JUMP_TO_MARK_COMMAND,
          message.command === 'next-mark' ? 1 : -1,
        );
      case 'confirm-mark':
        editor.focus();
        return void editor.dispatchCommand(CONFIRM_MARK_COMMAND, undefined);
    }
  });

  const frameChars = useMemo(
    () =>
      countWords(meta.title) +
      (signature ? countWords(signature.unit) + countWords(signature.date) : 0),
    [meta.title, signature],
  );
  const section = stats.current === null ? null : (stats.entries[stats.current]?.chars ?? null);

  return (
    <div className="editor-screen">
      <Toolbar
        onHome={onHome}
        onOpen={onOpen}
        onSave={() => void file.save()}
        onExport={exporter.request}
        onHistory={() => setShowHistory(true)}
      />
      <MetaBar meta={meta} onChange={changeMeta} />
      {openMarks > 0 && (
        <MarkBar meta={meta} onMeta={changeTitleMarks} onRevertAll={revertAllMarks} />
      )}
      <div
        className={`workspace${showOutline ? '' : ' no-outline'}${showPanels ? '' : ' no-panels'}`}
      >
        {showOutline && <OutlinePanel entries={stats.entries} current={stats.current} />}
        <main className="page-scroll">
          <PageFrame meta={meta} signature={signature}>
            <DraftBody />
          </PageFrame>
        </main>
        {showPanels && <SidePanelArea />}
      </div>
      <StatusBar
        total={stats.total + frameChars}
        section={section}
        message={file.message || (file.changed ? STRINGS.editor.unsaved : '')}
        extra={<MarkCount count={openMarks} onNext={nextMark} />}
      />
      {file.askingName && <NameDialog initial={meta.title} onDone={file.nameChosen} />}
      {exporter.dialog}
      {showHistory && (
        <HistoryDialog session={file.session} onRestore={restoreVersion} onClose={closeHistory} />
      )}
    </div>
  );
}
