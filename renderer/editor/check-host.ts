// The editor screen's side of the checks: it hands the store the draft as a whole and takes back
// what a check changes outside the editor (ignored findings, a fixed title or signature).

import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { checkStoreFor, type CheckHost, type CheckState, type CheckStore } from './check-store';

/**
 * Connects the screen to the editor's check store; re-checks whenever `frame` (the title, the
 * signature, the ignored list: what lives outside Lexical) changes.
 */
export function useCheckHost(editor: LexicalEditor, host: CheckHost, frame: readonly unknown[]) {
  const latest = useRef(host);
  latest.current = host;
  useEffect(
    () =>
      checkStoreFor(editor).attach({
        getDraft: () => latest.current.getDraft(),
        setIgnored: (ignored) => latest.current.setIgnored(ignored),
        setFrame: (draft) => latest.current.setFrame(draft),
      }),
    [editor],
  );
  useEffect(() => {
    checkStoreFor(editor).recheck();
  }, [editor, ...frame]);
}

/** The check store of the editor this component renders in. */
export function useCheckStore(): CheckStore {
  const [editor] = useLexicalComposerContext();
  return checkStoreFor(editor);
}

/** The current findings, re-rendering when a check finishes. */
export function useCheckState(): CheckState {
  const store = useCheckStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
