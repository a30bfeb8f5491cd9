/** The contact at hand: timer, case number, customer, next steps, outcome, and the closing checklist. */
import { memo, useEffect, useState } from 'react';
import { type AngerLevel, type ComplaintTypeId } from '../../shared/taxonomy';
import { t, type Lang } from '../i18n';
import { LevelOptions, OutcomeOptions, TypeOptions } from '../ui/options';

export interface CallFields {
  caseNumber: string;
  customerName: string;
  nextSteps: string;
  dueDate: string;
  outcome: 'resolved' | 'follow_up' | 'escalated';
  escalatedTo: string;
  nameGiven: boolean;
  correctedLevel: AngerLevel | '';
  correctedType: ComplaintTypeId | '';
}

export const EMPTY_CALL: CallFields = {
  caseNumber: '',
  customerName: '',
  nextSteps: '',
  dueDate: '',
  outcome: 'resolved',
  escalatedTo: '',
  nameGiven: false,
  correctedLevel: '',
  correctedType: '',
};

export function missingChecklist(f: CallFields): ('nameGiven' | 'nextSteps' | 'caseNumber')[] {
  const out: ('nameGiven' | 'nextSteps' | 'caseNumber')[] = [];
  if (!f.nameGiven) out.push('nameGiven');
  if (!f.nextSteps.trim()) out.push('nextSteps');
  if (!f.caseNumber.trim()) out.push('caseNumber');
  return out;
}

export function formatDuration(sec: number): string {
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

/** The call timer; it re-renders itself once a second, nothing else. */
function Timer({ lang, startedAt }: { lang: Lang; startedAt: number | undefined }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (startedAt === undefined) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [startedAt]);
  return (
    <span className="timer" data-testid="call-timer" aria-label={t(lang, 'timer')}>
      {t(lang, 'timer')} {startedAt === undefined ? '–:––' : formatDuration(Math.max(0, Math.floor((now - startedAt) / 1000)))}
    </span>
  );
}

export const CallPanel = memo(function CallPanel({
  lang,
  fields,
  onChange,
  startedAt,
  onFinish,
  agentName,
}: {
  lang: Lang;
  fields: CallFields;
  onChange: (f: CallFields) => void;
  startedAt: number | undefined;
  onFinish: () => void;
  agentName: string;
}) {
  const set = <K extends keyof CallFields>(k: K, v: CallFields[K]) => onChange({ ...fields, [k]: v });
  const missing = missingChecklist(fields);
  return (
    <section className="call" aria-label={t(lang, 'call')} data-testid="call-panel">
      <div className="call-head">
        <h3>{t(lang, 'call')}</h3>
        <Timer lang={lang} startedAt={startedAt} />
      </div>
      <div className="grid2">
        <label>
          {t(lang, 'caseNumber')}
          <input value={fields.caseNumber} onChange={(e) => set('caseNumber', e.target.value)} data-testid="case-number" />
        </label>
        <label>
          {t(lang, 'customerName')}
          <input value={fields.customerName} onChange={(e) => set('customerName', e.target.value)} data-testid="customer-name" />
        </label>
      </div>
      <label>
        {t(lang, 'nextSteps')}
        <textarea rows={2} value={fields.nextSteps} onChange={(e) => set('nextSteps', e.target.value)} data-testid="next-steps" />
      </label>
      <div className="grid2">
        <label>
          {t(lang, 'dueDate')}
          <input type="date" value={fields.dueDate} onChange={(e) => set('dueDate', e.target.value)} data-testid="due-date" />
        </label>
        <label>
          {t(lang, 'outcome')}
          <select value={fields.outcome} onChange={(e) => set('outcome', e.target.value as CallFields['outcome'])} data-testid="outcome">
            <OutcomeOptions lang={lang} />
          </select>
        </label>
      </div>
      {fields.outcome === 'escalated' && (
        <label>
          {t(lang, 'escalatedTo')}
          <input value={fields.escalatedTo} onChange={(e) => set('escalatedTo', e.target.value)} />
        </label>
      )}
      <div className="grid2">
        <label>
          {t(lang, 'correctLevel')}
          <select value={String(fields.correctedLevel)} onChange={(e) => set('correctedLevel', e.target.value === '' ? '' : (Number(e.target.value) as AngerLevel))} data-testid="corrected-level">
            <option value="">{t(lang, 'asEngine')}</option>
            <LevelOptions lang={lang} />
          </select>
        </label>
        <label>
          {t(lang, 'correctType')}
          <select value={fields.correctedType} onChange={(e) => set('correctedType', e.target.value as ComplaintTypeId | '')}>
            <option value="">{t(lang, 'asEngine')}</option>
            <TypeOptions lang={lang} />
          </select>
        </label>
      </div>
      <div className="checklist" data-testid="checklist">
        <label className={`check${fields.nameGiven ? ' done' : ''}`}>
          <input type="checkbox" checked={fields.nameGiven} onChange={(e) => set('nameGiven', e.target.checked)} data-testid="name-given" />
          {t(lang, 'nameGiven')}
        </label>
        <span className={fields.nextSteps.trim() ? 'done' : 'todo'}>{fields.nextSteps.trim() ? '✓' : '・'} {t(lang, 'nextSteps')}</span>
        <span className={fields.caseNumber.trim() ? 'done' : 'todo'}>{fields.caseNumber.trim() ? '✓' : '・'} {t(lang, 'caseNumber')}</span>
      </div>
      {!agentName.trim() && (
        <p className="muted small" data-testid="agent-name-hint">
          {t(lang, 'setAgentName')}
        </p>
      )}
      <button type="button" className="finish" onClick={onFinish} data-testid="finish">
        {t(lang, 'finish')} <kbd>Alt+F</kbd>
        {missing.length > 0 && <span className="muted small"> ({t(lang, 'missing')}: {missing.map((m) => t(lang, m)).join('・')})</span>}
      </button>
    </section>
  );
});
