// Wavy underlines under the findings, coloured by severity. Drawn with the CSS Custom Highlight
// API over DOM Ranges: the editable text nodes are never split or re-styled for a finding (that
// would break IME composition and put the underlines into undo history). Ranges are live, so they
// follow the text as it is typed; the store replaces them after each check. Where the API is
// missing (jsdom, old engines) the panel still lists everything.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { Finding, Severity } from '../../../shared/checks';
import { findingDomRanges, frameDomRange } from '../check-ranges';
import { checkStoreFor } from '../check-store';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'hint'];

/** the ::highlight() name of a severity (styles in panels/checks-panel.css) */
export function highlightName(severity: Severity): string {
  return `gw-check-${severity}`;
}

function highlightsSupported(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  );
}

function paint(editor: LexicalEditor, findings: readonly Finding[]): void {
  const ranges = findingDomRanges(editor, findings);
  const doc = editor.getRootElement()?.ownerDocument;
  const bySeverity = new Map<Severity, Range[]>(SEVERITIES.map((s) => [s, []]));
  findings.forEach((f, i) => {
    const range = ranges[i] ?? (f.block < 0 && doc ? frameDomRange(doc, f) : null);
    if (range && !range.collapsed) bySeverity.get(f.severity)?.push(range);
  });
  for (const severity of SEVERITIES) {
    CSS.highlights.set(highlightName(severity), new Highlight(...(bySeverity.get(severity) ?? [])));
  }
}

function clear(): void {
  for (const severity of SEVERITIES) CSS.highlights.delete(highlightName(severity));
}

export function CheckUnderlinePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!highlightsSupported()) return;
    const store = checkStoreFor(editor);
    const repaint = () => paint(editor, store.getState().findings);
    repaint();
    const stop = store.subscribe(repaint);
    return () => {
      stop();
      clear();
    };
  }, [editor]);
  return null;
}
