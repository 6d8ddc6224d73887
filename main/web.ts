// Browser mode: the built renderer and the DrafterApi as JSON over HTTP, bound to 127.0.0.1, with
// a random per-run token that every API request must carry (header X-Drafter-Token). This is how
// the app runs where Electron cannot, and how the end-to-end tests drive the real UI.

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { API_METHODS, type ApiEnvelope, type DrafterApi } from '../shared/api';
import { serializeError } from '../shared/errors';

export const TOKEN_HEADER = 'x-drafter-token';
const MAX_BODY = 200 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
};

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

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('请求过大'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const methods = new Set<string>(API_METHODS);

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== 'POST') return send(res, 405, '', 'text/plain');
    if (req.headers[TOKEN_HEADER] !== token) {
      return send(
        res,
        403,
        JSON.stringify({
          ok: false,
          error: { code: 'forbidden', message: '访问被拒绝：缺少或错误的令牌' },
        }),
        TYPES['.json'],
      );
    }
    if (!methods.has(method)) return send(res, 404, '', 'text/plain');
    let envelope: ApiEnvelope<unknown>;
    try {
      const body = await readBody(req);
      const request = body ? JSON.parse(body) : {};
      const fn = options.api[method as keyof DrafterApi] as (r: unknown) => Promise<unknown>;
      envelope = { ok: true, value: await fn(request) };
    } catch (error) {
      envelope = { ok: false, error: serializeError(error) };
    }
    send(res, 200, JSON.stringify(envelope), TYPES['.json']);
  }

  async function handleStatic(res: ServerResponse, pathname: string) {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = join(options.staticDir, relative || 'index.html');
    if (!file.startsWith(options.staticDir + sep) && file !== options.staticDir) {
      return send(res, 404, '', 'text/plain');
    }
    try {
      send(res, 200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, '找不到页面', 'text/plain; charset=utf-8');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    (api ? handleApi(req, res, api[1]) : handleStatic(res, url.pathname)).catch((error) => {
      send(res, 500, String(error), 'text/plain; charset=utf-8');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
