// The findings of the open draft, shared by the 检查 panel and the underlines. Re-checked a short
// pause after typing stops (never while an IME is composing: the composition's text is not yet
// what the user means, and a list that jumps under the pinyin is distracting) with the
// incremental checker, which re-reads only the blocks that changed. The editor screen is the host:
// it owns the parts of the draft outside Lexical (title, signature, the ignored findings).

import { $createRangeSelection, $setSelection, type LexicalEditor } from 'lexical';
import {
  applyAllFixes,
  applyFix,
  createIncrementalChecker,
  ignoreFinding,
  unignoreFinding,
  type Finding,
} from '../../shared/checks';
import type { Draft, IgnoredFinding } from '../../shared/model';
import { $applyFindingFix, $applyFindingFixes, fixableInEditor } from './check-fixes';
import { $findingRange, frameDomRange } from './check-ranges';

/** pause after the last keystroke before re-checking, in ms */
export const CHECK_DELAY = 350;

/** a performance.measure() entry per re-check, so the typing bench can see what a pause costs */
export const CHECK_MEASURE = 'gongwen-check';

export interface CheckHost {
  /** the whole draft as it is now: blocks from the editor, the rest from the screen */
  getDraft(): Draft;
  setIgnored(ignored: IgnoredFinding[]): void;
  /** the draft after a fix to the title or the signature (which live outside the editor) */
  setFrame(draft: Draft): void;
}

export interface CheckState {
  findings: readonly Finding[];
  ignored: readonly IgnoredFinding[];
  /** false until the first check has run */
  ready: boolean;
}

const EMPTY: CheckState = { findings: [], ignored: [], ready: false };

export class CheckStore {
  private state = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly checker = createIncrementalChecker();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private host: CheckHost | null = null;
  private measured = 0;

  constructor(readonly editor: LexicalEditor) {}

  /** Connects the screen that owns the draft; returns the disconnect. */
  attach(host: CheckHost): () => void {
    this.host = host;
    const stop = this.editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size || dirtyLeaves.size) this.schedule();
    });
    this.recheck();
    return () => {
      stop();
      clearTimeout(this.timer);
      if (this.host === host) this.host = null;
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): CheckState => this.state;

  /** Check again after the pause; a composition in progress postpones it. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.editor.isComposing()) this.schedule();
      else this.recheck();
    }, CHECK_DELAY);
  }

  recheck(): void {
    clearTimeout(this.timer);
    if (!this.host) return;
    const started = performance.now();
    const draft = this.host.getDraft();
    this.state = {
      findings: this.checker.update(draft),
      ignored: draft.ignored ?? [],
      ready: true,
    };
    // the underlines repaint in a listener: the measure covers reading, checking and painting
    for (const listener of this.listeners) listener();
    if (++this.measured % 200 === 0) performance.clearMeasures?.(CHECK_MEASURE);
    performance.measure?.(CHECK_MEASURE, { start: started });
  }

  /** Select the flagged text (in the editor, or on the title or signature) and scroll to it. */
  select(f: Finding): boolean {
    if (f.where === 'title' || f.where === 'signature') {
      const root = this.editor.getRootElement()?.ownerDocument;
      const range = root ? frameDomRange(root, f) : null;
      if (!range) {
        this.recheck();
        return false;
      }
      const selection = root?.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return true;
    }
    let found = false;
    this.editor.getRootElement()?.focus({ preventScroll: true });
    this.editor.update(
      () => {
        const range = $findingRange(f);
        if (!range) return;
        const selection = $createRangeSelection();
        selection.anchor.set(range.anchor.key, range.anchor.offset, range.anchor.type);
        selection.focus.set(range.focus.key, range.focus.offset, range.focus.type);
        $setSelection(selection);
        found = true;
      },
      { discrete: true },
    );
    if (found) this.scrollToSelection();
    // the text changed since the check (typed within the pause): bring the list up to date
    else this.recheck();
    return found;
  }

  private scrollToSelection(): void {
    const root = this.editor.getRootElement();
    const selection = root?.ownerDocument.getSelection();
    const node = selection?.rangeCount ? selection.getRangeAt(0).startContainer : null;
    const element = node instanceof Element ? node : node?.parentElement;
    element?.scrollIntoView?.({ block: 'center' });
  }

  /** Apply one finding's fix (undoable in the editor); re-checks at once. */
  fix(f: Finding): void {
    if (fixableInEditor(f)) {
      this.editor.update(() => void $applyFindingFix(f), { discrete: true });
      this.recheck();
    } else if (f.fix !== undefined && this.host) {
      this.host.setFrame(applyFix(this.host.getDraft(), f));
    }
  }

  /** Apply every fix of one rule in one step (one Ctrl+Z takes them all back). */
  fixAll(rule: string): void {
    const findings = this.state.findings.filter((f) => f.rule === rule && f.fix !== undefined);
    const inEditor = findings.filter(fixableInEditor);
    if (inEditor.length) {
      this.editor.update(() => void $applyFindingFixes(inEditor), { discrete: true });
    }
    const outside = findings.filter((f) => !fixableInEditor(f));
    if (outside.length && this.host) {
      this.host.setFrame(applyAllFixes(this.host.getDraft(), outside));
    }
    this.recheck();
  }

  ignore(f: Finding): void {
    if (!this.host) return;
    this.host.setIgnored(ignoreFinding(this.host.getDraft(), f).ignored ?? []);
  }

  unignore(item: IgnoredFinding): void {
    if (!this.host) return;
    this.host.setIgnored(unignoreFinding(this.host.getDraft(), item.rule, item.text).ignored ?? []);
  }
}

const stores = new WeakMap<LexicalEditor, CheckStore>();

/** The one store of an editor (the panel, the underlines and the screen all reach it this way). */
export function checkStoreFor(editor: LexicalEditor): CheckStore {
  let store = stores.get(editor);
  if (!store) {
    store = new CheckStore(editor);
    stores.set(editor, store);
  }
  return store;
}
