// A run-in heading (段首标题): `（一）优抚工作。` opening a paragraph of body text, kept as an inline
// part of the paragraph so it has its own font (GB/T 9704: the heading part in the level's font,
// the rest in body font). Number and closing punctuation are drawn by CSS from data attributes.

import {
  $applyNodeReplacement,
  $getState,
  $setState,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';
import type { HeadingLevel } from '../../../shared/model';
import { levelState, markerState, punctState } from './node-states';

export class GwLeadNode extends ElementNode {
  override $config() {
    return this.config('gw-lead', {
      extends: ElementNode,
      stateConfigs: [
        { stateConfig: levelState, flat: true },
        { stateConfig: markerState, flat: true },
        { stateConfig: punctState, flat: true },
      ],
    });
  }

  getLevel(): HeadingLevel {
    return $getState(this, levelState);
  }

  setLevel(level: HeadingLevel): this {
    return $setState(this, levelState, level);
  }

  getPunct(): string {
    return $getState(this, punctState) ?? '。';
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('span');
    this.paint(dom);
    return dom;
  }

  override updateDOM(_prevNode: this, dom: HTMLElement): boolean {
    this.paint(dom);
    return false;
  }

  private paint(dom: HTMLElement): void {
    const level = String(this.getLevel());
    const className = `gw-lead gw-lead${level}`;
    if (dom.className !== className) dom.className = className;
    if (dom.dataset.level !== level) dom.dataset.level = level;
    if (dom.dataset.punct !== this.getPunct()) dom.dataset.punct = this.getPunct();
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }
}

export function $createGwLeadNode(level: HeadingLevel): GwLeadNode {
  return $applyNodeReplacement(new GwLeadNode()).setLevel(level);
}

export function $isGwLeadNode(node: LexicalNode | null | undefined): node is GwLeadNode {
  return node instanceof GwLeadNode;
}
