import { $createRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks';
import {
  $findingRange,
  findingDomRanges,
  frameDomRange,
} from '../../../renderer/editor/check-ranges';
import { headlessEditor } from './editor-fixture';
import { sampleDraft, sampleFindings } from './check-sample';

function mounted(editor: LexicalEditor): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  return root;
}

/** The text between the two editor points of a finding, read through a Lexical selection. */
function selectedText(editor: LexicalEditor, f: Finding): string | null {
  let text: string | null = null;
  editor.update(
    () => {
      const range = $findingRange(f);
      if (!range) return;
      const selection = $createRangeSelection();
      selection.anchor.set(range.anchor.key, range.anchor.offset, range.anchor.type);
      selection.focus.set(range.focus.key, range.focus.offset, range.focus.type);
      $setSelection(selection);
      text = selection.getTextContent();
    },
    { discrete: true },
  );
  return text;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findings map to the right place in the editor', () => {
  const draft = sampleDraft();
  const findings = sampleFindings(draft);
  const textFindings = findings.filter((f) => f.field !== 'marker' && f.block >= 0);

  it('selects exactly the flagged text of every finding in body text, leads and headings', () => {
    const editor = headlessEditor(draft.blocks);
    expect(textFindings.length).toBeGreaterThanOrEqual(8);
    for (const f of textFindings) expect(selectedText(editor, f), f.rule).toBe(f.text);
  });

  it('tells the lead from the body text of the same paragraph at the same offsets', () => {
    const editor = headlessEditor(draft.blocks);
    const [lead, body] = findings.filter((f) => f.block === 1 && f.rule === 'misuse');
    expect([lead.where, body.where]).toEqual(['lead', 'text']);
    const keys = editor.getEditorState().read(() => [$findingRange(lead), $findingRange(body)]);
    expect(keys[0]?.anchor.key).not.toBe(keys[1]?.anchor.key);
  });

  it('counts a line break as one character, as the model does', () => {
    const editor = headlessEditor(draft.blocks);
    const after = findings.find((f) => f.block === 2 && f.rule === 'misuse');
    expect(after?.start).toBe(24);
    expect(selectedText(editor, after!)).toBe('截止');
  });

  it('spans a roll-forward mark and the text around it', () => {
    const editor = headlessEditor(draft.blocks);
    const across: Finding = {
      rule: 'test',
      severity: 'hint',
      block: 1,
      start: 9,
      end: 15,
      where: 'text',
      message: '',
      text: '党员120名',
    };
    expect(selectedText(editor, across)).toBe('党员120名');
  });

  it('gives DOM ranges over the rendered text that read as the flagged text', () => {
    const editor = headlessEditor(draft.blocks);
    mounted(editor);
    editor.update(() => undefined, { discrete: true });
    const ranges = findingDomRanges(editor, textFindings);
    expect(ranges.map((r) => r?.toString())).toEqual(textFindings.map((f) => f.text));
  });

  it('finds nothing for text that changed since the check, or outside the editor', () => {
    const editor = headlessEditor(draft.blocks);
    const stale = { ...textFindings[0], text: '别的字' };
    const title = { ...textFindings[0], block: -1, where: 'title' as const };
    editor.getEditorState().read(() => {
      expect($findingRange(stale)).toBeNull();
      expect($findingRange(title)).toBeNull();
    });
  });

  it('puts a finding on a written heading number at the start of the heading', () => {
    const editor = headlessEditor(draft.blocks);
    const marker = findings.find((f) => f.field === 'marker')!;
    const range = editor.getEditorState().read(() => $findingRange(marker));
    expect(range?.anchor).toEqual(range?.focus);
    expect(range?.anchor.offset).toBe(0);
    expect(selectedText(editor, marker)).toBe('');
  });

  it('finds a title finding in the page frame around the editor', () => {
    document.body.innerHTML = '<h1 class="page-title">城关镇2024年上半年工作总结,</h1>';
    const f: Finding = {
      rule: 'punct.halfwidth',
      severity: 'warning',
      block: -1,
      where: 'title',
      start: 15,
      end: 16,
      message: '',
      text: ',',
    };
    expect(frameDomRange(document, f)?.toString()).toBe(',');
    expect(frameDomRange(document, { ...f, text: '。' })).toBeNull();
  });
});
