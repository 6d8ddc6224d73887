import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { DrafterApi, DraftVersion } from '../../../shared/api';
import { emptyDraft, type Draft } from '../../../shared/model';
import { ApiContext } from '../../../renderer/api-context';
import { HistoryDialog } from '../../../renderer/editor/history-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function draftWith(title: string, text: string): Draft {
  const draft = emptyDraft({ title });
  draft.blocks = [{ type: 'paragraph', text }];
  draft.signature = { unit: '城关镇人民政府', date: '2024年7月1日' };
  return draft;
}

const drafts: Record<string, Draft> = {
  v1: draftWith('上半年工作总结', '早先写的一段。'),
  v2: draftWith('上半年工作总结（改）', '后来改过的一段。'),
  v3: draftWith('上半年工作总结（再改）', '最新的一段。'),
};

// handed over oldest first on purpose: the dialog must not rely on the service's order
const versions: DraftVersion[] = [
  { id: 'v1', savedAt: '2024-07-01T01:00:00.000Z', title: drafts.v1!.meta.title, chars: 7 },
  { id: 'v3', savedAt: '2024-07-01T03:00:00.000Z', title: drafts.v3!.meta.title, chars: 6 },
  { id: 'v2', savedAt: '2024-07-01T02:00:00.000Z', title: drafts.v2!.meta.title, chars: 8 },
];

function fakeApi(list: DraftVersion[]): DrafterApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    listVersions: async ({ session }: { session: string }) => {
      asked.push(`list ${session}`);
      return list;
    },
    readVersion: async ({ session, id }: { session: string; id: string }) => {
      asked.push(`read ${session} ${id}`);
      return { draft: drafts[id]! };
    },
  } as unknown as DrafterApi & { asked: string[] };
}

let container: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function show(api: DrafterApi) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const restored: Draft[] = [];
  let closed = 0;
  await act(async () => {
    root.render(
      <ApiContext.Provider value={api}>
        <HistoryDialog
          session="s1"
          onRestore={(draft) => restored.push(draft)}
          onClose={() => closed++}
        />
      </ApiContext.Provider>,
    );
  });
  await settle();
  await settle();
  return { restored, closed: () => closed };
}

const options = () => [...container.querySelectorAll('[role="option"]')];
const preview = () =>
  container.querySelector<HTMLTextAreaElement>('textarea[aria-label="版本内容预览"]')!;
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('HistoryDialog', () => {
  it('lists the versions newest first with time, title and word count, the newest selected', async () => {
    const api = fakeApi(versions);
    await show(api);
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('历史版本');
    const items = options();
    expect(items.map((o) => o.id)).toEqual(['history-v3', 'history-v2', 'history-v1']);
    expect(items[0]!.textContent).toContain('上半年工作总结（再改）');
    expect(items[0]!.textContent).toContain('6 字');
    expect(items[0]!.textContent).toContain(
      new Date(versions[1]!.savedAt).toLocaleString('zh-CN', { hour12: false }),
    );
    expect(items[0]!.getAttribute('aria-selected')).toBe('true');
    expect(api.asked).toEqual(['list s1', 'read s1 v3']);
    expect(preview().value).toContain('最新的一段。');
    expect(preview().readOnly).toBe(true);
  });

  it('previews the version clicked and hands exactly that draft to the restore callback', async () => {
    const api = fakeApi(versions);
    const shown = await show(api);
    await act(async () => (options()[2] as HTMLElement).click());
    await settle();
    expect(options()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(preview().value).toContain('早先写的一段。');
    expect(preview().value).not.toContain('最新的一段。');
    expect(preview().value).toContain('城关镇人民政府');
    await act(async () => button('恢复此版本').click());
    expect(shown.restored).toEqual([drafts.v1]);
  });

  it('moves the selection with the arrow keys and closes on Escape', async () => {
    const shown = await show(fakeApi(versions));
    const list = container.querySelector<HTMLElement>('[role="listbox"]')!;
    expect(document.activeElement).toBe(list);
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await settle();
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(preview().value).toContain('后来改过的一段。');
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(shown.closed()).toBe(1);
  });

  it('says there are no versions yet and offers only 关闭 when the session has none', async () => {
    const shown = await show(fakeApi([]));
    expect(container.textContent).toContain('还没有历史版本');
    expect(options()).toHaveLength(0);
    expect(button('恢复此版本')).toBeUndefined();
    expect(document.activeElement).toBe(button('关闭'));
    await act(async () => button('关闭').click());
    expect(shown.closed()).toBe(1);
  });

  it('shows a Chinese message when the list cannot be read', async () => {
    const api = {
      listVersions: async () => {
        throw new Error('数据文件夹无法读取');
      },
    } as unknown as DrafterApi;
    await show(api);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      '读取历史版本失败：数据文件夹无法读取',
    );
  });
});
