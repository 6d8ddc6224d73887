import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFix, checkDraft } from '../../../shared/checks';
import type { Block } from '../../../shared/model';
import { $setBlocks } from '../../../renderer/editor/convert';
import { $applyFindingFix, $applyFindingFixes } from '../../../renderer/editor/check-fixes';
import { headlessEditor, readBlocks } from './editor-fixture';
import { sampleDraft, sampleFindings } from './check-sample';

describe('fixes go through the editor', () => {
  const draft = sampleDraft();
  const findings = sampleFindings(draft);
  const fixable = findings.filter((f) => f.fix !== undefined && f.block >= 0);

  it('gives the same blocks as the pure fix for every fixable finding', () => {
    expect(fixable.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['misuse', 'punct.halfwidth', 'number.range-dash', 'numbering.punct']),
    );
    for (const f of fixable) {
      const editor = headlessEditor(draft.blocks);
      let applied = false;
      editor.update(() => void (applied = $applyFindingFix(f)), { discrete: true });
      expect(applied, f.rule).toBe(true);
      expect(readBlocks(editor), `${f.rule} ${f.start}`).toEqual(applyFix(draft, f).blocks);
    }
  });

  it('keeps the roll-forward mark after a fix before it, moved with the text', () => {
    const editor = headlessEditor(draft.blocks);
    const misuse = fixable.find((f) => f.block === 1 && f.where === 'text')!;
    editor.update(() => void $applyFindingFix({ ...misuse, fix: '截至到' }), { discrete: true });
    const block = readBlocks(editor)[1];
    expect(block.type === 'paragraph' && block.marks).toEqual([
      { kind: 'figure', start: 12, end: 15, was: '110' },
    ]);
  });

  it('fixes all findings of one rule in one step that one undo takes back', () => {
    const editor = headlessEditor([]);
    registerHistory(editor, createEmptyHistoryState(), 0);
    editor.update(() => $setBlocks(draft.blocks), { discrete: true });
    const commas = findings.filter((f) => f.rule === 'punct.halfwidth');
    expect(commas).toHaveLength(3);
    let count = 0;
    editor.update(() => void (count = $applyFindingFixes(commas)), { discrete: true });
    expect(count).toBe(3);
    const fixed = readBlocks(editor);
    expect(fixed).toEqual(applyAllFixes(draft, commas).blocks);
    expect(checkDraft({ ...draft, blocks: fixed }).some((f) => f.rule === 'punct.halfwidth')).toBe(
      false,
    );
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    editor.update(() => undefined, { discrete: true });
    expect(readBlocks(editor)).toEqual(draft.blocks);
  });

  it('leaves the text alone when it changed since the check', () => {
    const editor = headlessEditor(draft.blocks);
    const misuse = fixable.find((f) => f.rule === 'misuse')!;
    let applied = true;
    editor.update(() => void (applied = $applyFindingFix({ ...misuse, text: '截至' })), {
      discrete: true,
    });
    expect(applied).toBe(false);
    expect(readBlocks(editor)).toEqual(draft.blocks);
  });

  it('removes a paragraph repeated whole, and only that one', () => {
    const said: Block = {
      type: 'paragraph',
      text: '全镇上下齐心协力，认真落实各项工作部署，推动经济社会持续健康发展。',
    };
    const once = { ...draft, blocks: [...draft.blocks, said] };
    const twice = { ...draft, blocks: [...once.blocks, said] };
    const repeat = checkDraft(twice).find((f) => f.rule === 'repeat.paragraph')!;
    expect(repeat.block).toBe(5);
    const editor = headlessEditor(twice.blocks);
    editor.update(() => void $applyFindingFix(repeat), { discrete: true });
    expect(readBlocks(editor)).toEqual(once.blocks);
  });

  it('does not fix a title finding in the editor (the page frame owns the title)', () => {
    const editor = headlessEditor(draft.blocks);
    const title = { ...fixable[0], block: -1, where: 'title' as const };
    let applied = true;
    editor.update(() => void (applied = $applyFindingFix(title)), { discrete: true });
    expect(applied).toBe(false);
  });
});
