// A Lexical composer with the phrase panel or palette inside, a fake DrafterApi, and helpers to
// drive React the way a user does (no testing-library here: react-dom's act and DOM events).

import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { act, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import type { DrafterApi, Snippet, Template } from '../../shared/api';
import { emptyDraft, type DraftMeta } from '../../shared/model';
import { initialsOf } from '../../shared/snippets/pinyin-initials';
import { ApiContext } from '../../renderer/api-context';
import { INSERT_SNIPPET_COMMAND } from '../../renderer/editor/commands';
import { DraftMetaContext } from '../../renderer/editor/draft-meta-context';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function phrase(id: string, category: string, text: string, user = false): Snippet {
  return { id, category, text, initials: initialsOf(text), ...(user ? { user } : {}) };
}

export function fakeApi(initial: Snippet[], template?: Partial<Template>) {
  let snippets = [...initial];
  const api = {
    listSnippets: vi.fn(async () => [...snippets]),
    getTemplate: vi.fn(async () => ({ snippetCategories: [], ...template }) as Template),
    saveSnippet: vi.fn(
      async ({ snippet }: { snippet: { id?: string; category: string; text: string } }) => {
        const saved = phrase(
          snippet.id ?? `u-${snippets.length}`,
          snippet.category,
          snippet.text,
          true,
        );
        snippets = [saved, ...snippets.filter((s) => s.id !== saved.id)];
        return saved;
      },
    ),
    deleteSnippet: vi.fn(async ({ id }: { id: string }) => {
      snippets = snippets.filter((s) => s.id !== id);
      return {};
    }),
    exportSnippetPack: vi.fn(async () => ({ name: '常用语-20240705.json', data: btoa('{}') })),
    importSnippetPack: vi.fn(async () => {
      snippets = [phrase('u-imported', '导入的', '从同事那里导入的一句。', true), ...snippets];
      return { added: 1, skipped: 2 };
    }),
  };
  return api as typeof api & DrafterApi;
}

/** Records what the panel asks the editor to insert, standing in for the editor's own plugin. */
function InsertRecorder(props: { inserted: string[]; onEditor: (e: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    props.onEditor(editor);
    return editor.registerCommand(
      INSERT_SNIPPET_COMMAND,
      (text) => {
        props.inserted.push(text);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
  }, [editor, props]);
  return null;
}

export interface Mounted {
  container: HTMLElement;
  editor: LexicalEditor;
  inserted: string[];
  root: Root;
  unmount: () => void;
}

export async function mount(
  children: ReactNode,
  api: DrafterApi,
  meta: Partial<DraftMeta> = {},
): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const inserted: string[] = [];
  let editor!: LexicalEditor;
  const root = createRoot(container);
  const recorder = { inserted, onEditor: (e: LexicalEditor) => (editor = e) };
  await act(async () => {
    root.render(
      <ApiContext.Provider value={api}>
        <DraftMetaContext.Provider value={{ ...emptyDraft().meta, ...meta }}>
          <LexicalComposer
            initialConfig={{
              namespace: 'test',
              onError: (e) => {
                throw e;
              },
            }}
          >
            <RichTextPlugin
              contentEditable={<ContentEditable aria-label="正文" />}
              ErrorBoundary={LexicalErrorBoundary}
            />
            <InsertRecorder {...recorder} />
            {children}
          </LexicalComposer>
        </DraftMetaContext.Provider>
      </ApiContext.Provider>,
    );
  });
  await settle();
  return {
    container,
    editor,
    inserted,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises (the API calls) and React updates finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function key(target: Element, keyName: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...init }),
    );
  });
}

export async function click(target: Element) {
  await act(async () => {
    target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
  await settle();
}

export function byLabel<T extends Element>(scope: ParentNode, label: string): T {
  const found = scope.querySelector(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no element labelled ${label}`);
  return found as T;
}

export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find(
    (b) =>
      b.getAttribute('aria-label') === name ||
      (!b.hasAttribute('aria-label') && b.textContent === name),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

export function options(scope: ParentNode): string[] {
  return [...scope.querySelectorAll('[role="option"] .gw-snippet-text')].map(
    (o) => o.textContent ?? '',
  );
}

export function highlighted(scope: ParentNode): string {
  return (
    scope.querySelector('[role="option"][aria-selected="true"] .gw-snippet-text')?.textContent ?? ''
  );
}
