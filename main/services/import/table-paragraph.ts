import type { RawParagraph } from '../../../shared/raw';

/**
 * A table as one paragraph: the rows in `table`, and the same text in `text` (cells joined by a
 * tab, rows by a line break) so that code looking only at text still sees the words.
 */
export function tableParagraph(rows: string[][]): RawParagraph {
  return { text: rows.map((row) => row.join('\t')).join('\n'), table: rows };
}
