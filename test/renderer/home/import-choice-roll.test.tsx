import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportConfirm } from '../../../renderer/editor/export-confirm';
import { ImportChoice, type ImportAction } from '../../../renderer/home/import-choice';
import { emptyDraft, type Draft } from '../../../shared/model';
import { click, key, type } from '../snippets-fixture';

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function render(node: React.ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(node));
  return container;
}

function report(title: string, year: number): Draft {
  const draft = emptyDraft({ title, year, period: '上半年' });
  draft.blocks = [{ type: 'paragraph', text: `${year}年上半年，共培训干部120人次。` }];
  return draft;
}

const inputLabelled = (scope: HTMLElement, text: string) =>
  [...scope.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(text))
    ?.querySelector('input') as HTMLInputElement;
const buttonNamed = (scope: HTMLElement, name: string) =>
  [...scope.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  ) as HTMLButtonElement;

describe('the import choice with 作为今年的初稿', () => {
  it('rolls the report picked from a compilation to the year typed, keeping last year’s', async () => {
    const drafts = [
      report('甲镇2023年上半年工作总结', 2023),
      report('乙镇2022年上半年工作总结', 2022),
    ];
    const chosen: { draft: Draft; action: ImportAction }[] = [];
    const scope = render(
      <ImportChoice
        fileName="汇编.docx"
        drafts={drafts}
        notices={[]}
        onChoose={(draft, action) => chosen.push({ draft, action })}
        onCancel={() => undefined}
      />,
    );
    const year = inputLabelled(scope, '今年的年度');
    expect(year.placeholder).toBe('默认：原稿年份加一');
    await type(year, '2024');
    await click(buttonNamed(scope, '作为今年的初稿：乙镇2022年上半年工作总结'));
    expect(chosen).toHaveLength(1);
    expect(chosen[0].draft).toBe(drafts[1]);
    const rolled = await chosen[0].action.run(chosen[0].draft);
    expect(rolled.meta.title).toBe('乙镇2024年上半年工作总结');
    expect(rolled.lastYear?.meta.title).toBe('乙镇2022年上半年工作总结');
    expect(rolled.blocks[0]).toMatchObject({ text: '2024年上半年，共培训干部120人次。' });
  });

  it('still opens a report as it is', async () => {
    const drafts = [report('甲镇2023年上半年工作总结', 2023)];
    const onChoose = vi.fn();
    const scope = render(
      <ImportChoice
        fileName="甲镇.docx"
        drafts={drafts}
        notices={[]}
        onChoose={onChoose}
        onCancel={() => undefined}
      />,
    );
    expect(inputLabelled(scope, '今年的年度').placeholder).toBe('默认 2024');
    await click(buttonNamed(scope, '原样打开'));
    const [draft, action] = onChoose.mock.calls[0] as [Draft, ImportAction];
    expect(await action.run(draft)).toBe(drafts[0]);
  });
});

describe('the export question', () => {
  const marks = Array.from({ length: 32 }, (_, i) => ({
    key: String(i),
    kind: 'figure' as const,
    text: `${i + 1}名`,
    was: `${i + 1}名`,
    unsure: false,
  }));

  it('lists the open marks (30 at most, then how many more) and answers with the button pressed', async () => {
    const onExport = vi.fn();
    const onBack = vi.fn();
    const scope = render(<ExportConfirm marks={marks} onExport={onExport} onBack={onBack} />);
    expect(scope.querySelectorAll('li')).toHaveLength(30);
    expect(scope.textContent).toContain('文稿中还有 32 处沿用去年的年份、日期或数据');
    expect(scope.textContent).toContain('……还有 2 处');
    await click(buttonNamed(scope, '返回修改'));
    expect(onBack).toHaveBeenCalledTimes(1);
    await key(scope.querySelector('[role="dialog"]')!, 'Escape');
    expect(onBack).toHaveBeenCalledTimes(2);
    await click(buttonNamed(scope, '仍然导出'));
    expect(onExport).toHaveBeenCalledTimes(1);
  });
});
