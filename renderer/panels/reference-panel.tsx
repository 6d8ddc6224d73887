// 往年参照: beside the section the cursor is in, last year's section of the same kind and, for the
// work and results sections, last year's 下一步打算, so what was planned can be checked against what
// was done (shared/rollover matchSections). Each paragraph of last year's can be copied into the
// draft with one click: it becomes a new paragraph after the one holding the cursor.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalNode,
} from 'lexical';
import { useContext, useEffect, useMemo, useState } from 'react';
import { emptyDraft, type Block, type Draft, type LastYearDraft } from '../../shared/model';
import { blockHeadingLevel, numberBlocks } from '../../shared/numbering';
import { matchSections, type SectionMatch, type SectionRange } from '../../shared/rollover';
import { $blockToNode, $getBlocks } from '../editor/convert';
import { ROLL_STRINGS } from '../rollover-strings';
import { LastYearContext } from './reference-context';
import './reference-panel.css';

const s = ROLL_STRINGS.reference;

interface Where {
  /** this year's blocks, for matching */
  blocks: Block[];
  /** index of the top-level block holding the cursor, -1 when none */
  index: number;
  key: string | null;
}

function $topLevel(node: LexicalNode): LexicalNode | null {
  return node.getTopLevelElement() ?? (node.getParent() === $getRoot() ? node : null);
}

/** This year's blocks and the block at the cursor, a moment after typing stops. */
function useCursorBlock(enabled: boolean): Where {
  const [editor] = useLexicalComposerContext();
  const [where, setWhere] = useState<Where>({ blocks: [], index: -1, key: null });
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastKey: string | null = null;
    const read = () =>
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        const top = $isRangeSelection(selection) ? $topLevel(selection.anchor.getNode()) : null;
        // focus in the panel drops Lexical's selection: keep the block the cursor was in
        if (top) lastKey = top.getKey();
        const node = lastKey ? $getNodeByKey(lastKey) : null;
        const index = node?.isAttached() ? node.getIndexWithinParent() : -1;
        setWhere({ blocks: $getBlocks(), index, key: index < 0 ? null : lastKey });
      });
    read();
    const unregister = editor.registerUpdateListener(() => {
      clearTimeout(timer);
      timer = setTimeout(read, 200);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, enabled]);
  return where;
}

/** Last year's block as this year's: no marks, no ids, body text. */
function copied(block: Block): Block {
  if (block.type === 'table') return { type: 'table', rows: block.rows.map((r) => [...r]) };
  if (block.type === 'heading') return { type: 'heading', level: block.level, text: block.text };
  const next: Block = { type: 'paragraph', text: block.text };
  if (block.lead) {
    next.lead = { level: block.lead.level, text: block.lead.text };
    if (block.lead.punct) next.lead.punct = block.lead.punct;
  }
  return next;
}

function blockText(block: Block, number: string | null): string {
  if (block.type === 'table') return block.rows.map((r) => r.join('　')).join('\n');
  if (block.type === 'heading') return `${number ?? ''}${block.text}`;
  const lead = block.lead ? `${number ?? ''}${block.lead.text}${block.lead.punct ?? '。'}` : '';
  return lead + block.text;
}

function LastYearSection({
  label,
  range,
  last,
  numbers,
  onCopy,
}: {
  label: (heading: string) => string;
  range: SectionRange;
  last: LastYearDraft;
  numbers: (string | null)[];
  onCopy: (block: Block) => void;
}) {
  const [head, ...rest] = last.blocks.slice(range.start, range.end);
  const headed = head !== undefined && blockHeadingLevel(head) === 1;
  const headText = headed ? blockText(head, numbers[range.start]).split('。')[0] : s.opening;
  return (
    <section className="reference-section" aria-label={label(headText)}>
      <h3>{label(headText)}</h3>
      {[head, ...rest].map((block, i) => {
        if (!block || (block.type === 'heading' && i === 0)) return null;
        const text = blockText(block, numbers[range.start + i]);
        return (
          <div key={i} className={`reference-block reference-${block.type}`}>
            <p>{text}</p>
            <button
              type="button"
              className="reference-copy"
              aria-label={`${s.copy}：${text.slice(0, 20)}`}
              title={s.copy}
              onClick={() => onCopy(block)}
            >
              {s.copy}
            </button>
          </div>
        );
      })}
    </section>
  );
}

export function ReferencePanel() {
  const [editor] = useLexicalComposerContext();
  const last = useContext(LastYearContext);
  const where = useCursorBlock(last !== null);
  const lastDraft = useMemo<Draft | null>(
    () => (last ? { ...emptyDraft(last.meta), blocks: last.blocks } : null),
    [last],
  );
  const numbers = useMemo(() => (last ? numberBlocks(last.blocks) : []), [last]);
  const match = useMemo((): SectionMatch | null => {
    if (!lastDraft || where.index < 0) return null;
    const opening = (blocks: readonly Block[]) => {
      const first = blocks.findIndex((b) => blockHeadingLevel(b) === 1);
      return first < 0 ? blocks.length : first;
    };
    // the opening paragraphs before the first section beside last year's opening
    if (where.index < opening(where.blocks)) {
      const end = opening(lastDraft.blocks);
      return {
        section: { start: 0, end: opening(where.blocks) },
        same: end > 0 ? { start: 0, end } : null,
        plans: null,
      };
    }
    const matches = matchSections({ ...emptyDraft(), blocks: where.blocks }, lastDraft);
    return (
      matches.find((m) => where.index >= m.section.start && where.index < m.section.end) ?? null
    );
  }, [lastDraft, where]);

  const copy = (block: Block) => {
    editor.update(() => {
      const node = $blockToNode(copied(block));
      const at = where.key ? $getNodeByKey(where.key) : null;
      if (at?.isAttached()) at.insertAfter(node);
      else $getRoot().append(node);
      if ('selectEnd' in node && typeof node.selectEnd === 'function') node.selectEnd();
    });
    editor.focus();
  };

  let content;
  if (!last) content = <p className="side-empty">{s.none}</p>;
  else if (!match) content = <p className="side-empty">{s.noSection}</p>;
  else if (!match.same && !match.plans) content = <p className="side-empty">{s.noMatch}</p>;
  else
    content = (
      <>
        {match.same && (
          <LastYearSection
            label={s.same}
            range={match.same}
            last={last}
            numbers={numbers}
            onCopy={copy}
          />
        )}
        {match.plans && (
          <LastYearSection
            label={s.plans}
            range={match.plans}
            last={last}
            numbers={numbers}
            onCopy={copy}
          />
        )}
      </>
    );
  return (
    <div className="reference-panel" role="region" aria-label={s.title}>
      <h2 className="panel-title">{s.title}</h2>
      {content}
    </div>
  );
}
