import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import {
  $documentStats,
  $moveSection,
  $moveSectionBefore,
} from '../../../renderer/editor/sections';
import { headlessEditor, readBlocks } from './editor-fixture';

const h = (level: 1 | 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, text });
const p = (text: string): Block => ({ type: 'paragraph', text });

const doc: Block[] = [
  p('开头'),
  h(1, '甲'),
  p('甲的正文'),
  h(2, '甲一'),
  p('甲一正文'),
  { type: 'paragraph', text: '正文', lead: { level: 2, text: '甲二' } },
  h(1, '乙'),
  p('乙的正文'),
  h(1, '丙'),
];

function texts(blocks: Block[]): string[] {
  return blocks.map((b) =>
    b.type === 'table' ? '' : b.type === 'paragraph' && b.lead ? b.lead.text : b.text,
  );
}

function keyOf(editor: ReturnType<typeof headlessEditor>, text: string): string {
  return editor.getEditorState().read(() => {
    const entry = $documentStats().entries.find((e) => e.text === text);
    if (!entry) throw new Error(text);
    return entry.key;
  });
}

describe('sections', () => {
  it('lists headings and run-in headings with their numbers and section 字数', () => {
    const editor = headlessEditor(doc);
    const stats = editor.getEditorState().read($documentStats);
    expect(stats.entries.map((e) => [e.number, e.text, e.chars])).toEqual([
      // 一、甲 (3) + 甲的正文 (4) + （一）甲一 (5) + 甲一正文 (4) + （二）甲二正文 (8)
      ['一、', '甲', 24],
      ['（一）', '甲一', 9],
      ['（二）', '甲二', 8],
      ['二、', '乙', 7],
      ['三、', '丙', 3],
    ]);
    expect(stats.total).toBe(2 + 24 + 7 + 3);
  });

  it('moves a section down past the next one with all its content and subsections', () => {
    const editor = headlessEditor(doc);
    editor.update(() => void $moveSection(keyOf(editor, '甲'), 1), { discrete: true });
    expect(texts(readBlocks(editor))).toEqual([
      '开头',
      '乙',
      '乙的正文',
      '甲',
      '甲的正文',
      '甲一',
      '甲一正文',
      '甲二',
      '丙',
    ]);
  });

  it('moves a section up, and refuses to move past its parent', () => {
    const editor = headlessEditor(doc);
    editor.update(() => void $moveSection(keyOf(editor, '甲二'), -1), { discrete: true });
    expect(texts(readBlocks(editor)).slice(3, 6)).toEqual(['甲二', '甲一', '甲一正文']);
    let moved = true;
    editor.update(() => void (moved = $moveSection(keyOf(editor, '甲二'), -1)), { discrete: true });
    expect(moved).toBe(false);
    editor.update(() => void (moved = $moveSection(keyOf(editor, '丙'), 1)), { discrete: true });
    expect(moved).toBe(false);
  });

  it('moves a section before another by drag, but not into itself', () => {
    const editor = headlessEditor(doc);
    let moved = true;
    editor.update(
      () => void (moved = $moveSectionBefore(keyOf(editor, '甲'), keyOf(editor, '甲一'))),
      {
        discrete: true,
      },
    );
    expect(moved).toBe(false);
    editor.update(() => void $moveSectionBefore(keyOf(editor, '丙'), keyOf(editor, '甲')), {
      discrete: true,
    });
    expect(texts(readBlocks(editor)).slice(0, 3)).toEqual(['开头', '丙', '甲']);
  });
});
