// The renderer's DrafterApi: `window.drafter` in Electron (preload.ts), otherwise JSON over HTTP
// to browser mode (main/web.ts) with the per-run token from the page address.

import { API_METHODS, type ApiEnvelope, type DrafterApi } from '../shared/api';
import { DrafterError, deserializeError, type SerializedError } from '../shared/errors';
import { STRINGS } from './strings';

const TOKEN_KEY = 'gongwen.token';
const TOKEN_HEADER = 'X-Drafter-Token';

declare global {
  interface Window {
    drafter?: DrafterApi;
  }
}

/** The token from `?token=` survives reloads in sessionStorage and is removed from the address. */
export function readToken(location: Location, storage: Storage): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpApi(token: string, fetchImpl: typeof fetch = fetch): DrafterApi {
  const api: Record<string, (req: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    api[method] = async (req: unknown) => {
      let response: Response;
      try {
        response = await fetchImpl(`./api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(req ?? {}),
        });
      } catch (error) {
        throw new DrafterError('internal', STRINGS.errors.offline, undefined, { cause: error });
      }
      let envelope: ApiEnvelope<unknown>;
      try {
        envelope = (await response.json()) as ApiEnvelope<unknown>;
      } catch (error) {
        throw new DrafterError('internal', STRINGS.errors.badResponse(response.status), undefined, {
          cause: error,
        });
      }
      if (!envelope.ok) throw deserializeError(envelope.error);
      return envelope.value;
    };
  }
  return api as unknown as DrafterApi;
}

/**
 * The preload's API rejects with a plain {code, message, file} object (contextBridge keeps only
 * the message of an Error); turn it back into a DrafterError.
 */
export function wrapBridgeApi(bridge: DrafterApi): DrafterApi {
  const api: Record<string, (req: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const fn = bridge[method] as (req: unknown) => Promise<unknown>;
    api[method] = (req: unknown) =>
      fn(req).catch((error: unknown) => {
        const e = error as Partial<SerializedError> | null;
        if (error instanceof DrafterError || !e || typeof e.message !== 'string') throw error;
        throw deserializeError({ code: e.code ?? 'internal', message: e.message, file: e.file });
      });
  }
  return api as unknown as DrafterApi;
}

export function createApi(): DrafterApi {
  if (window.drafter) return wrapBridgeApi(window.drafter);
  const token = readToken(window.location, window.sessionStorage);
  if (new URLSearchParams(window.location.search).has('token')) {
    window.history.replaceState(null, '', window.location.pathname);
  }
  return createHttpApi(token);
}
