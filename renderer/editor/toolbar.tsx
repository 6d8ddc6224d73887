// The toolbar above the page. Every button has a visible Chinese name that tests and screen
// readers use (issue 4).

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { useEffect, useState } from 'react';
import type { HeadingLevel } from '../../shared/model';
import { HISTORY_STRINGS } from '../history-strings';
import { useMenu } from '../shell';
import { STRINGS } from '../strings';
import { OPEN_SNIPPET_PALETTE_COMMAND, SET_BLOCK_LEVEL_COMMAND } from './commands';
import { $nodeLevel } from './sections';

export interface ToolbarActions {
  onHome: () => void;
  onOpen: () => void;
  onSave: () => void;
  onExport: () => void;
  onHistory: () => void;
}

function useBlockLevel(): HeadingLevel | 0 {
  const [editor] = useLexicalComposerContext();
  const [level, setLevel] = useState<HeadingLevel | 0>(0);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          const block = $isRangeSelection(selection)
            ? selection.anchor.getNode().getTopLevelElement()
            : null;
          setLevel(block ? ($nodeLevel(block) ?? 0) : 0);
        });
      }),
    [editor],
  );
  return level;
}

export function Toolbar({ onHome, onOpen, onSave, onExport, onHistory }: ToolbarActions) {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [help, setHelp] = useState(false);
  const level = useBlockLevel();
  const s = STRINGS.editor;
  // the native menu's 使用说明 opens the same shortcut list as the 快捷键 button
  useMenu((message) => message.command === 'help' && setHelp(true));

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => (setCanUndo(value), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => (setCanRedo(value), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={STRINGS.appName}>
      <button type="button" onClick={onHome}>
        {s.home}
      </button>
      <button type="button" onClick={onOpen} title="Ctrl+O">
        {s.open}
      </button>
      <button type="button" onClick={onSave} title="Ctrl+S">
        {s.save}
      </button>
      <button type="button" onClick={onExport}>
        {s.exportWord}
      </button>
      <button type="button" onClick={onHistory}>
        {HISTORY_STRINGS.title}
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        title="Ctrl+Z"
      >
        {s.undo}
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        title="Ctrl+Y"
      >
        {s.redo}
      </button>
      <label className="toolbar-level">
        {s.level}
        <select
          value={level}
          onChange={(e) => {
            editor.focus();
            editor.dispatchCommand(
              SET_BLOCK_LEVEL_COMMAND,
              Number(e.target.value) as HeadingLevel | 0,
            );
          }}
        >
          {s.levels.map((name, i) => (
            <option key={i} value={i}>
              {name}
              {i <= 4 ? `（Ctrl+${i}）` : ''}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => editor.dispatchCommand(OPEN_SNIPPET_PALETTE_COMMAND, undefined)}
        title="Alt+/"
      >
        {s.insertSnippet}
      </button>
      <span className="toolbar-help">
        <button
          type="button"
          aria-expanded={help}
          onClick={() => setHelp(!help)}
          title={s.helpText.join('\n')}
        >
          {s.help}
        </button>
        {help && (
          <ul className="help-popover" role="note">
            {s.helpText.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </span>
    </div>
  );
}
