import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $setCompositionKey,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { act, useCallback, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft, IgnoredFinding } from '../../shared/model';
import { useCheckHost } from '../../renderer/editor/check-host';
import { CHECK_DELAY } from '../../renderer/editor/check-store';
import { $getBlocks } from '../../renderer/editor/convert';
import { editorConfig } from '../../renderer/editor/editor';
import { ChecksPanel } from '../../renderer/panels/checks-panel';
import { sampleDraft } from './editor/check-sample';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The editor screen's part in miniature: holds the ignored list and hands the draft over. */
function Host({ draft, onEditor }: { draft: Draft; onEditor: (e: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  onEditor(editor);
  const [ignored, setIgnored] = useState<IgnoredFinding[] | undefined>(draft.ignored);
  const [meta, setMeta] = useState(draft.meta);
  const latest = useRef({ ignored, meta });
  latest.current = { ignored, meta };
  const getDraft = useCallback(
    (): Draft => ({
      ...draft,
      meta: latest.current.meta,
      blocks: editor.getEditorState().read($getBlocks),
      ...(latest.current.ignored ? { ignored: latest.current.ignored } : {}),
    }),
    [draft, editor],
  );
  const setFrame = (next: Draft) => setMeta(next.meta);
  useCheckHost(editor, { getDraft, setIgnored, setFrame }, [ignored, meta]);
  return <h1 className="page-title">{meta.title}</h1>;
}

let root: Root | null = null;
let container: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
});

function mount(draft: Draft = sampleDraft()) {
  container = document.createElement('div');
  document.body.append(container);
  let editor: LexicalEditor | null = null;
  act(() => {
    root = createRoot(container!);
    root.render(
      <LexicalComposer initialConfig={editorConfig(draft.blocks)}>
        <RichTextPlugin
          contentEditable={<ContentEditable aria-label="正文" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <Host draft={draft} onEditor={(e) => (editor = e)} />
        <ChecksPanel />
      </LexicalComposer>,
    );
  });
  const panel = container.querySelector<HTMLElement>('[aria-label="检查"]')!;
  const groups = () =>
    [...panel.querySelectorAll('.gw-check-group')].map((g) => g.getAttribute('aria-label'));
  const item = (text: string) =>
    [...panel.querySelectorAll<HTMLElement>('.gw-check-item')].filter((li) =>
      li.textContent?.includes(text),
    );
  const press = (element: Element | undefined | null) => {
    if (!element) throw new Error('nothing to press');
    act(() => (element as HTMLElement).click());
  };
  const buttonIn = (element: Element, name: string) =>
    [...element.querySelectorAll('button')].find((b) => b.textContent?.startsWith(name));
  return { editor: editor!, panel, groups, item, press, buttonIn };
}

const bodyText = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => $getRoot().getTextContent());

