// After 导入往年材料: which report to open (a compilation holds several) and how: rolled forward
// into this year's first draft (作为今年的初稿, with the year and date of import-roll.tsx) or as it
// is (原样打开).

import { useState } from 'react';
import type { Draft } from '../../shared/model';
import { STRINGS } from '../strings';
import { rollAction, RollFields, type RollFieldsValue } from './import-roll';

export interface ImportAction {
  label: string;
  /** turn the imported draft into the one to open */
  run: (draft: Draft) => Draft | Promise<Draft>;
}

export const IMPORT_ACTIONS: ImportAction[] = [{ label: STRINGS.home.openAsIs, run: (d) => d }];

export function ImportChoice({
  fileName,
  drafts,
  notices,
  onChoose,
  onCancel,
}: {
  fileName: string;
  drafts: Draft[];
  notices: string[];
  onChoose: (draft: Draft, action: ImportAction) => void;
  onCancel: () => void;
}) {
  const [roll, setRoll] = useState<RollFieldsValue>({ year: '', date: '' });
  const actions = [rollAction(roll), ...IMPORT_ACTIONS];
  return (
    <section className="import-choice" aria-label={fileName}>
      <h2>{fileName}</h2>
      <RollFields drafts={drafts} value={roll} onChange={setRoll} />
      {drafts.length > 1 && <p>{STRINGS.home.chooseReport(drafts.length)}</p>}
      <ol className="import-reports">
        {drafts.map((draft, i) => (
          <li key={i}>
            <span className="import-title">{draft.meta.title || STRINGS.home.untitled}</span>
            {draft.meta.unit && <span className="import-unit">{draft.meta.unit}</span>}
            {actions.map((action) => (
              <button
                key={action.label}
                type="button"
                aria-label={
                  drafts.length > 1
                    ? `${action.label}：${draft.meta.title || STRINGS.home.untitled}`
                    : action.label
                }
                onClick={() => onChoose(draft, action)}
              >
                {action.label}
              </button>
            ))}
          </li>
        ))}
      </ol>
      {notices.length > 0 && (
        <details>
          <summary>{STRINGS.home.notices}</summary>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onCancel}>
        {STRINGS.home.back}
      </button>
    </section>
  );
}
