import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetsPanel } from '../../renderer/panels/snippets-panel';
import {
  button,
  byLabel,
  click,
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
  phrase('b3', '存在问题', '基层力量相对薄弱。'),
  phrase('b4', '结尾语', '特此报告。'),
  phrase('u1', '我的常用语', '我自己写的一句。', true),
];
const meta = {
  unit: '某县统计局',
  year: 2024,
  period: '上半年' as const,
  template: 'half-year-summary',
};

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

async function open(api = fakeApi(phrases, { snippetCategories: ['结尾语'] })) {
  mounted = await mount(<SnippetsPanel />, api, meta);
  return { ...mounted, api, search: byLabel<HTMLInputElement>(mounted.container, '搜索常用语') };
}

describe('phrase panel', () => {
  it('lists the phrases with placeholders filled and the template categories first', async () => {
    const { container } = await open();
    expect(options(container)[0]).toBe('特此报告。');
    expect(options(container)).toContain('现将某县统计局2024年上半年工作总结如下。');
  });

  it('finds 现将……总结如下 by typing xjzj and inserts it with Enter', async () => {
    const { container, search, inserted } = await open();
    await type(search, 'xjzj');
    expect(options(container)[0]).toBe('现将某县统计局2024年上半年工作总结如下。');
    await key(search, 'Enter');
    expect(inserted).toEqual(['现将某县统计局2024年上半年工作总结如下。']);
  });

  it('moves the highlight with the arrow keys, staying within the matches', async () => {
    const { container, search, inserted } = await open();
    await type(search, '工作');
    expect(options(container)).toHaveLength(2);
    expect(highlighted(container)).toBe(options(container)[0]);
    await key(search, 'ArrowDown');
    await key(search, 'ArrowDown');
    expect(highlighted(container)).toBe(options(container)[1]);
    await key(search, 'ArrowUp');
    await key(search, 'ArrowUp');
    expect(highlighted(container)).toBe(options(container)[0]);
    await key(search, 'ArrowDown');
    await key(search, 'Enter');
    expect(inserted).toEqual([options(container)[1]]);
  });

  it('does not insert on the Enter that commits an IME composition', async () => {
    const { search, inserted } = await open();
    await type(search, 'te');
    await key(search, 'Enter', { isComposing: true });
    await key(search, 'Enter', { keyCode: 229 } as KeyboardEventInit);
    expect(inserted).toEqual([]);
  });

  it('inserts a phrase on click and the highlighted one from the 插入到光标处 button', async () => {
    const { container, inserted } = await open();
    const item = [...container.querySelectorAll('[role="option"]')].find((o) =>
      o.textContent?.includes('基层力量'),
    )!;
    await click(item);
    await click(button(container, '插入到光标处'));
    expect(inserted).toEqual(['基层力量相对薄弱。', '特此报告。']);
  });

  it('gives the focus back to the text on Escape in the search box', async () => {
    const { search, editor } = await open();
    search.focus();
    await key(search, 'Escape');
    expect(document.activeElement).toBe(editor.getRootElement());
  });

  it('filters by category', async () => {
    const { container } = await open();
    const filter = byLabel<HTMLSelectElement>(container, '按类别筛选');
    await act(async () => {
      filter.value = '开头语';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(options(container)).toHaveLength(2);
  });

  it('saves the selected text as a phrase in a category the user names', async () => {
    const { container, editor, api } = await open();
    await act(async () => {
      editor.update(
        () => {
          const p = $createParagraphNode();
          const text = $createTextNode('前文要保存的这一句后文');
          p.append(text);
          $getRoot().clear().append(p);
          text.select(2, 9);
        },
        { discrete: true },
      );
    });
    await click(button(container, '保存为常用语'));
    const form = container.querySelector('form')!;
    expect(form.querySelector('textarea')!.value).toBe('要保存的这一句');
    const select = form.querySelector('select')!;
    await act(async () => {
      select.value = '\u0000new';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await type(form.querySelector('input')!, '调研报告');
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(api.saveSnippet).toHaveBeenCalledWith({
      snippet: { category: '调研报告', text: '要保存的这一句' },
    });
    expect(options(container)).toContain('要保存的这一句');
    expect(container.querySelector('[role="status"]')!.textContent).toBe('已保存为常用语');
  });

  it('edits and deletes the user’s own phrases', async () => {
    const { container, api } = await open();
    await click(button(container, '编辑：我自己写的一句。'));
    const form = container.querySelector('form')!;
    await type(form.querySelector('textarea')!, '改过的一句。');
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(api.saveSnippet).toHaveBeenCalledWith({
      snippet: { id: 'u1', category: '我的常用语', text: '改过的一句。' },
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await click(button(container, '删除：改过的一句。'));
    expect(api.deleteSnippet).toHaveBeenCalledWith({ id: 'u1' });
    expect(options(container)).not.toContain('改过的一句。');
  });

  it('exports a pack as a download and imports one from a file', async () => {
    const { container, api } = await open();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:pack'));
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await click(button(container, '导出常用语包'));
    expect(api.exportSnippetPack).toHaveBeenCalled();
    expect(clicked).toHaveBeenCalled();
    expect(await created[0].text()).toBe('{}');

    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{"format":"gongwen-snippets"}'], '同事的常用语.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(api.importSnippetPack).toHaveBeenCalledWith({
      file: { name: '同事的常用语.json', data: btoa('{"format":"gongwen-snippets"}') },
    });
    expect(container.querySelector('[role="status"]')!.textContent).toBe(
      '已导入 1 条常用语，跳过重复的 2 条',
    );
    expect(options(container)).toContain('从同事那里导入的一句。');
  });

  it('shows a failed import in Chinese instead of crashing', async () => {
    const api = fakeApi(phrases);
    api.importSnippetPack.mockRejectedValueOnce(
      new Error('常用语包 坏.json 不是有效的 JSON 文件，无法导入'),
    );
    const { container } = await open(api);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      value: [new File(['x'], '坏.json')],
      configurable: true,
    });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(container.querySelector('[role="status"]')!.textContent).toBe(
      '操作失败：常用语包 坏.json 不是有效的 JSON 文件，无法导入',
    );
  });
});
