import { DrafterError } from '../../../shared/errors';
import type { RawDocument } from '../../../shared/raw';
import type { ReadLimits } from './limits';

export async function readPdf(
  fileName: string,
  _bytes: Uint8Array,
  _limits: ReadLimits,
): Promise<RawDocument> {
  throw new DrafterError('unsupported', `暂不能读取 PDF：${fileName}`, fileName);
}
