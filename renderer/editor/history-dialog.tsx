// 历史版本: the autosaved versions of this session, newest first, with a read-only preview of the
// one selected and 恢复此版本 (issue 7, Drafts). The editor screen does the restoring, so that it is
// one undoable step there.

import { useEffect, useRef, useState } from 'react';
import type { DraftVersion } from '../../shared/api';
import type { Block, Draft } from '../../shared/model';
import { useApi } from '../api-context';
import { HISTORY_STRINGS as s } from '../history-strings';
import './history-dialog.css';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return (block.lead?.text ?? '') + block.text;
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
  }
}

/** The draft as the preview shows it: title, 主送, body paragraphs and signature, one per line. */
export function draftPreviewText(draft: Draft): string {
  const lines = [draft.meta.title, draft.meta.recipient ?? '', ...draft.blocks.map(blockText)];
  if (draft.signature) lines.push(draft.signature.unit, draft.signature.date);
  return lines.filter((line) => line !== '').join('\n');
}

export function versionTime(savedAt: string): string {
  return new Date(savedAt).toLocaleString('zh-CN', { hour12: false });
}

/** newest first, whatever order the service hands them in */
function newestFirst(versions: readonly DraftVersion[]): DraftVersion[] {
  return [...versions].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
}

export function HistoryDialog({
  session,
  onRestore,
  onClose,
}: {
  session: string;
  onRestore: (draft: Draft) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    api.listVersions({ session }).then(
      (list) => {
        if (!live) return;
        const sorted = newestFirst(list);
        setVersions(sorted);
        setSelected(sorted[0]?.id ?? null);
      },
      (e: unknown) => {
        if (!live) return;
        setVersions([]);
        setError(s.failed(reason(e)));
      },
    );
    return () => {
      live = false;
    };
  }, [api, session]);

  useEffect(() => {
    setDraft(null);
    if (!selected) return;
    let live = true;
    api.readVersion({ session, id: selected }).then(
      (result) => {
        if (!live) return;
        setDraft(result.draft);
        setError('');
      },
      (e: unknown) => live && setError(s.failed(reason(e))),
    );
    return () => {
      live = false;
    };
  }, [api, session, selected]);

  // focus lands on the list once it is there, so the arrow keys work at once
  useEffect(() => {
    if (versions === null) return;
    if (versions.length) listRef.current?.focus();
    else closeRef.current?.focus();
  }, [versions]);

  const move = (step: number) => {
    if (!versions?.length) return;
    const at = versions.findIndex((v) => v.id === selected);
    const next = Math.min(versions.length - 1, Math.max(0, at + step));
    setSelected(versions[next]!.id);
  };

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog history-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={s.title}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <h2>{s.title}</h2>
        {versions === null ? (
          <p>{s.loading}</p>
        ) : versions.length === 0 ? (
          <p className="history-empty">{s.empty}</p>
        ) : (
          <div className="history-body">
            <ul
              ref={listRef}
              className="history-list"
              role="listbox"
              aria-label={s.list}
              tabIndex={0}
              aria-activedescendant={selected ? `history-${selected}` : undefined}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                  event.preventDefault();
                  move(event.key === 'ArrowDown' ? 1 : -1);
                }
              }}
            >
              {versions.map((v) => (
                <li
                  key={v.id}
                  id={`history-${v.id}`}
                  role="option"
                  aria-selected={v.id === selected}
                  onClick={() => setSelected(v.id)}
                >
                  {s.item(versionTime(v.savedAt), v.title || s.untitled, v.chars)}
                </li>
              ))}
            </ul>
            <textarea
              className="history-preview"
              aria-label={s.preview}
              readOnly
              value={draft ? draftPreviewText(draft) : selected ? s.loading : s.pick}
            />
          </div>
        )}
        {error && (
          <p className="history-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          {versions !== null && versions.length > 0 && (
            <button type="button" disabled={!draft} onClick={() => draft && onRestore(draft)}>
              {s.restore}
            </button>
          )}
          <button type="button" ref={closeRef} onClick={onClose}>
            {s.close}
          </button>
        </div>
      </div>
    </div>
  );
}
