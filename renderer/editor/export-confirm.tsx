// 导出 Word while marks remain: a dialog lists them (kind, this year's text, last year's) and asks
// 仍然导出 or 返回修改 before anything is written. Without open marks the export runs at once.

import type { LexicalEditor } from 'lexical';
import { useCallback, useState } from 'react';
import type { DraftMeta } from '../../shared/model';
import { ROLL_STRINGS } from '../rollover-strings';
import { $openMarks, type OpenMark } from './plugins/mark-commands';
import './plugins/mark-bar.css';

const s = ROLL_STRINGS.exportAsk;
/** a long list helps no one; the count says how many more */
const SHOWN = 30;

type Listed = Pick<OpenMark, 'kind' | 'text' | 'was' | 'unsure' | 'before' | 'after'> & {
  key: string;
};

export function useExportConfirm({
  editor,
  meta,
  exportWord,
}: {
  editor: LexicalEditor;
  meta: DraftMeta;
  exportWord: () => unknown;
}) {
  const [asking, setAsking] = useState<Listed[] | null>(null);
  const request = useCallback(() => {
    const title: Listed[] = (meta.titleMarks ?? []).map((m, i) => ({
      key: `title-${i}`,
      kind: m.kind,
      text: meta.title.slice(m.start, m.end),
      was: m.was,
      unsure: m.unsure === true,
      before: meta.title.slice(Math.max(0, m.start - 10), m.start),
      after: meta.title.slice(m.end, m.end + 10),
    }));
    const open = [...title, ...editor.getEditorState().read($openMarks)];
    if (open.length) setAsking(open);
    else void exportWord();
  }, [editor, meta, exportWord]);
  const dialog = asking ? (
    <ExportConfirm
      marks={asking}
      onExport={() => {
        setAsking(null);
        void exportWord();
      }}
      onBack={() => {
        setAsking(null);
        editor.focus();
      }}
    />
  ) : null;
  return { request, dialog };
}

export function ExportConfirm({
  marks,
  onExport,
  onBack,
}: {
  marks: readonly Listed[];
  onExport: () => void;
  onBack: () => void;
}) {
  const kinds = ROLL_STRINGS.marks.kinds;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={s.title}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onBack();
        }}
      >
        <h2>{s.title}</h2>
        <p>{s.text(marks.length)}</p>
        <ol className="export-marks">
          {marks.slice(0, SHOWN).map((m) => (
            <li key={m.key}>
              <span className="export-mark-context">
                {m.before}
                <span className={`gw-mark gw-mark-${m.kind}${m.unsure ? ' gw-mark-unsure' : ''}`}>
                  {m.text}
                </span>
                {m.after}
              </span>
              {'\u3000'}
              {kinds[m.kind]}
              {m.was && m.was !== m.text ? `，${ROLL_STRINGS.marks.was(m.was)}` : ''}
            </li>
          ))}
        </ol>
        {marks.length > SHOWN && <p>{s.more(marks.length - SHOWN)}</p>}
        <div className="dialog-buttons">
          <button type="button" autoFocus onClick={onBack}>
            {s.goBack}
          </button>
          <button type="button" onClick={onExport}>
            {s.exportAnyway}
          </button>
        </div>
      </div>
    </div>
  );
}
