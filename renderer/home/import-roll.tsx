// 作为今年的初稿: the options of rolling an imported report forward (this year's 年度, default the
// report's year + 1, and the 成文日期, default empty for the user to fill) and the import action
// that rolls it (shared/rollover). Last year's report stays with the new draft for 往年参照.

import type { RollOptions } from '../../shared/api';
import { DrafterError } from '../../shared/errors';
import type { Draft } from '../../shared/model';
import { reportYear, rollForward } from '../../shared/rollover';
import { ROLL_STRINGS } from '../rollover-strings';
import './import-roll.css';
import type { ImportAction } from './import-choice';

const s = ROLL_STRINGS.roll;

export interface RollFieldsValue {
  year: string;
  date: string;
}

export function rollOptions(value: RollFieldsValue): RollOptions {
  const options: RollOptions = {};
  const year = value.year.trim();
  if (year && !/^\d{4}$/.test(year)) {
    throw new DrafterError('invalid-request', `今年的年度“${year}”无效，请填四位数的年份`);
  }
  if (year) options.year = Number(year);
  if (value.date.trim()) options.date = value.date.trim();
  return options;
}

export function rolledDraft(draft: Draft, options: RollOptions): Draft {
  const rolled = rollForward(draft, options);
  return {
    ...rolled,
    lastYear: { meta: draft.meta, blocks: draft.blocks, signature: draft.signature },
  };
}

export function rollAction(value: RollFieldsValue): ImportAction {
  return { label: s.action, run: (draft) => rolledDraft(draft, rollOptions(value)) };
}

export function RollFields({
  drafts,
  value,
  onChange,
}: {
  drafts: readonly Draft[];
  value: RollFieldsValue;
  onChange: (value: RollFieldsValue) => void;
}) {
  const from = drafts.length === 1 ? reportYear(drafts[0]) : null;
  return (
    <fieldset className="roll-fields">
      <legend>{s.options}</legend>
      <label>
        {s.year}
        <input
          inputMode="numeric"
          value={value.year}
          placeholder={s.yearDefault(from === null ? null : from + 1)}
          onChange={(e) => onChange({ ...value, year: e.target.value })}
        />
      </label>
      <label>
        {s.date}
        <input
          value={value.date}
          placeholder={s.datePlaceholder}
          onChange={(e) => onChange({ ...value, date: e.target.value })}
        />
      </label>
      <p className="roll-hint">{s.hint}</p>
    </fieldset>
  );
}
