// Word refuses (or "repairs") a file whose property elements are out of the schema's sequence, and
// neither LibreOffice nor our importer notices, so the order is checked here against ECMA-376.

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../main/services/export/export-docx';
import { emptyDraft, type Draft } from '../../../shared/model';

// the CT_* sequences (ECMA-376 Part 1, wml.xsd), limited to the elements that exist at all
const SEQUENCES: Record<string, string[]> = {
  'w:pPr': [
    'pStyle',
    'keepNext',
    'keepLines',
    'pageBreakBefore',
    'framePr',
    'widowControl',
    'numPr',
    'suppressLineNumbers',
    'pBdr',
    'shd',
    'tabs',
    'suppressAutoHyphens',
    'kinsoku',
    'wordWrap',
    'overflowPunct',
    'topLinePunct',
    'autoSpaceDE',
    'autoSpaceDN',
    'bidi',
    'adjustRightInd',
    'snapToGrid',
    'spacing',
    'ind',
    'contextualSpacing',
    'mirrorIndents',
    'suppressOverlap',
    'jc',
    'textDirection',
    'textAlignment',
    'textboxTightWrap',
    'outlineLvl',
    'divId',
    'cnfStyle',
    'rPr',
    'sectPr',
    'pPrChange',
  ],
  'w:rPr': [
    'rStyle',
    'rFonts',
    'b',
    'bCs',
    'i',
    'iCs',
    'caps',
    'smallCaps',
    'strike',
    'dstrike',
    'outline',
    'shadow',
    'emboss',
    'imprint',
    'noProof',
    'snapToGrid',
    'vanish',
    'webHidden',
    'color',
    'spacing',
    'w',
    'kern',
    'position',
    'sz',
    'szCs',
    'highlight',
    'u',
    'effect',
    'bdr',
    'shd',
    'fitText',
    'vertAlign',
    'rtl',
    'cs',
    'em',
    'lang',
    'eastAsianLayout',
    'specVanish',
    'oMath',
  ],
  'w:sectPr': [
    'headerReference',
    'footerReference',
    'footnotePr',
    'endnotePr',
    'type',
    'pgSz',
    'pgMar',
    'paperSrc',
    'pgBorders',
    'lnNumType',
    'pgNumType',
    'cols',
    'formProt',
    'vAlign',
    'noEndnote',
    'titlePg',
    'textDirection',
    'bidi',
    'rtlGutter',
    'docGrid',
    'printerSettings',
    'sectPrChange',
  ],
  'w:settings': [
    'writeProtection',
    'view',
    'zoom',
    'removePersonalInformation',
    'removeDateAndTime',
    'doNotDisplayPageBoundaries',
    'displayBackgroundShape',
    'printPostScriptOverText',
    'printFractionalCharacterWidth',
    'printFormsData',
    'embedTrueTypeFonts',
    'embedSystemFonts',
    'saveSubsetFonts',
    'saveFormsData',
    'mirrorMargins',
    'alignBordersAndEdges',
    'bordersDoNotSurroundHeader',
    'bordersDoNotSurroundFooter',
    'gutterAtTop',
    'hideSpellingErrors',
    'hideGrammaticalErrors',
    'activeWritingStyle',
    'proofState',
    'formsDesign',
    'attachedTemplate',
    'linkStyles',
    'stylePaneFormatFilter',
    'stylePaneSortMethod',
    'documentType',
    'mailMerge',
    'revisionView',
    'trackRevisions',
    'doNotTrackMoves',
    'doNotTrackFormatting',
    'documentProtection',
    'autoFormatOverride',
    'styleLockTheme',
    'styleLockQFSet',
    'defaultTabStop',
    'autoHyphenation',
    'consecutiveHyphenLimit',
    'hyphenationZone',
    'doNotHyphenateCaps',
    'showEnvelope',
    'summaryLength',
    'clickAndTypeStyle',
    'defaultTableStyle',
    'evenAndOddHeaders',
    'bookFoldRevPrinting',
    'bookFoldPrinting',
    'bookFoldPrintingSheets',
    'drawingGridHorizontalSpacing',
    'drawingGridVerticalSpacing',
    'displayHorizontalDrawingGridEvery',
    'displayVerticalDrawingGridEvery',
    'doNotUseMarginsForDrawingGridOrigin',
    'drawingGridHorizontalOrigin',
    'drawingGridVerticalOrigin',
    'doNotShadeFormData',
    'noPunctuationKerning',
    'characterSpacingControl',
    'printTwoOnOne',
    'strictFirstAndLastChars',
    'noLineBreaksAfter',
    'noLineBreaksBefore',
    'savePreviewPicture',
    'doNotValidateAgainstSchema',
    'saveInvalidXml',
    'ignoreMixedContent',
    'alwaysShowPlaceholderText',
    'doNotDemarcateInvalidXml',
    'saveXmlDataOnly',
    'useXSLTWhenSaving',
    'saveThroughXslt',
    'showXMLTags',
    'alwaysMergeEmptyNamespace',
    'updateFields',
    'hdrShapeDefaults',
    'footnotePr',
    'endnotePr',
    'compat',
    'docVars',
    'rsids',
  ],
  'w:style': [
    'name',
    'aliases',
    'basedOn',
    'next',
    'link',
    'autoRedefine',
    'hidden',
    'uiPriority',
    'semiHidden',
    'unhideWhenUsed',
    'qFormat',
    'locked',
    'personal',
    'personalCompose',
    'personalReply',
    'rsid',
    'pPr',
    'rPr',
    'tblPr',
    'trPr',
    'tcPr',
    'tblStylePr',
  ],
  'w:tblPr': [
    'tblStyle',
    'tblpPr',
    'tblOverlap',
    'bidiVisual',
    'tblStyleRowBandSize',
    'tblStyleColBandSize',
    'tblW',
    'jc',
    'tblCellSpacing',
    'tblInd',
    'tblBorders',
    'shd',
    'tblLayout',
    'tblCellMar',
    'tblLook',
  ],
};

