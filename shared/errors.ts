// Errors the user can act on: a code for programs, a Chinese message for people that names the
// file and the problem. Raised where the problem is known, shown once.

export type ErrorCode =
  | 'encrypted' // 加密文档
  | 'damaged' // 文件损坏
  | 'empty'
  | 'unsupported' // 不是能读取的文档
  | 'works-wps' // Microsoft Works 的 .wps
  | 'scanned-pdf' // 扫描件，无文字层
  | 'too-large'
  | 'timeout'
  | 'not-found'
  | 'write-failed'
  | 'locked'
  | 'read-only'
  | 'disk-full'
  | 'draft-newer' // 新版本程序保存的文稿
  | 'draft-damaged'
  | 'invalid-request'
  | 'forbidden'
  | 'internal';

export class DrafterError extends Error {
  readonly code: ErrorCode;
  /** the file the problem concerns, when there is one */
  readonly file?: string;

  constructor(code: ErrorCode, message: string, file?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DrafterError';
    this.code = code;
    this.file = file;
  }
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  file?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof DrafterError) {
    return { code: error.code, message: error.message, file: error.file };
  }
  return { code: 'internal', message: `程序内部错误：${String(error)}` };
}

export function deserializeError(error: SerializedError): DrafterError {
  return new DrafterError(error.code, error.message, error.file);
}
