/** Add or edit one of the agent's own phrases. */
import { useEffect, useRef, useState } from 'react';
import { PHRASE_SCENES } from '../../shared/taxonomy';
import type { PhraseHit, PhraseInput, PhraseScene } from '../../shared/schemas';
import { SCENE_LABELS, t, type Lang } from '../i18n';

export function PhraseForm({
  lang,
  initial,
  onSave,
  onCancel,
}: {
  lang: Lang;
  initial?: PhraseHit;
  onSave: (p: PhraseInput) => Promise<string | undefined>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial?.text ?? '');
  const [scene, setScene] = useState<PhraseScene>(initial?.scene ?? 'empathy');
  const [when, setWhen] = useState(initial?.when ?? '');
  const [error, setError] = useState<string>();
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className="phrase-form"
      data-testid="phrase-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave({ ...(initial ? { id: initial.id, types: initial.types, levels: initial.levels, en: initial.en } : {}), text, scene, when }).then(setError);
      }}
    >
      <label>
        {t(lang, 'phraseText')}
        <textarea ref={first} rows={2} value={text} onChange={(e) => setText(e.target.value)} required data-testid="phrase-text" />
      </label>
      <label>
        {t(lang, 'scene')}
        <select value={scene} onChange={(e) => setScene(e.target.value as PhraseScene)}>
          {PHRASE_SCENES.map((s) => (
            <option key={s} value={s}>
              {SCENE_LABELS[s][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'when')}
        <input value={when} onChange={(e) => setWhen(e.target.value)} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="submit" data-testid="phrase-save">
          {t(lang, 'save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
