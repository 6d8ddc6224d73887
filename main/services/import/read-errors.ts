// The Chinese messages of the readers, in one place so the wording stays consistent. Every message
// names the file (by its base name: the user knows which file they picked) and says what to do.

import { DrafterError } from '../../../shared/errors';
import { formatBytes } from './limits';

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

export const readErrors = {
  empty: (file: string) =>
    new DrafterError('empty', `“${baseName(file)}”是空文件（0 字节），没有可导入的内容。`, file),
  noText: (file: string) =>
    new DrafterError('empty', `“${baseName(file)}”中没有找到文字，无法导入。`, file),
  onlyImages: (file: string) =>
    new DrafterError(
      'empty',
      `“${baseName(file)}”里只有图片，没有文字（可能是扫描件贴成的文档），无法导入。请找到原始的文字版文档，或先用文字识别（OCR）软件转换。`,
      file,
    ),
  encryptedOffice: (file: string) =>
    new DrafterError(
      'encrypted',
      `“${baseName(file)}”设有打开密码（已加密）。请在 Word 或 WPS 中用密码打开，另存为不加密的文档后再导入。`,
      file,
    ),
  encryptedDlp: (file: string) =>
    new DrafterError(
      'encrypted',
      `“${baseName(file)}”看起来被文档安全（加密/防泄密）软件加密了，文件开头不是 Word 文档的格式。请在本单位的加密软件中解密或申请外发后再导入。`,
      file,
    ),
  damaged: (file: string, detail?: string, cause?: unknown) =>
    new DrafterError(
      'damaged',
      `“${baseName(file)}”已损坏，无法读取${detail ? `（${detail}）` : ''}。可尝试在 Word 或 WPS 中打开并另存后再导入。`,
      file,
      { cause },
    ),
  notDocument: (file: string, what?: string) =>
    new DrafterError(
      'unsupported',
      what
        ? `“${baseName(file)}”实际是${what}，不是文档，无法导入。请选择 Word（.docx/.doc）、WPS、文本（.txt）或 PDF 文件。`
        : `“${baseName(file)}”不是能读取的文档。请选择 Word（.docx/.doc）、WPS、文本（.txt）或 PDF 文件。`,
      file,
    ),
  worksWps: (file: string) =>
    new DrafterError(
      'works-wps',
      `“${baseName(file)}”是 Microsoft Works 的 .wps 文件，不是金山 WPS 文字文档，无法读取。请用 Works 或 Word 打开后另存为 .docx 再导入。`,
      file,
    ),
  encryptedPdf: (file: string) =>
    new DrafterError(
      'encrypted',
      `“${baseName(file)}”是设有打开密码的 PDF，无法读取。请用密码打开后另存为不加密的文件再导入。`,
      file,
    ),
  scannedPdf: (file: string) =>
    new DrafterError(
      'scanned-pdf',
      `“${baseName(file)}”是扫描件或图片型 PDF，没有文字层，无法提取文字。请找到原始的 Word 文档，或先用文字识别（OCR）软件转换。`,
      file,
    ),
  tooLarge: (file: string, what: string, actual: number, limit: number) =>
    new DrafterError(
      'too-large',
      `“${baseName(file)}”${what}过大（${formatBytes(actual)}，上限 ${formatBytes(limit)}），为防止程序卡死已停止读取。`,
      file,
    ),
  tooMany: (file: string, what: string, limit: number) =>
    new DrafterError(
      'too-large',
      `“${baseName(file)}”${what}超过 ${limit} 个，不像正常的文档，已停止读取。`,
      file,
    ),
  timeout: (file: string, seconds: number) =>
    new DrafterError(
      'timeout',
      `读取“${baseName(file)}”超过 ${seconds} 秒仍未完成，已停止。文件可能已损坏或过于复杂，可在 Word 或 WPS 中另存后再试。`,
      file,
    ),
  unsafeXml: (file: string, part: string) =>
    new DrafterError(
      'damaged',
      `“${baseName(file)}”中的 ${part} 含有实体声明（DOCTYPE），正常的 Word 文档不会这样，为安全起见拒绝读取。`,
      file,
    ),
};
