import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../shared/model';
import { createDrafter } from '../../../main/services/container';
import { MemorySettingsStore } from '../../../main/services/settings/settings-store';
import { CONTENT_SECURITY_POLICY } from '../../../main/content-security-policy';
import { BODY_LIMITS, startWebServer, type WebServer } from '../../../main/web';
import { tempDir } from '../drafts/fs-traps';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function http(
  server: WebServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body) req.end(options.body);
    else req.end();
  });
}

let server: WebServer;
let root: string;
let dataDir: string;

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return http(server, `/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Drafter-Token': server.token,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeAll(async () => {
  root = tempDir();
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>公文起草助手</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), '机密');
  symlinkSync(join(root, 'secret.txt'), join(staticDir, 'assets', 'link.js'));
  dataDir = join(root, 'data');
  const drafter = createDrafter({
    dataDir,
    settings: new MemorySettingsStore(),
    templatesDir: join(process.cwd(), 'templates'),
    now: () => new Date(),
  });
  server = await startWebServer({ api: drafter, staticDir });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('browser mode over real HTTP', () => {
  it('listens on 127.0.0.1 and prints an address carrying the token', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('serves the page with the strict CSP and no-store headers', async () => {
    const page = await http(server, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('公文起草助手');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await http(server, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('keeps static requests inside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.js',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const reply = await http(server, path);
      expect([400, 404], path).toContain(reply.status);
      expect(reply.body).not.toContain('机密');
    }
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const missing = await http(server, '/api/getSettings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body).error.code).toBe('forbidden');
    const wrong = await api('getSettings', {}, { 'X-Drafter-Token': 'a'.repeat(48) });
    expect(wrong.status).toBe(403);
  });

  it('refuses requests whose Host or Origin is not ours (DNS rebinding)', async () => {
    const rebound = await api('getSettings', {}, { Host: `evil.example:${server.port}` });
    expect(rebound.status).toBe(403);
    const page = await http(server, '/', { headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const foreign = await api('getSettings', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const otherPort = await api('getSettings', {}, { Origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
    const crossSite = await api('getSettings', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const ours = await api(
      'getSettings',
      {},
      { Origin: server.origin, Host: `localhost:${server.port}` },
    );
    expect(ours.status).toBe(200);
    expect(JSON.parse(ours.body).ok).toBe(true);
  });

  it('validates each payload and answers with a Chinese message', async () => {
    const noPath = await api('openDraft', {});
    expect(JSON.parse(noPath.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('缺少 path') },
    });
    const badDraft = await api('saveDraft', { draft: { version: 1, meta: {} } });
    expect(JSON.parse(badDraft.body).error.code).toBe('invalid-request');
    const notJson = await api('getSettings', '{oops');
    expect(notJson.status).toBe(400);
    const formPost = await api('getSettings', '{}', { 'Content-Type': 'text/plain' });
    expect(formPost.status).toBe(415);
    const unknown = await api('deleteEverything', {});
    expect(unknown.status).toBe(404);
    const get = await http(server, '/api/getSettings', {
      headers: { 'X-Drafter-Token': server.token },
    });
    expect(get.status).toBe(405);
  });

  it('limits body sizes per method', async () => {
    const big = JSON.stringify({ id: 'x'.repeat(BODY_LIMITS.other) });
    const reply = await api('getTemplate', big);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('too-large');
  });

  it('saves, lists and reopens a draft through the API, never outside the documents folder', async () => {
    const draft = emptyDraft({ title: '浏览器模式测试' });
    const saved = JSON.parse((await api('saveDraft', { draft })).body);
    expect(saved.ok).toBe(true);
    expect(saved.value.path).toBe(join(dataDir, 'documents', '浏览器模式测试.gwd'));
    expect(JSON.parse(readFileSync(saved.value.path, 'utf8')).meta.title).toBe('浏览器模式测试');
    const reopened = JSON.parse((await api('openDraft', { path: saved.value.path })).body);
    expect(reopened.value.draft.meta.title).toBe('浏览器模式测试');
    const escape = JSON.parse((await api('openDraft', { path: join(root, 'secret.txt') })).body);
    expect(escape.error.code).toBe('forbidden');
    const traversal = JSON.parse((await api('saveDraft', { draft, path: '../../x.gwd' })).body);
    expect(traversal.error.code).toBe('forbidden');
  });
});
