// The only list of requests the UI can make of the main side. main/services implement it once;
// main/ipc.ts + main/preload.ts (Electron), main/web.ts (browser mode) and the renderer's client
// are derived from API_METHODS, so adding a request is one entry here plus one service method.

import type { Draft, DocType, SectionKind } from './model';

/** File content crossing a transport: the name the user knows it by and its bytes in base64. */
export interface FilePayload {
  name: string;
  data: string;
}

export interface RollOptions {
  /** target year; default: the draft's year + 1 */
  year?: number;
  /** the new 成文日期; default: empty, for the user to fill */
  date?: string;
}

export interface ImportRequest {
  file: FilePayload;
  /** roll forward into this year's starting draft (作为今年的初稿) */
  roll?: RollOptions;
}

export interface ImportResult {
  /** one draft, or several when the file is a compilation (汇编) of reports */
  drafts: Draft[];
  /** what was skipped or degraded, for the user */
  notices: string[];
}

export interface FontSettings {
  title: string; // 方正小标宋简体
  body: string; // 仿宋_GB2312
  heading1: string; // 黑体
  heading2: string; // 楷体_GB2312
  latin: string; // Times New Roman
  pageNumber: string; // 宋体
}

export interface ExportOptions {
  /** odd pages right and even pages left (GB/T 9704 §7.5), or centred (common practice) */
  pageNumbers: 'odd-even' | 'center';
  fonts: FontSettings;
  /** bold `1.` headings: local practice, off by default */
  boldLevel3: boolean;
}

export interface ExportRequest {
  draft: Draft;
  options?: Partial<ExportOptions>;
}

export interface ExportResult {
  fileName: string;
  /** the .docx bytes in base64 */
  data: string;
}

export interface TemplateSection {
  title: string;
  kinds: SectionKind[];
  /** writing guide shown as placeholder text while the section is empty */
  guide: string;
  /** sub-headings the section starts with, if any */
  subsections?: { title: string; guide: string }[];
}

export interface Template {
  id: string;
  name: string; // 上半年工作总结 …
  docType: DocType;
  description: string;
  /** title from metadata: `{单位}{年度}年{期间}工作总结` */
  titlePattern: string;
  /** default 期间 for the form */
  period: string | null;
  /** preamble paragraph with placeholders, shown as the opening paragraph */
  preamble: string;
  sections: TemplateSection[];
  /** snippet categories that suit this genre, shown first in the phrase panel */
  snippetCategories: string[];
  /** the signature line from metadata; default `{单位}` (述职报告: `{姓名}`) */
  signaturePattern?: string;
  /** 主送 line above the preamble, e.g. `{主送机关}：` */
  recipient?: string;
  /** closing paragraph after the last section, e.g. `特此报告。` */
  closing?: string;
}

export type TemplateSummary = Pick<Template, 'id' | 'name' | 'docType' | 'description'>;

export interface Snippet {
  id: string;
  category: string;
  /** text with placeholders ({单位} {年度} {期间} {日期}) filled from the metadata on insert */
  text: string;
  /** written by the user (editable, deletable) rather than shipped */
  user?: boolean;
  /**
   * pinyin initials for search, one string per character of `text` (Array.from): the reading in
   * context first, then other readings of a polyphone (`行` in 银行 → 'hx'); '' for non-Chinese.
   * Filled by the main side with pinyin-pro so the renderer doesn't ship its dictionary.
   */
  initials?: string[];
}

/** A phrase pack as shared between colleagues (.json). */
export interface SnippetPack {
  format: 'gongwen-snippets';
  version: 1;
  snippets: Omit<Snippet, 'id' | 'user'>[];
}

export interface Settings {
  export: ExportOptions;
  recentDrafts: RecentDraft[];
}

export interface RecentDraft {
  path: string;
  title: string;
  /** ISO time of the last save */
  savedAt: string;
}

export interface SaveDraftRequest {
  draft: Draft;
  /** where to write; in browser mode a name inside the app's documents folder */
  path?: string;
}

export interface DraftVersion {
  id: string;
  savedAt: string;
  title: string;
  chars: number;
}

export interface RecoverableDraft {
  session: string;
  title: string;
  savedAt: string;
  /** the named file the session was editing, if it had one */
  path?: string;
}

/** request → response of every method */
export interface ApiMethods {
  importDocument: { req: ImportRequest; res: ImportResult };
  exportDocx: { req: ExportRequest; res: ExportResult };
  listTemplates: { req: Record<string, never>; res: TemplateSummary[] };
  getTemplate: { req: { id: string }; res: Template };
  listSnippets: { req: Record<string, never>; res: Snippet[] };
  saveSnippet: { req: { snippet: Omit<Snippet, 'id' | 'user'> & { id?: string } }; res: Snippet };
  deleteSnippet: { req: { id: string }; res: Record<string, never> };
  exportSnippetPack: { req: { ids?: string[] }; res: FilePayload };
  importSnippetPack: { req: { file: FilePayload }; res: { added: number; skipped?: number } };
  openDraft: { req: { path: string }; res: { path: string; draft: Draft } };
  openDraftFile: { req: { file: FilePayload }; res: { draft: Draft } };
  saveDraft: { req: SaveDraftRequest; res: { path: string } };
  autosave: { req: { session: string; draft: Draft; path?: string }; res: { savedAt: string } };
  listVersions: { req: { session: string }; res: DraftVersion[] };
  readVersion: { req: { session: string; id: string }; res: { draft: Draft } };
  listRecoverable: { req: Record<string, never>; res: RecoverableDraft[] };
  discardRecoverable: { req: { session: string }; res: Record<string, never> };
  getSettings: { req: Record<string, never>; res: Settings };
  updateSettings: { req: { export?: Partial<ExportOptions> }; res: Settings };
}

export type ApiMethod = keyof ApiMethods;
export type ApiRequest<M extends ApiMethod> = ApiMethods[M]['req'];
export type ApiResponse<M extends ApiMethod> = ApiMethods[M]['res'];

export type DrafterApi = {
  [M in ApiMethod]: (req: ApiRequest<M>) => Promise<ApiResponse<M>>;
};

export const API_METHODS = [
  'importDocument',
  'exportDocx',
  'listTemplates',
  'getTemplate',
  'listSnippets',
  'saveSnippet',
  'deleteSnippet',
  'exportSnippetPack',
  'importSnippetPack',
  'openDraft',
  'openDraftFile',
  'saveDraft',
  'autosave',
  'listVersions',
  'readVersion',
  'listRecoverable',
  'discardRecoverable',
  'getSettings',
  'updateSettings',
] as const satisfies readonly ApiMethod[];

// A method missing from API_METHODS fails the type check here.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const allListed: Missing extends never ? true : Missing = true;
void allListed;

/** The JSON envelope of a response over HTTP (browser mode) and IPC. */
export type ApiEnvelope<T> =
  { ok: true; value: T } | { ok: false; error: import('./errors').SerializedError };
