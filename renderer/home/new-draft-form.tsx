// 新建文稿: pick a template by name, give 单位名称, 年度, 期间 and 成文日期, and 创建 the draft with
// title, preamble, sections and signature filled in from them.

import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../shared/api';
import { PERIODS, type Draft, type Period } from '../../shared/model';
import { draftFromTemplate } from '../../shared/templates/draft-from-template';
import { useApi } from '../api-context';
import { DateField, PeriodField } from '../meta-fields';
import { STRINGS } from '../strings';

export function NewDraftForm({
  now = new Date(),
  onCreate,
  onCancel,
  onError,
}: {
  now?: Date;
  onCreate: (draft: Draft) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
}) {
  const api = useApi();
  const s = STRINGS.form;
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(now.getFullYear()));
  const [period, setPeriod] = useState<string>('');
  const [date, setDate] = useState('');
  const [author, setAuthor] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.listTemplates({}).then((list) => {
      if (!live) return;
      setTemplates(list);
      if (list[0]) void choose(list[0].id);
    }, onError);
    return () => {
      live = false;
    };
  }, [api, onError]);

  const summary = templates?.find((t) => t.id === chosen);

  /** choosing a template sets its default 期间 (上半年 for a half-year summary …) */
  async function choose(id: string) {
    setChosen(id);
    try {
      const template = await api.getTemplate({ id });
      setPeriod(template.period ?? '');
    } catch (error) {
      onError(error);
    }
  }

  const create = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const template = await api.getTemplate({ id: chosen });
      const parsedYear = Number.parseInt(year, 10);
      onCreate(
        draftFromTemplate(template, {
          unit: unit.trim(),
          year: Number.isFinite(parsedYear) ? parsedYear : null,
          period: (PERIODS.find((p) => p === period) ?? null) as Period,
          date: date.trim(),
          ...(author.trim() ? { author: author.trim() } : {}),
        }),
      );
    } catch (error) {
      onError(error);
      setBusy(false);
    }
  };

  return (
    <form
      className="new-draft"
      aria-label={s.heading}
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <h1>{s.heading}</h1>
      <fieldset className="template-list">
        <legend>{s.template}</legend>
        {templates === null && <p>{STRINGS.home.loading}</p>}
        {templates?.length === 0 && <p>{s.noTemplates}</p>}
        {templates?.map((t) => (
          <label key={t.id} className={t.id === chosen ? 'template chosen' : 'template'}>
            <input
              type="radio"
              name="template"
              value={t.id}
              aria-label={t.name}
              checked={t.id === chosen}
              onChange={() => void choose(t.id)}
            />
            <span className="template-name">{t.name}</span>
            <span className="template-description">{t.description}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-fields">
        <label>
          {s.unit}
          <input value={unit} onChange={(e) => setUnit(e.target.value)} />
        </label>
        <label>
          {s.year}
          <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </label>
        <PeriodField value={period} onChange={setPeriod} />
        <DateField value={date} onChange={setDate} />
        {summary?.docType === 'debrief' && (
          <label>
            {s.author}
            <input value={author} onChange={(e) => setAuthor(e.target.value)} />
          </label>
        )}
      </div>
      <div className="form-buttons">
        <button type="submit" disabled={!chosen || busy}>
          {s.create}
        </button>
        <button type="button" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
