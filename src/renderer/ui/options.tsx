/** The option lists that several forms share: outcomes and complaint types. */
import { COMPLAINT_TYPES } from '../../shared/taxonomy';
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
