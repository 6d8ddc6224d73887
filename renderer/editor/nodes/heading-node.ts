// A standalone heading (标题) at level 1–4. Its number is not text: the numbering plugin puts it in
// a data attribute that CSS shows before the text, so it follows position and an IME never sees it.

import {
  $applyNodeReplacement,
  $createParagraphNode,
  $getState,
  $setState,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import type { HeadingLevel } from '../../../shared/model';
import { blockIdState, kindsState, levelState, markerState } from './node-states';

export class GwHeadingNode extends ElementNode {
  override $config() {
    return this.config('gw-heading', {
      extends: ElementNode,
      stateConfigs: [
        { stateConfig: levelState, flat: true },
        { stateConfig: kindsState, flat: true },
        { stateConfig: markerState, flat: true },
        { stateConfig: blockIdState, flat: true },
      ],
    });
  }

  getLevel(): HeadingLevel {
    return $getState(this, levelState);
  }

  setLevel(level: HeadingLevel): this {
    return $setState(this, levelState, level);
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('p');
    const level = this.getLevel();
    dom.className = `gw-heading gw-h${level}`;
    dom.dataset.level = String(level);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    const level = this.getLevel();
    if (prevNode.getLevel() !== level) {
      dom.className = `gw-heading gw-h${level}`;
      dom.dataset.level = String(level);
    }
    return false;
  }

  /** Enter at the end of a heading starts body text; in the middle it splits the heading. */
  override insertNewAfter(selection: RangeSelection, restoreSelection = true): LexicalNode {
    const last = this.getLastDescendant();
    const atEnd =
      !last ||
      (selection.anchor.key === last.getKey() &&
        selection.anchor.offset === last.getTextContentSize());
    const next = atEnd ? $createParagraphNode() : $createGwHeadingNode(this.getLevel());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  /** Backspace at the start of a heading makes it body text again. */
  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

export function $createGwHeadingNode(level: HeadingLevel): GwHeadingNode {
  return $applyNodeReplacement(new GwHeadingNode()).setLevel(level);
}

export function $isGwHeadingNode(node: LexicalNode | null | undefined): node is GwHeadingNode {
  return node instanceof GwHeadingNode;
}
