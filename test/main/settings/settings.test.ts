import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/layout/export-options';
import { ConfSettingsStore } from '../../../main/services/settings/conf-settings-store';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { tempDir } from '../drafts/fs-traps';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dir() {
  const d = tempDir();
  dirs.push(d);
  return d;
}

describe('settings', () => {
  it('defaults export options to the GB/T 9704 values', () => {
    const settings = new SettingsService(new ConfSettingsStore(dir()));
    expect(settings.get()).toEqual({ export: DEFAULT_EXPORT_OPTIONS, recentDrafts: [] });
    expect(settings.get().export.pageNumbers).toBe('odd-even');
    expect(settings.get().export.fonts.body).toBe('仿宋_GB2312');
  });

  it('persists changed export options and recent drafts in settings.json across restarts', () => {
    const folder = dir();
    const first = new SettingsService(new ConfSettingsStore(folder));
    first.update({ export: { pageNumbers: 'center', fonts: { body: '方正仿宋_GBK' } as never } });
    first.addRecent({ path: '/a/一.gwd', title: '一', savedAt: '2025-01-01T00:00:00Z' });
    first.addRecent({ path: '/a/二.gwd', title: '二', savedAt: '2025-01-02T00:00:00Z' });
    first.addRecent({ path: '/a/一.gwd', title: '一', savedAt: '2025-01-03T00:00:00Z' });
    expect(JSON.parse(readFileSync(join(folder, 'settings.json'), 'utf8'))).toHaveProperty(
      'export',
    );
    const again = new SettingsService(new ConfSettingsStore(folder)).get();
    expect(again.export.pageNumbers).toBe('center');
    expect(again.export.fonts.body).toBe('方正仿宋_GBK');
    expect(again.export.fonts.title).toBe('方正小标宋简体');
    expect(again.recentDrafts.map((r) => r.title)).toEqual(['一', '二']);
  });

  it('starts over from defaults when settings.json is damaged instead of refusing to start', () => {
    const folder = dir();
    writeFileSync(join(folder, 'settings.json'), '{"export": ');
    const settings = new SettingsService(new ConfSettingsStore(folder));
    expect(settings.get().export).toEqual(DEFAULT_EXPORT_OPTIONS);
  });

  it('ignores unusable values rather than storing them', () => {
    const settings = new SettingsService(new ConfSettingsStore(dir()));
    settings.update({ export: { pageNumbers: 'sideways' as never, boldLevel3: true } });
    expect(settings.get().export.pageNumbers).toBe('odd-even');
    expect(settings.get().export.boldLevel3).toBe(true);
    expect(() => settings.update({ export: 'x' as never })).toThrow(/导出设置/);
  });
});
