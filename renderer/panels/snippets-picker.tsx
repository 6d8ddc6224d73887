// The search box and match list the panel and the palette share. The search box keeps focus while
// ArrowUp/ArrowDown move the highlight (aria-activedescendant) and Enter inserts the highlighted
// phrase; the first match is highlighted until the user moves. Keys typed into an IME belong to
// the IME: Enter that commits a pinyin composition must not insert a phrase.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Snippet } from '../../shared/api';
import type { DraftMeta } from '../../shared/model';
import { searchSnippets } from '../../shared/snippets/search';
import { isComposingEvent } from '../editor/commands';
import { SNIPPET_STRINGS as S } from '../snippet-strings';
import { snippetText } from './snippets-data';

export interface SnippetPickerProps {
  snippets: readonly Snippet[];
  meta: DraftMeta;
  preferred: readonly string[];
  onInsert: (snippet: Snippet) => void;
  onEscape?: () => void;
  /** the highlighted phrase, for a separate 插入 button */
  onActiveChange?: (snippet: Snippet | null) => void;
  autoFocus?: boolean;
  limit?: number;
  className?: string;
}

export function SnippetPicker(props: SnippetPickerProps) {
  const { snippets, meta, preferred, onInsert, onEscape, onActiveChange } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  const hits = useMemo(
    () => searchSnippets(snippets, query, { preferred, meta, limit: props.limit }),
    [snippets, query, preferred, meta, props.limit],
  );
  const current = hits[Math.min(active, hits.length - 1)] ?? null;

  useEffect(() => setActive(0), [query, snippets]);
  useEffect(() => onActiveChange?.(current), [current, onActiveChange]);
  useEffect(() => {
    const el = listRef.current?.querySelector('[aria-selected="true"]');
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (isComposingEvent(event.nativeEvent)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(0, Math.min(hits.length - 1, Math.min(i, hits.length - 1) + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) onInsert(current);
    } else if (event.key === 'Escape' && onEscape) {
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  }

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className={props.className}>
      <input
        type="search"
        className="gw-snippet-search"
        aria-label={S.search}
        placeholder={S.searchPlaceholder}
        value={query}
        autoFocus={props.autoFocus}
        aria-controls={listId}
        aria-activedescendant={current ? optionId(hits.indexOf(current)) : undefined}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={S.matches}
        className="gw-snippet-list"
      >
        {hits.map((snippet, i) => (
          <li
            key={snippet.id}
            id={optionId(i)}
            role="option"
            aria-selected={snippet === current}
            className="gw-snippet-item"
            title={snippet.category}
            // keeps focus (and the editor's cursor) where it is until the click inserts
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(snippet)}
          >
            <span className="gw-snippet-text">{snippetText(snippet, meta)}</span>
            <span className="gw-snippet-category">
              {snippet.user ? `${S.mine}·${snippet.category}` : snippet.category}
            </span>
          </li>
        ))}
      </ul>
      {hits.length === 0 && <p className="gw-snippet-empty">{S.noMatch}</p>}
    </div>
  );
}
