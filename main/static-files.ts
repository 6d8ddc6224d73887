// The built renderer's files, for browser mode (web.ts) and the desktop app's gongwen:// protocol
// (app.ts): only files inside the folder, after decoding and following symbolic links.

import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
};

export type StaticResult =
  { status: 200; body: Buffer; type: string } | { status: 400 | 404; body: string; type: string };

const TEXT = 'text/plain; charset=utf-8';

/** `pathname` as it arrives in a URL (percent-encoded); `/` means index.html. */
export async function readStaticFile(root: string, pathname: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, body: '地址无效', type: TEXT };
  }
  if (decoded.includes('\0')) return { status: 400, body: '地址无效', type: TEXT };
  const base = resolve(root);
  const file = resolve(base, '.' + (decoded === '/' || decoded === '' ? '/index.html' : decoded));
  const notFound: StaticResult = { status: 404, body: '找不到页面', type: TEXT };
  if (!file.startsWith(base + sep)) return notFound;
  try {
    const [real, realRoot] = await Promise.all([realpath(file), realpath(base)]);
    if (!real.startsWith(realRoot + sep) || !(await stat(real)).isFile()) return notFound;
    const type = CONTENT_TYPES[extname(real)] ?? 'application/octet-stream';
    return { status: 200, body: await readFile(real), type };
  } catch {
    return notFound;
  }
}
