// Every request that crosses a transport (Electron IPC, HTTP in browser mode) is checked here
// before a service sees it: a page that was tricked into calling the API can send anything.
// Small hand-written checks per method; a request that fails gets 'invalid-request' with a
// Chinese message naming the method and the field.

import type { ApiMethod, ApiRequest } from './api';
import { API_METHODS } from './api';
import { draftProblem } from './draft-validate';
import { DrafterError } from './errors';

type Obj = Record<string, unknown>;
/** returns a problem (field path and what is wrong) or null */
type Check = (value: unknown, at: string) => string | null;

const MAX_PATH = 4096;
const MAX_TEXT = 100_000;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const str =
  (max = MAX_TEXT): Check =>
  (v, at) =>
    typeof v !== 'string' ? `${at} 应为文字` : v.length > max ? `${at} 过长` : null;

const int =
  (min: number, max: number): Check =>
  (v, at) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? null
      : `${at} 应为 ${min} 到 ${max} 的整数`;

const bool: Check = (v, at) => (typeof v === 'boolean' ? null : `${at} 应为是或否`);

const oneOf =
  (...values: unknown[]): Check =>
  (v, at) =>
    values.includes(v) ? null : `${at} 无效`;

const list =
  (item: Check, max = 10_000): Check =>
  (v, at) => {
    if (!Array.isArray(v)) return `${at} 应为列表`;
    if (v.length > max) return `${at} 过长`;
    for (const [i, x] of v.entries()) {
      const bad = item(x, `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  };

/** Fields marked with a trailing `?` may be absent. Unknown fields are left for the service. */
const obj =
  (shape: Record<string, Check>): Check =>
  (v, at) => {
    if (!isObj(v)) return `${at || '请求'} 应为对象`;
    for (const [key, check] of Object.entries(shape)) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      if (v[name] === undefined) {
        if (optional) continue;
        return `缺少 ${at ? at + '.' : ''}${name}`;
      }
      const bad = check(v[name], at ? `${at}.${name}` : name);
      if (bad) return bad;
    }
    return null;
  };

const draft: Check = (v, at) => {
  const problem = draftProblem(v);
  return problem ? `${at}：${problem}` : null;
};

// base64 of the largest file an importer accepts, with room to spare
const file: Check = obj({ name: str(1000), data: str(400 * 1024 * 1024) });

const fonts = obj(
  Object.fromEntries(
    ['title?', 'body?', 'heading1?', 'heading2?', 'latin?', 'pageNumber?'].map((k) => [
      k,
      str(100),
    ]),
  ),
);
const exportOptions = obj({
  'pageNumbers?': oneOf('odd-even', 'center'),
  'fonts?': fonts,
  'boldLevel3?': bool,
});
const session = str(80);
const none = obj({});

const CHECKS: { [M in ApiMethod]: Check } = {
  importDocument: obj({
    file,
    'roll?': obj({ 'year?': int(1900, 2200), 'date?': str(100) }),
  }),
  exportDocx: obj({ draft, 'options?': exportOptions }),
  listTemplates: none,
  getTemplate: obj({ id: str(200) }),
  listSnippets: none,
  saveSnippet: obj({
    snippet: obj({ 'id?': str(200), category: str(100), text: str(20_000) }),
  }),
  deleteSnippet: obj({ id: str(200) }),
  exportSnippetPack: obj({ 'ids?': list(str(200)) }),
  importSnippetPack: obj({ file }),
  openDraft: obj({ path: str(MAX_PATH) }),
  openDraftFile: obj({ file }),
  saveDraft: obj({ draft, 'path?': str(MAX_PATH) }),
  autosave: obj({ session, draft, 'path?': str(MAX_PATH) }),
  listVersions: obj({ session }),
  readVersion: obj({ session, id: str(100) }),
  listRecoverable: none,
  discardRecoverable: obj({ session }),
  getSettings: none,
  updateSettings: obj({ 'export?': exportOptions }),
};

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** The request, checked for `method`; throws DrafterError('invalid-request') otherwise. */
export function validateRequest<M extends ApiMethod>(method: M, payload: unknown): ApiRequest<M> {
  if (!isApiMethod(method)) {
    throw new DrafterError('invalid-request', `无效的请求：没有名为 ${String(method)} 的功能`);
  }
  const problem = CHECKS[method](payload ?? {}, '');
  if (problem) throw new DrafterError('invalid-request', `无效的请求（${method}）：${problem}`);
  return (payload ?? {}) as ApiRequest<M>;
}
