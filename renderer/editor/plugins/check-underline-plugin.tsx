// Wavy underlines under the findings, coloured by severity. Drawn with the CSS Custom Highlight
// API over DOM Ranges: the editable text nodes are never split or re-styled for a finding (that
// would break IME composition and put the underlines into undo history). Ranges are live, so they
// follow the text as it is typed; the store replaces them after each check. Where the API is
// missing (jsdom, old engines) the panel still lists everything.
//
// Only findings in the blocks on screen (and a screen above and below) are underlined: Chromium
// revalidates every highlighted range on each frame that changes the DOM, so hundreds of ranges
// in a long draft slowed each keystroke 2–4× (bench/check-underlines.bench.ts); scrolling repaints.

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
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

/** scroll and resize settle for this long before the underlines follow, in ms */
const SCROLL_DELAY = 80;

/** The blocks [first, last] within a screen of the viewport (blocks stand in reading order). */
function blocksNearView(editor: LexicalEditor): [number, number] {
  const keys = editor.getEditorState().read(() => $getRoot().getChildrenKeys());
  const view = window.innerHeight;
  const rect = (i: number) => editor.getElementByKey(keys[i])?.getBoundingClientRect() ?? null;
  const search = (below: (r: DOMRect) => boolean): number => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = rect(mid);
      if (r && below(r)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = search((r) => r.bottom >= -view);
  const afterLast = search((r) => r.top > 2 * view);
  return [first, afterLast - 1];
}

function paint(editor: LexicalEditor, all: readonly Finding[]): void {
  const [first, last] = blocksNearView(editor);
  const findings = all.filter((f) => f.block < 0 || (f.block >= first && f.block <= last));
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(repaint, SCROLL_DELAY);
    };
    // the page scrolls inside its own container: listen in the capture phase for any of them
    document.addEventListener('scroll', later, { capture: true, passive: true });
    window.addEventListener('resize', later);
    return () => {
      stop();
      clearTimeout(timer);
      document.removeEventListener('scroll', later, { capture: true });
      window.removeEventListener('resize', later);
      clear();
    };
  }, [editor]);
  return null;
}
