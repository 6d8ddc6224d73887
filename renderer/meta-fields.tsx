// The 期间 and 成文日期 fields, the same in the new-document form and the editor's metadata bar.

import { PERIODS } from '../shared/model';
import { STRINGS } from './strings';

const s = STRINGS.form;

export function PeriodField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <label>
      {s.period}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{s.noPeriod}</option>
        {PERIODS.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DateField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <label>
      {s.date}
      <input
        value={value}
        placeholder={s.datePlaceholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
