import { memo } from 'react';
/** Suggestion cards grouped by kind; sayable ones carry a copy button and an Alt+number key. */
import { SUGGESTION_KINDS, SUGGESTION_LABELS } from '../../shared/taxonomy';
import type { Suggestion } from '../../shared/schemas';
import { t, type Lang } from '../i18n';

export const SuggestionCards = memo(function SuggestionCards({
  suggestions,
  lang,
  copiedId,
  onCopy,
}: {
  suggestions: readonly Suggestion[];
  lang: Lang;
  copiedId: string | undefined;
  onCopy: (s: Suggestion) => void;
}) {
  const numbered = copyOrder(suggestions);
  const kinds = SUGGESTION_KINDS.filter((k) => k !== 'tone' && suggestions.some((s) => s.kind === k));
  return (
    <section className="cards" aria-label={t(lang, 'suggestions')}>
      {kinds.map((kind) => (
        <div key={kind} className={`group group-${kind}`}>
          <h3>{SUGGESTION_LABELS[kind][lang]}</h3>
          {suggestions
            .filter((s) => s.kind === kind)
            .map((s) => {
              const n = numbered.indexOf(s) + 1;
              return (
                <article key={s.id} className={`card${s.sayable ? ' sayable' : ''}`} data-testid={`card-${s.kind}`}>
                  {s.avoid && (
                    <p className="avoid">
                      <span className="tag">{t(lang, 'avoid')}</span> <s>{s.avoid}</s>
                    </p>
                  )}
                  <p className="card-text">{s.text}</p>
                  <p className="card-why">{s.why}</p>
                  {s.sayable && (
                    <button type="button" className="copy" onClick={() => onCopy(s)} aria-label={`${t(lang, 'copy')} ${n > 0 && n <= 9 ? `(Alt+${n})` : ''}`}>
                      {copiedId === s.id ? t(lang, 'copied') : t(lang, 'copy')}
                      {n > 0 && n <= 9 && <kbd>Alt+{n}</kbd>}
                    </button>
                  )}
                </article>
              );
            })}
        </div>
      ))}
    </section>
  );
});

/** The sayable suggestions in the order shown, so Alt+n copies the n-th copy button on screen. */
export function copyOrder(suggestions: readonly Suggestion[]): Suggestion[] {
  return SUGGESTION_KINDS.filter((k) => k !== 'tone').flatMap((k) => suggestions.filter((s) => s.kind === k && s.sayable));
}
