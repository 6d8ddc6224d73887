// The phrase list shared by the panel and the palette: loaded once from the API, refreshed after a
// save, delete or import, so a phrase saved in the panel is at once in the palette too.

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { DrafterApi, Snippet } from '../../shared/api';
import type { DraftMeta } from '../../shared/model';
import { fillPlaceholders } from '../../shared/snippets/placeholders';
import { useApi } from '../api-context';

interface SnippetState {
  snippets: Snippet[];
  loading: boolean;
  error: string | null;
}

/** One store per API object, so tests with their own fake API don't share a list. */
class SnippetStore {
  private state: SnippetState = { snippets: [], loading: true, error: null };
  private readonly listeners = new Set<() => void>();
  private loaded: Promise<void> | null = null;

  constructor(private readonly api: DrafterApi) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  private set(state: Partial<SnippetState>) {
    this.state = { ...this.state, ...state };
    for (const listener of this.listeners) listener();
  }

  ensure(): Promise<void> {
    this.loaded ??= this.refresh();
    return this.loaded;
  }

  async refresh(): Promise<void> {
    try {
      this.set({ snippets: await this.api.listSnippets({}), loading: false, error: null });
    } catch (error) {
      this.set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

const stores = new WeakMap<DrafterApi, SnippetStore>();

function storeFor(api: DrafterApi): SnippetStore {
  let store = stores.get(api);
  if (!store) {
    store = new SnippetStore(api);
    stores.set(api, store);
  }
  return store;
}

export function useSnippets(): SnippetState & { refresh: () => Promise<void> } {
  const api = useApi();
  const store = storeFor(api);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => {
    void store.ensure();
  }, [store]);
  const refresh = useCallback(() => store.refresh(), [store]);
  return { ...state, refresh };
}

/** The categories the draft's template suggests, shown first. */
export function usePreferredCategories(templateId: string | undefined): string[] {
  const api = useApi();
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    if (!templateId) {
      setCategories([]);
      return;
    }
    api.getTemplate({ id: templateId }).then(
      (t) => live && setCategories(t.snippetCategories),
      () => live && setCategories([]),
    );
    return () => {
      live = false;
    };
  }, [api, templateId]);
  return categories;
}

/** The text a phrase inserts: placeholders filled from the draft, unknown ones kept visible. */
export function snippetText(snippet: Snippet, meta: DraftMeta): string {
  return fillPlaceholders(snippet.text, meta);
}
