// openDraft, openDraftFile, saveDraft and the autosave methods of the DrafterApi. Saving writes
// the .gwd atomically and puts it at the top of 最近的文稿; autosave goes to the data folder.

import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DrafterApi } from '../../../shared/api';
import { draftProblem } from '../../../shared/draft-validate';
import { DrafterError } from '../../../shared/errors';
import type { Draft } from '../../../shared/model';
import { atomicWrite } from '../files/atomic-write';
import type { SettingsService } from '../settings/settings-service';
import { AutosaveStore } from './autosave-store';
import { MAX_DRAFT_BYTES, parseDraft, readDraftFile, serializeDraft } from './draft-file';
import { DraftPaths } from './draft-paths';

export type DraftApi = Pick<
  DrafterApi,
  | 'openDraft'
  | 'openDraftFile'
  | 'saveDraft'
  | 'autosave'
  | 'listVersions'
  | 'readVersion'
  | 'listRecoverable'
  | 'discardRecoverable'
>;

export interface DraftServiceDeps {
  dataDir: string;
  settings: SettingsService;
  now: () => Date;
  trustAllPaths?: boolean;
  grantedPaths?: Set<string>;
}

function checkDraft(draft: unknown): Draft {
  const problem = draftProblem(draft);
  if (problem) throw new DrafterError('invalid-request', `文稿数据不完整：${problem}`);
  return draft as Draft;
}

export class DraftService {
  readonly paths: DraftPaths;
  readonly autosaves: AutosaveStore;
  readonly documentsDir: string;

  constructor(private readonly deps: DraftServiceDeps) {
    this.documentsDir = join(deps.dataDir, 'documents');
    this.paths = new DraftPaths({
      documentsDir: this.documentsDir,
      trustAllPaths: deps.trustAllPaths ?? false,
      isRecent: (p) => deps.settings.isRecent(p),
      granted: deps.grantedPaths,
    });
    this.autosaves = new AutosaveStore(deps.dataDir, deps.now);
  }

  async open(path: string): Promise<{ path: string; draft: Draft }> {
    const full = this.paths.forOpen(path);
    await this.paths.checkReal(full);
    const draft = await readDraftFile(full);
    this.deps.settings.addRecent({
      path: full,
      title: draft.meta.title,
      savedAt: this.deps.now().toISOString(),
    });
    return { path: full, draft };
  }

  openBytes(name: string, base64: string): Draft {
    const label = basename(String(name || '文稿'));
    if (typeof base64 !== 'string') throw new DrafterError('invalid-request', '没有收到文件内容');
    if (base64.length > (MAX_DRAFT_BYTES * 4) / 3 + 4) {
      throw new DrafterError('too-large', `文稿“${label}”过大，不是本程序保存的文稿。`);
    }
    return parseDraft(Buffer.from(base64, 'base64').toString('utf8'), label);
  }

  async save(draft: Draft, path?: string): Promise<{ path: string }> {
    checkDraft(draft);
    const target = this.paths.forSave(path, draft.meta.title);
    if (dirname(target) === this.documentsDir) await mkdir(this.documentsDir, { recursive: true });
    await this.paths.checkReal(target);
    await atomicWrite(target, serializeDraft(draft));
    this.paths.grant(target);
    this.deps.settings.addRecent({
      path: target,
      title: draft.meta.title,
      savedAt: this.deps.now().toISOString(),
    });
    return { path: target };
  }

  api(): DraftApi {
    return {
      openDraft: (req) => this.open(req.path),
      openDraftFile: async (req) => ({ draft: this.openBytes(req.file?.name, req.file?.data) }),
      saveDraft: (req) => this.save(req.draft, req.path),
      autosave: (req) => this.autosaves.save(req.session, checkDraft(req.draft), req.path),
      listVersions: (req) => this.autosaves.listVersions(req.session),
      readVersion: async (req) => ({
        draft: await this.autosaves.readVersion(req.session, req.id),
      }),
      listRecoverable: () => this.autosaves.listRecoverable(),
      discardRecoverable: async (req) => {
        await this.autosaves.discard(req.session);
        return {};
      },
    };
  }
}
