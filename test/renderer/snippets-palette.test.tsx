import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { OPEN_SNIPPET_PALETTE_COMMAND } from '../../renderer/editor/commands';
import { SnippetPalettePlugin } from '../../renderer/editor/plugins/snippet-palette-plugin';
import {
  byLabel,
  fakeApi,
  highlighted,
  key,
  mount,
  options,
  phrase,
  settle,
  type,
  type Mounted,
} from './snippets-fixture';

const phrases = [
  phrase('b1', '开头语', '现将{单位}{年度}年{期间}工作总结如下。'),
  phrase('b2', '开头语', '今年以来，各项工作稳步推进。'),
  phrase('b3', '结尾语', '特此报告。'),
];

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function openPalette() {
  mounted = await mount(<SnippetPalettePlugin />, fakeApi(phrases), {
    unit: '某镇',
    year: 2025,
    period: '全年',
  });
  await act(async () => {
    mounted!.editor.dispatchCommand(OPEN_SNIPPET_PALETTE_COMMAND, undefined);
  });
  await settle();
  const dialog = document.querySelector<HTMLElement>('[role="dialog"][aria-label="插入常用语"]');
  return { ...mounted, dialog };
}

describe('phrase palette', () => {
  it('opens on its command with the search box focused and the first match highlighted', async () => {
    const { dialog } = await openPalette();
    expect(dialog).not.toBeNull();
    const search = byLabel<HTMLInputElement>(dialog!, '搜索常用语');
    expect(document.activeElement).toBe(search);
    expect(highlighted(dialog!)).toBe(options(dialog!)[0]);
  });

  it('inserts the highlighted phrase with Enter, filled from the metadata, and closes', async () => {
    const { dialog, inserted } = await openPalette();
    const search = byLabel<HTMLInputElement>(dialog!, '搜索常用语');
    await type(search, 'xjzj');
    await key(search, 'Enter');
    expect(inserted).toEqual(['现将某镇2025年工作总结如下。']);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('moves through matches with the arrow keys before inserting', async () => {
    const { dialog, inserted } = await openPalette();
    const search = byLabel<HTMLInputElement>(dialog!, '搜索常用语');
    await key(search, 'ArrowDown');
    const second = options(dialog!)[1];
    expect(highlighted(dialog!)).toBe(second);
    await key(search, 'Enter');
    expect(inserted).toEqual([second]);
  });

  it('closes on Escape without inserting and gives the focus back to the text', async () => {
    const { dialog, inserted, editor } = await openPalette();
    await key(byLabel(dialog!, '搜索常用语'), 'Escape');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(inserted).toEqual([]);
    expect(document.activeElement).toBe(editor.getRootElement());
  });
});
