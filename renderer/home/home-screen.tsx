// Home: 新建文稿, 导入往年材料, 打开文稿, the recent drafts, and what an earlier session left unsaved.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FilePayload, ImportResult, RecentDraft, RecoverableDraft } from '../../shared/api';
import { useApi } from '../api-context';
import type { OpenedDraft } from '../editor/editor-screen';
import { filePayload } from '../files';
import { STRINGS } from '../strings';
import { ImportChoice } from './import-choice';
import { RecoveryBanner } from './recovery-banner';

export function HomeScreen({
  onNew,
  onOpenFile,
  onOpened,
  onError,
  importRequest,
}: {
  /** a file to import right away (from the desktop menu) */
  importRequest?: { file: FilePayload } | null;
  onNew: () => void;
  onOpenFile: () => void;
  onOpened: (opened: OpenedDraft) => void;
  onError: (error: unknown) => void;
}) {
  const api = useApi();
  const s = STRINGS.home;
  const importInput = useRef<HTMLInputElement>(null);
  const [recent, setRecent] = useState<RecentDraft[]>([]);
  const [recoverable, setRecoverable] = useState<RecoverableDraft[]>([]);
  const [busy, setBusy] = useState('');
  const [imported, setImported] = useState<(ImportResult & { fileName: string }) | null>(null);

  useEffect(() => {
    api.getSettings({}).then((settings) => setRecent(settings.recentDrafts), onError);
    api.listRecoverable({}).then(setRecoverable, () => undefined);
  }, [api, onError]);

  const importPayload = useCallback(
    async (file: FilePayload) => {
      setBusy(STRINGS.home.importing(file.name));
      try {
        const result = await api.importDocument({ file });
        setImported({ ...result, fileName: file.name });
      } catch (error) {
        onError(error);
      } finally {
        setBusy('');
      }
    },
    [api, onError],
  );
  const importFile = async (file: File) => importPayload(await filePayload(file));

  // a file picked through the desktop menu (导入往年材料) arrives here
  useEffect(() => {
    if (importRequest) void importPayload(importRequest.file);
  }, [importRequest, importPayload]);

  const openRecent = async (path: string) => {
    try {
      onOpened(await api.openDraft({ path }));
    } catch (error) {
      onError(error);
    }
  };

  if (imported) {
    return (
      <main className="home">
        <ImportChoice
          fileName={imported.fileName}
          drafts={imported.drafts}
          notices={imported.notices}
          onCancel={() => setImported(null)}
          onChoose={async (draft, action) => {
            try {
              onOpened({ draft: await action.run(draft) });
            } catch (error) {
              onError(error);
            }
          }}
        />
      </main>
    );
  }

  return (
    <main className="home">
      <header className="home-header">
        <h1>{STRINGS.appName}</h1>
        <p>{s.tagline}</p>
      </header>
      <RecoveryBanner
        items={recoverable}
        onRestored={onOpened}
        onDiscarded={(session) => setRecoverable((r) => r.filter((d) => d.session !== session))}
        onError={onError}
      />
      <div className="home-actions">
        <button type="button" className="primary" onClick={onNew}>
          {s.newDraft}
        </button>
        <button type="button" onClick={() => importInput.current?.click()}>
          {s.importOld}
        </button>
        <button type="button" onClick={onOpenFile}>
          {s.openDraft}
        </button>
        <input
          ref={importInput}
          type="file"
          hidden
          accept=".docx,.doc,.wps,.txt,.pdf"
          data-testid="import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {busy && <p role="status">{busy}</p>}
      <section className="recent" aria-label={s.recent}>
        <h2>{s.recent}</h2>
        {recent.length === 0 ? (
          <p>{s.noRecent}</p>
        ) : (
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" onClick={() => void openRecent(r.path)}>
                  {r.title || s.untitled}
                </button>
                <span className="recent-time">{new Date(r.savedAt).toLocaleString('zh-CN')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
