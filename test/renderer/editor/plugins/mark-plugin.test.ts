import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, DraftMeta, Mark } from '../../../../shared/model';
import { emptyDraft } from '../../../../shared/model';
import {
  CONFIRM_MARK_COMMAND,
  JUMP_TO_MARK_COMMAND,
  REVERT_MARK_COMMAND,
} from '../../../../renderer/editor/plugins/mark-commands';
import { registerMarkHandlers } from '../../../../renderer/editor/plugins/mark-plugin';
import { titleMarksAfterEdit, titleWithout } from '../../../../renderer/editor/plugins/mark-bar';
import { headlessEditor, readBlocks } from '../editor-fixture';

const TEXT = '2024年累计发放资金1567.71万元，救助95名对象。';
const MARKS: Mark[] = [
  { kind: 'year', start: 0, end: 5, was: '2023年' },
  { kind: 'figure', start: 11, end: 20, was: '1567.71万元' },
  { kind: 'figure', start: 23, end: 26, was: '95名' },
];
const blocks: Block[] = [
  { type: 'heading', level: 1, text: '工作开展情况' },
  { type: 'paragraph', text: TEXT, marks: MARKS },
];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(): LexicalEditor {
  const editor = headlessEditor(blocks);
  cleanup = registerMarkHandlers(editor);
  return editor;
}

/** Put the caret `offset` characters into the paragraph's text, then run `edit` there. */
function at(editor: LexicalEditor, offset: number, edit?: (e: LexicalEditor) => void) {
  editor.update(
    () => {
      const paragraph = $getRoot().getChildAtIndex(1);
      if (!$isElementNode(paragraph)) throw new Error('no paragraph');
      let left = offset;
      for (const child of paragraph.getChildren()) {
        if (!$isTextNode(child)) continue;
        const size = child.getTextContentSize();
        if (left <= size) {
          child.select(left, left);
          return;
        }
        left -= size;
      }
    },
    { discrete: true },
  );
  edit?.(editor);
}

const paragraph = (editor: LexicalEditor) => readBlocks(editor)[1] as Block & { marks?: Mark[] };
const selected = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? '');

function type(editor: LexicalEditor, text: string) {
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(text);
    },
    { discrete: true },
  );
}

describe('marks in the editor', () => {
  it('ends a mark when a character is typed inside it, and moves the marks after it', () => {
    const editor = setup();
    at(editor, 13);
    type(editor, '0');
    const block = paragraph(editor);
    expect(block.type === 'paragraph' && block.text).toBe(
      '2024年累计发放资金15067.71万元，救助95名对象。',
    );
    expect(block.marks).toEqual([MARKS[0], { ...MARKS[2], start: 24, end: 27 }]);
  });

  it('keeps a mark when text is typed right before or right after it, outside the mark', () => {
    const editor = setup();
    at(editor, 11);
    type(editor, '约');
    at(editor, 21);
    type(editor, '多');
    const block = paragraph(editor);
    expect(block.type === 'paragraph' && block.text).toBe(
      '2024年累计发放资金约1567.71万元多，救助95名对象。',
    );
    expect(block.marks?.[1]).toEqual({ ...MARKS[1], start: 12, end: 21 });
    expect(block.marks).toHaveLength(3);
  });

  it('ends a mark whose text is deleted in part', () => {
    const editor = setup();
    at(editor, 25);
    editor.update(
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        selection.focus.set(selection.anchor.key, selection.anchor.offset - 1, 'text');
        selection.removeText();
      },
      { discrete: true },
    );
    expect(paragraph(editor).marks).toEqual(MARKS.slice(0, 2));
  });

  it('F8 selects the next mark after the caret, wrapping round; Shift+F8 the previous', () => {
    const editor = setup();
    at(editor, 6);
    const jump = (direction: 1 | -1) => {
      editor.update(() => void editor.dispatchCommand(JUMP_TO_MARK_COMMAND, direction), {
        discrete: true,
      });
      return selected(editor);
    };
    expect(jump(1)).toBe('1567.71万元');
    expect(jump(1)).toBe('95名');
    expect(jump(1)).toBe('2024年');
    expect(jump(-1)).toBe('95名');
    expect(jump(-1)).toBe('1567.71万元');
  });

  it('a caret inside a mark makes F8 select that mark', () => {
    const editor = setup();
    at(editor, 2);
    editor.update(() => void editor.dispatchCommand(JUMP_TO_MARK_COMMAND, 1), { discrete: true });
    expect(selected(editor)).toBe('2024年');
  });

  it('仍然有效 drops the mark at the caret and keeps its text', () => {
    const editor = setup();
    at(editor, 24);
    editor.update(() => void editor.dispatchCommand(CONFIRM_MARK_COMMAND, undefined), {
      discrete: true,
    });
    const block = paragraph(editor);
    expect(block.type === 'paragraph' && block.text).toBe(TEXT);
    expect(block.marks).toEqual(MARKS.slice(0, 2));
  });

  it('恢复去年 puts last year’s text back at the caret’s mark and moves the marks after it', () => {
    const editor = setup();
    at(editor, 1);
    editor.update(() => void editor.dispatchCommand(REVERT_MARK_COMMAND, undefined), {
      discrete: true,
    });
    const block = paragraph(editor);
    expect(block.type === 'paragraph' && block.text).toBe(TEXT.replace('2024年', '2023年'));
    expect(block.marks).toEqual(MARKS.slice(1));
  });

  it('does nothing to confirm or revert when the caret is in no mark', () => {
    const editor = setup();
    at(editor, 8);
    let handled = true;
    editor.update(() => void (handled = editor.dispatchCommand(CONFIRM_MARK_COMMAND, undefined)), {
      discrete: true,
    });
    expect(handled).toBe(false);
    expect(paragraph(editor).marks).toEqual(MARKS);
  });
});

describe('the title’s marks', () => {
  const meta: DraftMeta = {
    ...emptyDraft().meta,
    title: 'XX镇2024年上半年工作总结',
    titleMarks: [{ kind: 'year', start: 3, end: 8, was: '2023年' }],
  };

  it('move with an edit before them and end with an edit inside them', () => {
    const before = titleMarksAfterEdit(meta.title, `城关${meta.title}`, {
      ...meta,
      title: `城关${meta.title}`,
    });
    expect(before.titleMarks).toEqual([{ kind: 'year', start: 5, end: 10, was: '2023年' }]);
    const inside = titleMarksAfterEdit(meta.title, 'XX镇2025年上半年工作总结', meta);
    expect(inside.titleMarks).toBeUndefined();
  });

  it('are confirmed (text kept) or reverted (last year’s year back)', () => {
    expect(titleWithout(meta, 0, false)).toEqual({ ...emptyDraft().meta, title: meta.title });
    expect(titleWithout(meta, 0, true).title).toBe('XX镇2023年上半年工作总结');
    expect(titleWithout(meta, 0, true).titleMarks).toBeUndefined();
  });
});
