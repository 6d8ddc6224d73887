// The strip above the page while a rolled-forward draft still has marks: the legend of colours,
// 上一处 / 下一处 / 仍然有效 / 恢复去年 (with their keys), 全部恢复去年, and the title's marks (the
// title lives outside the editor). MarkCount is the status bar's 还有 N 处去年的数据待更新.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { DraftMeta, MarkKind } from '../../../shared/model';
import { shiftMarksOnEdit, undoMark } from '../../../shared/rollover';
import { emptyDraft } from '../../../shared/model';
import { ROLL_STRINGS } from '../../rollover-strings';
import { GwMarkNode } from '../nodes/mark-node';
import {
  CONFIRM_MARK_COMMAND,
  JUMP_TO_MARK_COMMAND,
  MARK_SHORTCUTS,
  REVERT_MARK_COMMAND,
} from './mark-commands';
import './mark-bar.css';

const s = ROLL_STRINGS.marks;
const KINDS: MarkKind[] = ['year', 'date', 'figure'];

/** Marks in the editor, kept up to date from Lexical's mutations (no walk per keystroke). */
export function useEditorMarkCount(): number {
  const [editor] = useLexicalComposerContext();
  const [count, setCount] = useState(0);
  useEffect(() => {
    const keys = new Set<string>();
    return editor.registerMutationListener(
      GwMarkNode,
      (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') keys.delete(key);
          else keys.add(key);
        }
        setCount(keys.size);
      },
      { skipInitialization: false },
    );
  }, [editor]);
  return count;
}

/** The title with its marks dropped (confirm) or reverted, as the title's own text and marks. */
export function titleWithout(meta: DraftMeta, index: number, revert: boolean): DraftMeta {
  const marks = meta.titleMarks ?? [];
  if (!revert) {
    const next: DraftMeta = { ...meta, titleMarks: marks.filter((_, i) => i !== index) };
    if (!next.titleMarks?.length) delete next.titleMarks;
    return next;
  }
  const draft = undoMark({ ...emptyDraft(), meta }, 0, 'title', index);
  return draft.meta;
}

export function MarkCount({ count, onNext }: { count: number; onNext: () => void }) {
  if (count === 0) return null;
  return (
    <button type="button" className="mark-count link" onClick={onNext}>
      {s.open(count)}
    </button>
  );
}

export function MarkBar({
  meta,
  onMeta,
  onRevertAll,
}: {
  meta: DraftMeta;
  onMeta: (meta: DraftMeta) => void;
  onRevertAll: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const run = (command: typeof CONFIRM_MARK_COMMAND | typeof REVERT_MARK_COMMAND) => {
    editor.focus();
    editor.dispatchCommand(command, undefined);
  };
  const jump = (direction: 1 | -1) => {
    editor.focus();
    editor.dispatchCommand(JUMP_TO_MARK_COMMAND, direction);
  };
  const title = meta.titleMarks ?? [];
  return (
    <div className="mark-bar" role="toolbar" aria-label={s.bar}>
      <span className="mark-legend" aria-label={s.legend}>
        {KINDS.map((kind) => (
          <span key={kind} className={`gw-mark gw-mark-${kind}`}>
            {s.kinds[kind]}
          </span>
        ))}
        <span className="gw-mark gw-mark-year gw-mark-unsure">{s.unsure}</span>
      </span>
      <span
        className="mark-actions"
        // the buttons act on the mark at the cursor: a click must not take the focus (and with
        // it Lexical's selection) away from the text
        onMouseDown={(event) => event.preventDefault()}
        title={s.help(
          MARK_SHORTCUTS.next.label,
          MARK_SHORTCUTS.previous.label,
          MARK_SHORTCUTS.confirm.label,
        )}
      >
        <button type="button" onClick={() => jump(-1)}>
          {s.previous} <kbd>{MARK_SHORTCUTS.previous.label}</kbd>
        </button>
        <button type="button" onClick={() => jump(1)}>
          {s.next} <kbd>{MARK_SHORTCUTS.next.label}</kbd>
        </button>
        <button type="button" onClick={() => run(CONFIRM_MARK_COMMAND)}>
          {s.confirm} <kbd>{MARK_SHORTCUTS.confirm.label}</kbd>
        </button>
        <button type="button" onClick={() => run(REVERT_MARK_COMMAND)}>
          {s.revert}
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(s.revertAllAsk)) onRevertAll();
          }}
        >
          {s.revertAll}
        </button>
      </span>
      {title.map((mark, i) => (
        <span key={`${mark.start}-${mark.end}`} className="mark-title">
          {s.title}：
          <span className={`gw-mark gw-mark-${mark.kind}${mark.unsure ? ' gw-mark-unsure' : ''}`}>
            {meta.title.slice(mark.start, mark.end)}
          </span>
          <span className="mark-was">{s.was(mark.was)}</span>
          <button
            type="button"
            aria-label={`${s.title}${s.confirm}`}
            onClick={() => onMeta(titleWithout(meta, i, false))}
          >
            {s.confirm}
          </button>
          <button
            type="button"
            aria-label={`${s.title}${s.revert}`}
            onClick={() => onMeta(titleWithout(meta, i, true))}
          >
            {s.revert}
          </button>
        </span>
      ))}
    </div>
  );
}

/**
 * The title's marks after its text changed from `before` to `after` (typed in 文稿信息, or rewritten
 * by a metadata change): the changed stretch is found from the common start and end, and a mark
 * it touches ends, as in the body.
 */
export function titleMarksAfterEdit(before: string, after: string, meta: DraftMeta): DraftMeta {
  if (!meta.titleMarks?.length || before === after) return meta;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const marks = shiftMarksOnEdit(
    meta.titleMarks,
    start,
    before.length - end,
    after.length - end - start,
  );
  const next: DraftMeta = { ...meta, titleMarks: marks };
  if (!marks.length) delete next.titleMarks;
  return next;
}
