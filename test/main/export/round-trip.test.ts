// Importing an exported file gives back what was exported: title, headings with their levels,
// texts, run-in leads and signature, for every report of the corpus compilation (read through the
// real import service, so the drafts are what a user would get).

import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../main/services/export/export-docx';
import { importBytes, importFile } from '../../../main/services/import/index';
import type { Draft } from '../../../shared/model';
import { CORPUS_FILE } from './corpus-drafts';

/** What the printed page says, without editing aids (marks, imported markers, section kinds). */
function printed(draft: Draft) {
  return {
    title: draft.meta.title,
    signature: draft.signature,
    blocks: draft.blocks.map((b) => {
      if (b.type === 'heading') return { heading: b.level, text: b.text };
      if (b.type === 'table') return { table: b.rows };
      return {
        text: b.text,
        role: b.role ?? 'body',
        lead: b.lead ? { level: b.lead.level, text: b.lead.text, punct: b.lead.punct } : null,
      };
    }),
  };
}

describe('export → import round trip', () => {
  let drafts: Draft[];

  beforeAll(async () => {
    drafts = (await importFile(CORPUS_FILE)).drafts;
  });

  it('covers every report of the compilation', () => {
    expect(drafts.length).toBe(17);
  });

  it('gives back title, headings, levels, texts, run-in leads and signature of every report', async () => {
    for (const draft of drafts) {
      const back = await importBytes('导出.docx', await exportDocx(draft));
      expect(back.drafts, draft.meta.title).toHaveLength(1);
      expect(printed(back.drafts[0]), draft.meta.title).toEqual(printed(draft));
    }
  });

  it('includes reports with run-in leads, several heading levels, a signature and a two-line title', () => {
    expect(drafts.some((d) => d.blocks.some((b) => b.type === 'paragraph' && b.lead))).toBe(true);
    expect(drafts.some((d) => d.blocks.some((b) => b.type === 'heading' && b.level === 3))).toBe(
      true,
    );
    expect(drafts.some((d) => d.signature)).toBe(true);
    // wider than the 20 characters a 22 pt title line holds, so exported as two lines
    expect(drafts.some((d) => d.meta.title.length > 20)).toBe(true);
  });

  it('gives back a 述职报告 signed with a name and a long date', async () => {
    const draft = drafts.find((d) => d.signature)!;
    const debrief: Draft = {
      ...draft,
      meta: { ...draft.meta, docType: 'debrief', author: '张某某' },
      signature: { unit: '张某某', date: '2023年12月31日' },
    };
    const back = (await importBytes('述职.docx', await exportDocx(debrief))).drafts[0];
    expect(back.signature).toEqual({ unit: '张某某', date: '2023年12月31日' });
  });
});
