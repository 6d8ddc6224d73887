// Draft → .docx bytes in the GB/T 9704-2012 layout (../shared/GBT9704.md).

import { strToU8, zipSync } from 'fflate';
import type { Draft } from '../../../shared/model';
import {
  resolveExportOptions,
  type ExportOptionsInput,
} from '../../../shared/layout/export-options';
import { bodyXml } from './body-xml';
import {
  appXml,
  contentTypesXml,
  coreXml,
  documentRelsXml,
  documentXml,
  fontTableXml,
  footerXml,
  packageRelsXml,
  settingsXml,
} from './package-parts';
import { stylesXml } from './styles-xml';

export async function exportDocx(draft: Draft, input?: ExportOptionsInput): Promise<Uint8Array> {
  const options = resolveExportOptions(input);
  const oddEven = options.pageNumbers === 'odd-even';
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypesXml(oddEven),
    '_rels/.rels': packageRelsXml(),
    'word/document.xml': documentXml(bodyXml(draft, options), oddEven),
    'word/_rels/document.xml.rels': documentRelsXml(oddEven),
    'word/styles.xml': stylesXml(options),
    'word/settings.xml': settingsXml(oddEven),
    'word/fontTable.xml': fontTableXml(options),
    'word/footer1.xml': footerXml(oddEven ? 'odd' : 'center', options),
    'docProps/core.xml': coreXml(draft.meta.title),
    'docProps/app.xml': appXml(),
  };
  if (oddEven) parts['word/footer2.xml'] = footerXml('even', options);
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  // a fixed timestamp keeps the bytes of identical drafts identical
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}
