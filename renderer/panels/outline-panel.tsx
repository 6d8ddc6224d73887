// 大纲: every heading with its number and 字数; click to jump, 上移 / 下移 or drag to move a whole
// section. Numbers come from position, so they follow the move.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState, type DragEvent } from 'react';
import { JUMP_TO_BLOCK_COMMAND, MOVE_SECTION_COMMAND } from '../editor/commands';
import { $moveSectionBefore, type OutlineEntry } from '../editor/sections';
import { STRINGS } from '../strings';

const DRAG_TYPE = 'application/x-gongwen-section';

export function OutlinePanel({
  entries,
  current,
}: {
  entries: readonly OutlineEntry[];
  current: number | null;
}) {
  const [editor] = useLexicalComposerContext();
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  const move = (key: string, direction: -1 | 1) => {
    editor.dispatchCommand(MOVE_SECTION_COMMAND, { key, direction });
  };
  const jump = (key: string) => {
    editor.focus();
    editor.dispatchCommand(JUMP_TO_BLOCK_COMMAND, key);
  };
  const drop = (event: DragEvent, target: string) => {
    event.preventDefault();
    setDropTarget(null);
    const key = event.dataTransfer.getData(DRAG_TYPE);
    if (key && key !== target) editor.update(() => void $moveSectionBefore(key, target));
  };

  return (
    <nav className="outline" aria-label={STRINGS.outline.region} role="region">
      <h2 className="panel-title">{STRINGS.outline.region}</h2>
      {entries.length === 0 ? (
        <p className="outline-empty">{STRINGS.outline.empty}</p>
      ) : (
        <ul>
          {entries.map((entry, i) => (
            <li
              key={entry.key}
              className={`outline-item outline-l${entry.level}${i === current ? ' current' : ''}${
                dropTarget === entry.key ? ' drop' : ''
              }`}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, entry.key);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => {
                if (event.dataTransfer.types.includes(DRAG_TYPE)) {
                  event.preventDefault();
                  setDropTarget(entry.key);
                }
              }}
              onDragLeave={() => setDropTarget(null)}
              onDrop={(event) => drop(event, entry.key)}
            >
              <button type="button" className="outline-jump" onClick={() => jump(entry.key)}>
                <span className="outline-number">{entry.number}</span>
                <span className="outline-text">{entry.text}</span>
              </button>
              <span className="outline-chars">{STRINGS.outline.chars(entry.chars)}</span>
              <span className="outline-moves">
                <button
                  type="button"
                  aria-label={STRINGS.outline.up}
                  title={STRINGS.outline.up}
                  onClick={() => move(entry.key, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={STRINGS.outline.down}
                  title={STRINGS.outline.down}
                  onClick={() => move(entry.key, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
