// A table carried through from an imported file. Shown as it is; editing tables is not part of
// the drafting flow yet, so the cells are read-only and the block round-trips unchanged.

import {
  $applyNodeReplacement,
  $getState,
  $setState,
  createState,
  DecoratorNode,
  type LexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { STRINGS } from '../../strings';
import { blockIdState } from './node-states';

const rowsState = createState('rows', {
  parse: (value): string[][] =>
    Array.isArray(value)
      ? value.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell)) : []))
      : [],
});

export class GwTableNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('gw-table', {
      extends: DecoratorNode,
      stateConfigs: [
        { stateConfig: rowsState, flat: true },
        { stateConfig: blockIdState, flat: true },
      ],
    });
  }

  getRows(): string[][] {
    return $getState(this, rowsState);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'gw-table';
    return dom;
  }

  override isInline(): false {
    return false;
  }

  override updateDOM(): false {
    return false;
  }

  override getTextContent(): string {
    return this.getRows()
      .map((row) => row.join('\t'))
      .join('\n');
  }

  override decorate(): JSX.Element {
    return (
      <table aria-label={STRINGS.editor.table}>
        <tbody>
          {this.getRows().map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}

export function $createGwTableNode(rows: string[][]): GwTableNode {
  return $setState($applyNodeReplacement(new GwTableNode()), rowsState, rows);
}

export function $isGwTableNode(node: LexicalNode | null | undefined): node is GwTableNode {
  return node instanceof GwTableNode;
}
