// Browser mode: the built renderer and the DrafterApi as JSON over HTTP, bound to 127.0.0.1, with
// a random per-run token that every API request must carry (header X-Drafter-Token). This is how
// the app runs where Electron cannot, and how the end-to-end tests drive the real UI.
//
// Guards, since any web page the user visits can send requests to 127.0.0.1: the Host must be
// ours (a DNS-rebinding page arrives with its own host name), an Origin when present must be ours,
// the token must match, every payload is validated per method (shared/api-validate.ts) and bodies
// are size-limited per method. Static files come only from inside staticDir.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { ApiEnvelope, ApiMethod, DrafterApi } from '../shared/api';
import { isApiMethod, validateRequest } from '../shared/api-validate';
import { DrafterError, serializeError, type ErrorCode } from '../shared/errors';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { CONTENT_TYPES, readStaticFile } from './static-files';

export const TOKEN_HEADER = 'x-drafter-token';

/** Methods that carry a whole file in base64; the importer applies its own, lower, limits. */
const FILE_METHODS = new Set<ApiMethod>(['importDocument', 'openDraftFile', 'importSnippetPack']);
const DRAFT_METHODS = new Set<ApiMethod>(['saveDraft', 'autosave', 'exportDocx']);
export const BODY_LIMITS = { file: 200 * 1024 * 1024, draft: 64 * 1024 * 1024, other: 1024 * 1024 };

export function bodyLimit(method: ApiMethod): number {
  if (FILE_METHODS.has(method)) return BODY_LIMITS.file;
  if (DRAFT_METHODS.has(method)) return BODY_LIMITS.draft;
  return BODY_LIMITS.other;
}

const JSON_TYPE = CONTENT_TYPES['.json'];

export interface WebServerOptions {
  api: DrafterApi;
  /** the built renderer (dist/renderer) */
  staticDir: string;
  /** 0 picks a free port */
  port?: number;
  token?: string;
}

export interface WebServer {
  /** the address to open, token included */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...HEADERS, 'Content-Type': type });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  const envelope: ApiEnvelope<never> = { ok: false, error: { code, message } };
  send(res, status, JSON.stringify(envelope), JSON_TYPE);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const staticDir = resolve(options.staticDir);
  let hosts = new Set<string>();
  let origins = new Set<string>();

  /** DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends Host: evil.example. */
  function fromUs(req: IncomingMessage): boolean {
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) return false;
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin.toLowerCase())) return false;
    return req.headers['sec-fetch-site'] !== 'cross-site';
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== 'POST') return refuse(res, 405, 'invalid-request', '请求方式不对');
    if (!sameToken(req.headers[TOKEN_HEADER], token)) {
      return refuse(res, 403, 'forbidden', '访问被拒绝：缺少或错误的令牌');
    }
    if (!isApiMethod(method))
      return refuse(res, 404, 'invalid-request', `没有名为 ${method} 的功能`);
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return refuse(res, 415, 'invalid-request', '请求格式不对：应为 JSON');
    }
    let body: string;
    try {
      body = await readBody(req, bodyLimit(method));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return refuse(res, 413, 'too-large', '请求过大：文件或文稿超过了允许的大小');
      }
      throw error;
    }
    let request: unknown;
    try {
      request = body ? JSON.parse(body) : {};
    } catch {
      return refuse(res, 400, 'invalid-request', `无效的请求（${method}）：不是有效的 JSON`);
    }
    let envelope: ApiEnvelope<unknown>;
    try {
      const valid = validateRequest(method, request);
      const fn = options.api[method] as (r: unknown) => Promise<unknown>;
      envelope = { ok: true, value: await fn(valid) };
    } catch (error) {
      envelope = { ok: false, error: serializeError(error) };
    }
    send(res, 200, JSON.stringify(envelope), JSON_TYPE);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
    const result = await readStaticFile(staticDir, pathname);
    send(res, result.status, result.body, result.type);
  }

  const server = createServer((req, res) => {
    if (!fromUs(req)) {
      return refuse(res, 403, 'forbidden', '访问被拒绝：请求不是来自本机的公文起草助手页面');
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    (api ? handleApi(req, res, api[1]) : handleStatic(req, res, url.pathname)).catch((error) => {
      const serialized = serializeError(
        error instanceof DrafterError ? error : new DrafterError('internal', String(error)),
      );
      refuse(res, 500, serialized.code, serialized.message);
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 300_000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origins = new Set([origin, `http://localhost:${port}`]);
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
