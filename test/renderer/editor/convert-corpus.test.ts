import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/services/import/index';
import { corpusReports, reportAsTxt } from '../../helpers/fixtures';
import { headlessEditor, readBlocks } from './editor-fixture';

describe('convert on the corpus reports', () => {
  it.each(corpusReports().map((r, i) => [i, r.title] as const))(
    'round-trips report %i (%s) as the importer reads it',
    async (i) => {
      const { drafts } = await importFile(reportAsTxt(i));
      expect(drafts.length).toBeGreaterThan(0);
      for (const draft of drafts) {
        expect(draft.blocks.length).toBeGreaterThan(3);
        expect(readBlocks(headlessEditor(draft.blocks))).toEqual(draft.blocks);
      }
    },
  );

  it.each(corpusReports().map((r, i) => [i, r.title] as const))(
    'round-trips report %i (%s) rolled forward, with its marks',
    async (i) => {
      const { drafts } = await importFile(reportAsTxt(i), { roll: {} });
      for (const draft of drafts) {
        const marks = draft.blocks.flatMap((b) =>
          b.type === 'table' ? [] : [...(b.marks ?? []), ...(('lead' in b && b.lead?.marks) || [])],
        );
        expect(marks.length).toBeGreaterThan(0);
        expect(readBlocks(headlessEditor(draft.blocks))).toEqual(draft.blocks);
      }
    },
  );
});
