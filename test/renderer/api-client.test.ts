import { describe, expect, it } from 'vitest';
import type { DrafterApi } from '../../shared/api';
import { DrafterError } from '../../shared/errors';
import { createHttpApi, readToken, wrapBridgeApi } from '../../renderer/api-client';

describe('api client', () => {
  it('keeps the token from the address in sessionStorage for reloads', () => {
    sessionStorage.clear();
    expect(readToken({ search: '?token=abc' } as Location, sessionStorage)).toBe('abc');
    expect(readToken({ search: '' } as Location, sessionStorage)).toBe('abc');
  });

  it('posts each method with the token and returns the envelope value', async () => {
    const calls: [string, RequestInit][] = [];
    const api = createHttpApi('t0k', async (url, init) => {
      calls.push([String(url), init!]);
      return new Response(JSON.stringify({ ok: true, value: [{ id: 'a' }] }));
    });
    await expect(api.listTemplates({})).resolves.toEqual([{ id: 'a' }]);
    expect(calls[0][0]).toBe('./api/listTemplates');
    expect((calls[0][1].headers as Record<string, string>)['X-Drafter-Token']).toBe('t0k');
  });

  it('throws a DrafterError with the Chinese message of a failed call', async () => {
    const api = createHttpApi('t', async () =>
      Response.json({
        ok: false,
        error: { code: 'damaged', message: '文件“a.docx”已损坏。', file: 'a.docx' },
      }),
    );
    const error = await api.importDocument({ file: { name: 'a.docx', data: '' } }).catch((e) => e);
    expect(error).toBeInstanceOf(DrafterError);
    expect(error).toMatchObject({ code: 'damaged', message: '文件“a.docx”已损坏。' });
  });

  it('says in Chinese when the background service cannot be reached', async () => {
    const api = createHttpApi('t', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.getSettings({})).rejects.toThrow(/无法连接/);
  });

  it('turns the plain error objects of the Electron bridge back into DrafterErrors', async () => {
    const bridge = {
      openDraft: () =>
        Promise.reject({ name: 'DrafterError', code: 'not-found', message: '找不到文稿“x.gwd”' }),
    } as unknown as DrafterApi;
    const error = await wrapBridgeApi(bridge)
      .openDraft({ path: 'x.gwd' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(DrafterError);
    expect(error.code).toBe('not-found');
  });
});
