import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../shared/api';
import { API_CHANNEL_PREFIX, MENU_CHANNEL, type DesktopShell } from '../../../shared/menu';
import { state } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronModule());

await import('../../../main/preload');

const drafter = state.exposed.get('drafter') as Record<string, (r?: unknown) => Promise<unknown>>;
const shell = state.exposed.get('drafterShell') as DesktopShell;

describe('preload', () => {
  it('exposes exactly the API methods by name as window.drafter, and no ipcRenderer', () => {
    expect([...state.exposed.keys()].sort()).toEqual(['drafter', 'drafterShell']);
    expect(Object.keys(drafter).sort()).toEqual([...API_METHODS].sort());
    for (const fn of Object.values(drafter)) expect(typeof fn).toBe('function');
    expect(Object.keys(shell).sort()).toEqual(['onMenu', 'saveFile']);
  });

  it('invokes the method channel and unwraps the envelope', async () => {
    state.invoke.mockResolvedValueOnce({ ok: true, value: { recentDrafts: [] } });
    await expect(drafter.getSettings()).resolves.toEqual({ recentDrafts: [] });
    expect(state.invoke).toHaveBeenLastCalledWith(API_CHANNEL_PREFIX + 'getSettings', {});
  });

  it('rejects with the error code and the Chinese message intact', async () => {
    state.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'draft-newer', message: '文稿“a.gwd”由更新版本……', file: '/a.gwd' },
    });
    await expect(drafter.openDraft({ path: '/a.gwd' })).rejects.toEqual({
      name: 'DrafterError',
      code: 'draft-newer',
      message: '文稿“a.gwd”由更新版本……',
      file: '/a.gwd',
    });
  });

  it('passes only well-formed menu messages to the page, and stops on unsubscribe', () => {
    const seen: unknown[] = [];
    const stop = shell.onMenu((m) => seen.push(m));
    const deliver = (message: unknown) => {
      for (const fn of state.rendererListeners.get(MENU_CHANNEL) ?? [])
        fn({ sender: 'x' }, message);
    };
    deliver({ command: 'save' });
    deliver({ command: 'rm -rf' });
    deliver('save');
    deliver({ command: 'open', path: '/docs/a.gwd' });
    stop();
    deliver({ command: 'save' });
    expect(seen).toEqual([{ command: 'save' }, { command: 'open', path: '/docs/a.gwd' }]);
  });
});
