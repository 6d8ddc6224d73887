import { $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { $isGwLeadNode } from '../../../renderer/editor/nodes/lead-node';
import { $normalizeLead } from '../../../renderer/editor/plugins/lead-plugin';
import { headlessEditor, readBlocks } from './editor-fixture';

const leadParagraph: Block = {
  type: 'paragraph',
  text: '组织生活规范开展。',
  lead: { level: 2, text: '基层党建' },
};

function putBeforeLead(text: string): Block[] {
  const editor = headlessEditor([leadParagraph]);
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild() as ElementNode;
      const lead = paragraph.getFirstChild();
      if (!$isGwLeadNode(lead)) throw new Error('no lead');
      lead.insertBefore($createTextNode(text));
      $normalizeLead(lead);
    },
    { discrete: true },
  );
  return readBlocks(editor);
}

describe('leads stay at the start of their paragraph', () => {
  it('takes a few characters typed before the lead into the lead', () => {
    expect(putBeforeLead('抓好')).toEqual([
      { ...leadParagraph, lead: { level: 2, text: '抓好基层党建' } },
    ]);
  });

  it('turns the lead into body text when a whole sentence comes before it', () => {
    expect(putBeforeLead('上半年工作有序推进。')).toEqual([
      { type: 'paragraph', text: '上半年工作有序推进。基层党建。组织生活规范开展。' },
    ]);
  });
});
