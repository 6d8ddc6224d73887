// After a crash: what an earlier session autosaved but never saved by name, to restore or discard.

import type { RecoverableDraft } from '../../shared/api';
import { useApi } from '../api-context';
import type { OpenedDraft } from '../editor/editor-screen';
import { STRINGS } from '../strings';

export function RecoveryBanner({
  items,
  onRestored,
  onDiscarded,
  onError,
}: {
  items: RecoverableDraft[];
  onRestored: (opened: OpenedDraft) => void;
  onDiscarded: (session: string) => void;
  onError: (error: unknown) => void;
}) {
  const api = useApi();
  const s = STRINGS.home;
  if (!items.length) return null;

  const restore = async (item: RecoverableDraft) => {
    try {
      const versions = await api.listVersions({ session: item.session });
      const newest = [...versions].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
      if (!newest) return onDiscarded(item.session);
      const { draft } = await api.readVersion({ session: item.session, id: newest.id });
      onRestored({ draft, session: item.session, ...(item.path ? { path: item.path } : {}) });
    } catch (error) {
      onError(error);
    }
  };

  const discard = async (item: RecoverableDraft) => {
    try {
      await api.discardRecoverable({ session: item.session });
      onDiscarded(item.session);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="recovery" role="alert" aria-label={s.recover}>
      <h2>{s.recover}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.session}>
            <span>{s.recoverItem(item.title, new Date(item.savedAt).toLocaleString('zh-CN'))}</span>
            <button type="button" onClick={() => void restore(item)}>
              {s.restore}
            </button>
            <button type="button" onClick={() => void discard(item)}>
              {s.discard}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
