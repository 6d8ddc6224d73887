// 文稿信息: title, unit, year, period and date of the draft. Changing them carries through to the
// title and the signature (shared/templates applyMeta).

import type { DraftMeta, Period } from '../../shared/model';
import { DateField, PeriodField } from '../meta-fields';
import { STRINGS } from '../strings';

export function MetaBar({
  meta,
  onChange,
}: {
  meta: DraftMeta;
  onChange: (change: Partial<DraftMeta>) => void;
}) {
  const s = STRINGS.form;
  return (
    <form
      className="meta-bar"
      aria-label={STRINGS.editor.meta}
      onSubmit={(event) => event.preventDefault()}
    >
      <label className="meta-title">
        {STRINGS.editor.title}
        <input value={meta.title} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label>
        {s.unit}
        <input value={meta.unit} onChange={(e) => onChange({ unit: e.target.value })} />
      </label>
      <label className="meta-year">
        {s.year}
        <input
          inputMode="numeric"
          value={meta.year ?? ''}
          onChange={(e) => {
            const year = Number.parseInt(e.target.value, 10);
            onChange({ year: Number.isFinite(year) ? year : null });
          }}
        />
      </label>
      <PeriodField
        value={meta.period ?? ''}
        onChange={(value) => onChange({ period: (value || null) as Period })}
      />
      <DateField value={meta.date} onChange={(date) => onChange({ date })} />
      {meta.docType === 'debrief' && (
        <label>
          {s.author}
          <input value={meta.author ?? ''} onChange={(e) => onChange({ author: e.target.value })} />
        </label>
      )}
    </form>
  );
}
