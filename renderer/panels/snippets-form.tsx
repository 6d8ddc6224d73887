// Saving a selection (or editing one of the user's phrases): the text, and a category chosen from
// the existing ones or named anew.

import { useState, type FormEvent } from 'react';
import { SNIPPET_STRINGS as S } from '../snippet-strings';

const NEW = '\u0000new';

export interface SnippetFormProps {
  initialText: string;
  initialCategory: string;
  categories: readonly string[];
  onSave: (value: { category: string; text: string }) => void;
  onCancel: () => void;
}

export function SnippetForm(props: SnippetFormProps) {
  const [text, setText] = useState(props.initialText);
  const known = props.categories.includes(props.initialCategory);
  const [choice, setChoice] = useState(known ? props.initialCategory : NEW);
  const [fresh, setFresh] = useState(known ? '' : props.initialCategory);
  const category = (choice === NEW ? fresh : choice).trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (category && text.trim()) props.onSave({ category, text });
  }

  return (
    <form className="gw-snippet-form" onSubmit={submit}>
      <label>
        {S.text}
        <textarea
          aria-label={S.text}
          value={text}
          rows={3}
          onChange={(e) => setText(e.target.value)}
          autoFocus
        />
      </label>
      <label>
        {S.category}
        <select aria-label={S.category} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {props.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          <option value={NEW}>{S.newCategory}</option>
        </select>
      </label>
      {choice === NEW && (
        <label>
          {S.newCategoryName}
          <input
            aria-label={S.newCategoryName}
            value={fresh}
            onChange={(e) => setFresh(e.target.value)}
          />
        </label>
      )}
      <div className="gw-snippet-form-buttons">
        <button type="submit" disabled={!category || !text.trim()}>
          {S.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {S.cancel}
        </button>
      </div>
    </form>
  );
}
