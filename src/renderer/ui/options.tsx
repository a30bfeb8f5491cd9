/** The option lists that several forms share: outcomes, complaint types and anger levels. */
import { ANGER, COMPLAINT_TYPES } from '../../shared/taxonomy';
import { t, type Lang } from '../i18n';

export function OutcomeOptions({ lang }: { lang: Lang }) {
  return (
    <>
      <option value="resolved">{t(lang, 'resolved')}</option>
      <option value="follow_up">{t(lang, 'follow_up')}</option>
      <option value="escalated">{t(lang, 'escalated')}</option>
    </>
  );
}

export function TypeOptions({ lang }: { lang: Lang }) {
  return (
    <>
      {COMPLAINT_TYPES.map((c) => (
        <option key={c.id} value={c.id}>
          {c[lang]}
        </option>
      ))}
    </>
  );
}

/** The five anger levels as <option>s: number and label. */
export function LevelOptions({ lang }: { lang: Lang }) {
  return (
    <>
      {ANGER.map((a) => (
        <option key={a.level} value={a.level}>
          {a.level} {a[lang]}
        </option>
      ))}
    </>
  );
}