const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('检查 panel', () => {
  it('groups the findings by severity with counts, and rules within them', () => {
    const { panel, groups } = mount();
    expect(groups()).toEqual(['错误 1', '警告 8', '提示 1']);
    const commas = panel.querySelector('[data-rule="punct.halfwidth"]')!;
    expect(commas.querySelectorAll('li')).toHaveLength(3);
    expect(commas.textContent).toContain('全部修复（3）');
    // one finding of a rule needs no 全部修复
    expect(panel.querySelector('[data-rule="number.range-dash"]')?.textContent).not.toContain(
      '全部修复',
    );
  });

  it('selects the flagged text when a finding is clicked', () => {
    const { editor, item, press } = mount();
    press(item('13812345678')[0].querySelector('.gw-check-jump'));
    expect(editor.getEditorState().read(() => $getSelection()?.getTextContent())).toBe(
      '13812345678',
    );
  });

  it('brings the list up to date when a clicked finding was edited away before the re-check', () => {
    const { editor, item, press, groups } = mount();
    act(() => {
      editor.update(
        () => {
          const paragraph = $getRoot().getChildAtIndex(1);
          const text = $isElementNode(paragraph) ? paragraph.getChildAtIndex(1) : null;
          (text as TextNode).setTextContent('截至目前，全镇共有党员');
        },
        { discrete: true },
      );
    });
    expect(groups()).toEqual(['错误 1', '警告 8', '提示 1']);
    const [, inText] = item('截止');
    press(inText.querySelector('.gw-check-jump'));
    expect(groups()).toEqual(['错误 1', '警告 6', '提示 1']);
  });

  it('fixes one finding, then all of a rule, and updates the list at once', () => {
    const { editor, item, press, buttonIn, panel, groups } = mount();
    press(buttonIn(item('1—6')[0], '修复'));
    expect(bodyText(editor)).toContain('1—6月完成投资');
    expect(groups()).toEqual(['错误 1', '警告 8']);
    press(buttonIn(panel.querySelector('[data-rule="punct.halfwidth"]')!, '全部修复'));
    expect(bodyText(editor)).not.toContain(',');
    expect(groups()).toEqual(['错误 1', '警告 5']);
  });

  it('ignores a finding until it is restored', () => {
    const { item, press, buttonIn, panel, groups } = mount();
    press(buttonIn(item('13812345678')[0], '忽略'));
    expect(groups()).toEqual(['警告 8', '提示 1']);
    const ignored = panel.querySelector('.gw-check-ignored')!;
    expect(ignored.querySelector('summary')?.textContent).toBe('已忽略 1 处');
    expect(ignored.textContent).toContain('手机号码');
    press(buttonIn(ignored, '恢复'));
    expect(groups()).toEqual(['错误 1', '警告 8', '提示 1']);
    expect(panel.querySelector('.gw-check-ignored')).toBeNull();
  });

  it('fixes a title finding through the screen that owns the title', () => {
    const draft = sampleDraft();
    draft.meta.title = '城关镇2024年上半年工作总结(初稿)';
    const { item, press, buttonIn, panel } = mount(draft);
    const flagged = (text: string) =>
      item('标题').filter((li) => li.querySelector('.gw-check-text')?.textContent === text);
    const title = flagged('(');
    expect(title).toHaveLength(1);
    press(buttonIn(title[0], '修复'));
    expect(panel.ownerDocument.querySelector('.page-title')?.textContent).toBe(
      '城关镇2024年上半年工作总结（初稿)',
    );
    expect(flagged('(')).toHaveLength(0);
    expect(flagged(')')).toHaveLength(1);
  });

  it('hides findings a saved draft already ignores', () => {
    const draft = { ...sampleDraft(), ignored: [{ rule: 'privacy.mobile', text: '13812345678' }] };
    const { groups, panel } = mount(draft);
    expect(groups()).toEqual(['警告 8', '提示 1']);
    expect(panel.querySelector('.gw-check-ignored summary')?.textContent).toBe('已忽略 1 处');
  });

  it('re-checks a pause after an edit, and not while a composition is open', async () => {
    const { editor, groups } = mount();
    const lastText = () => {
      const last = $getRoot().getLastChild();
      return ($isElementNode(last) ? last.getFirstChild() : null) as TextNode;
    };
    act(() => {
      editor.update(() => lastText().setTextContent('基层党建,'), { discrete: true });
    });
    expect(groups()).toEqual(['错误 1', '警告 8', '提示 1']);
    await pause(CHECK_DELAY + 150);
    expect(groups()).toEqual(['错误 1', '警告 9', '提示 1']);

    act(() => {
      editor.update(
        () => {
          const text = lastText();
          text.setTextContent('截止目前基层党建,');
          $setCompositionKey(text.getKey());
        },
        { discrete: true },
      );
    });
    await pause(CHECK_DELAY * 3);
    expect(groups()).toEqual(['错误 1', '警告 9', '提示 1']);
    act(() => {
      editor.update(() => $setCompositionKey(null), { discrete: true });
    });
    await pause(CHECK_DELAY + 150);
    expect(groups()).toEqual(['错误 1', '警告 10', '提示 1']);
  });
});
