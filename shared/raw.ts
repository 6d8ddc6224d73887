// What a file reader hands to structure recognition: paragraphs in reading order, with the hints
// the format gave about each. Readers live in main/services/import; recognition in shared/structure.

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface RawParagraph {
  text: string;
  /** Word style name resolved through styles.xml (`heading 1`, `Title`), never the style id */
  style?: string;
  /** 0-based outline level from the paragraph or its style (w:outlineLvl); 9 = body text */
  outlineLevel?: number;
  /** the label Word's auto-numbering gives this paragraph (`一、`, `（二）`, `1.`), not in `text` */
  numbering?: string;
  /** the level (0-based) of that numbering in its list */
  numberingLevel?: number;
  alignment?: Alignment;
  /** every run with visible text is bold */
  bold?: boolean;
  /** font size in points of the first run with text, where the file says */
  fontSize?: number;
  /** a whole table as one paragraph: rows of cell texts (`text` then holds the cells joined by
   * tabs and the rows by line breaks) */
  table?: string[][];
  /** leading indentation the text itself carried (spaces, tabs, full-width spaces) was removed */
  indented?: boolean;
  /** the paragraph is pushed right by spaces or tabs in the text */
  pushedRight?: boolean;
}

/** What a reader returns for a whole file. */
export interface RawDocument {
  /** the file format the content was recognised as (`html`, `rtf`: a web page, MHT or RTF
   * saved as .doc) */
  format: 'docx' | 'doc' | 'wps' | 'txt' | 'pdf' | 'html' | 'rtf';
  paragraphs: RawParagraph[];
  /** notices for the user about content that was skipped or degraded (images, very long tables) */
  notices: string[];
}
