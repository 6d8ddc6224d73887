// A range the user must look at (shared/model.ts Mark): a year or date shifted by rolling forward,
// or a figure carried over from last year. Typing next to it does not extend it.

import {
  $applyNodeReplacement,
  $getState,
  $setState,
  TextNode,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';
import type { Mark, MarkKind } from '../../../shared/model';
import { STRINGS } from '../../strings';
import { markKindState, markTextState, markUnsureState, markWasState } from './node-states';

export class GwMarkNode extends TextNode {
  override $config() {
    return this.config('gw-mark', {
      extends: TextNode,
      stateConfigs: [
        { stateConfig: markKindState, flat: true },
        { stateConfig: markWasState, flat: true },
        { stateConfig: markUnsureState, flat: true },
        { stateConfig: markTextState, flat: true },
      ],
    });
  }

  getMarkKind(): MarkKind {
    return $getState(this, markKindState);
  }

  getWas(): string {
    return $getState(this, markWasState);
  }

  isUnsure(): boolean {
    return $getState(this, markUnsureState);
  }

  /** true once the user has changed the marked text (typing, deleting, splitting it) */
  isEdited(): boolean {
    const made = $getState(this, markTextState);
    return made !== undefined && made !== this.getTextContent();
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    this.paint(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const recreate = super.updateDOM(prevNode, dom, config);
    this.paint(dom);
    return recreate;
  }

  private paint(dom: HTMLElement): void {
    const kind = this.getMarkKind();
    dom.classList.add('gw-mark', `gw-mark-${kind}`);
    dom.classList.toggle('gw-mark-unsure', this.isUnsure());
    dom.title = STRINGS.editor.markTitle(kind, this.getWas());
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createGwMarkNode(text: string, mark: Omit<Mark, 'start' | 'end'>): GwMarkNode {
  const node = $applyNodeReplacement(new GwMarkNode(text));
  $setState(node, markKindState, mark.kind);
  $setState(node, markWasState, mark.was);
  $setState(node, markTextState, text);
  if (mark.unsure) $setState(node, markUnsureState, true);
  return node;
}

export function $isGwMarkNode(node: LexicalNode | null | undefined): node is GwMarkNode {
  return node instanceof GwMarkNode;
}
