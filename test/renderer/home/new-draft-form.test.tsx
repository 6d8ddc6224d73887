import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { DrafterApi, Template } from '../../../shared/api';
import type { Draft } from '../../../shared/model';
import { ApiContext } from '../../../renderer/api-context';
import { NewDraftForm } from '../../../renderer/home/new-draft-form';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const template: Template = {
  id: 'half',
  name: '上半年工作总结',
  docType: 'summary',
  description: '回顾上半年',
  titlePattern: '{单位}{年度}年{期间}工作总结',
  period: '上半年',
  preamble: '{年度}年{期间}，{单位}各项工作有序推进。',
  sections: [{ title: '主要工作', kinds: ['work'], guide: '写做了什么。' }],
  snippetCategories: [],
};

const api = {
  listTemplates: async () => [
    { id: template.id, name: template.name, docType: template.docType, description: '' },
  ],
  getTemplate: async () => template,
} as unknown as DrafterApi;

let container: HTMLDivElement;
afterEach(() => container?.remove());

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function field(label: string): HTMLInputElement | HTMLSelectElement {
  const found = [...container.querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith(label),
  );
  return found!.querySelector('input, select')!;
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('NewDraftForm', () => {
  it('lists templates by name, preselects the template period and creates the draft', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const created: Draft[] = [];
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <ApiContext.Provider value={api}>
          <NewDraftForm
            now={new Date('2024-07-01')}
            onCreate={(d) => created.push(d)}
            onCancel={() => undefined}
            onError={(e) => {
              throw e;
            }}
          />
        </ApiContext.Provider>,
      );
    });
    await settle();
    const radio = container.querySelector<HTMLInputElement>('input[type=radio]')!;
    expect(radio.getAttribute('aria-label')).toBe('上半年工作总结');
    expect(radio.checked).toBe(true);
    expect(field('期间').value).toBe('上半年');
    expect(field('年度').value).toBe('2024');
    await act(async () => type(field('单位名称') as HTMLInputElement, '城关镇人民政府'));
    await act(async () => type(field('成文日期') as HTMLInputElement, '2024年7月5日'));
    const create = [...container.querySelectorAll('button')].find((b) => b.textContent === '创建')!;
    await act(async () => create.click());
    await settle();
    expect(created).toHaveLength(1);
    expect(created[0].meta.title).toBe('城关镇人民政府2024年上半年工作总结');
    expect(created[0].blocks[0]).toEqual({
      type: 'paragraph',
      text: '2024年上半年，城关镇人民政府各项工作有序推进。',
    });
    expect(created[0].signature).toEqual({ unit: '城关镇人民政府', date: '2024年7月5日' });
    await act(async () => root.unmount());
  });
});