/** The direct children of every element named `parent`, in document order. */
function childSequences(xml: string, parent: string): string[][] {
  const result: string[][] = [];
  const stack: { name: string; children: string[] }[] = [];
  for (const [, close, name, selfClose] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (close) {
      const done = stack.pop()!;
      if (done.name === parent) result.push(done.children);
      continue;
    }
    stack[stack.length - 1]?.children.push(name);
    if (selfClose) {
      if (name === parent) result.push([]);
    } else stack.push({ name, children: [] });
  }
  return result;
}

function draft(): Draft {
  const d = emptyDraft({
    title: '关于进一步加强和改进新时代基层政务公开标准化规范化建设工作情况的报告',
  });
  d.meta.recipient = '县委、县政府：';
  d.blocks = [
    { type: 'heading', level: 1, text: '主要工作' },
    { type: 'paragraph', text: '正文。', lead: { level: 2, text: '优抚工作' } },
    { type: 'table', rows: [['甲', '乙']] },
    { type: 'paragraph', role: 'attachment', text: '名单' },
  ];
  d.signature = { unit: '某局', date: '2024年6月8日' };
  return d;
}

describe('exported XML follows the schema’s element order', () => {
  for (const pageNumbers of ['odd-even', 'center'] as const) {
    it(`in every part (${pageNumbers} page numbers)`, async () => {
      const zip = unzipSync(await exportDocx(draft(), { pageNumbers, boldLevel3: true }));
      let checked = 0;
      for (const [part, bytes] of Object.entries(zip)) {
        const xml = strFromU8(bytes);
        for (const [parent, order] of Object.entries(SEQUENCES)) {
          for (const children of childSequences(xml, parent)) {
            const positions = children.map((c) => order.indexOf(c.replace(/^w:/, '')));
            expect(positions, `${part} ${parent}: ${children.join(' ')}`).not.toContain(-1);
            expect(positions, `${part} ${parent}: ${children.join(' ')}`).toEqual(
              [...positions].sort((a, b) => a - b),
            );
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(50);
    });
  }
});
