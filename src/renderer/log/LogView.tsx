/** The Log tab: this shift's entries and summary, edit and delete, past shifts, search, export, close shift. */
import { useCallback, useEffect, useState } from 'react';
import { ANGER, COMPLAINT_TYPE_IDS, COMPLAINT_TYPES, type ComplaintTypeId } from '../../shared/taxonomy';
import type { LogEntry, ShiftInfo, ShiftSummary } from '../../shared/schemas';
import { getClient } from '../api/client';
import { formatDuration } from '../assist/CallPanel';
import { t, type Lang } from '../i18n';
import { LevelOptions, OutcomeOptions, TypeOptions } from '../ui/options';
import { download } from '../ui/download';


const time = (ms: number) => new Date(ms).toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
const dateTime = (ms: number) => new Date(ms).toLocaleString('ja-JP', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const typeLabel = (id: ComplaintTypeId, lang: Lang) => COMPLAINT_TYPES.find((c) => c.id === id)![lang];

function Bars({ rows, max }: { rows: { label: string; value: number; color?: string }[]; max: number }) {
  return (
    <div className="bars">
      {rows.map((r) => (
        <div key={r.label} className="bar-row">
          <span className="bar-label">{r.label}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${max ? (r.value / max) * 100 : 0}%`, background: r.color }} />
          </span>
          <span className="bar-value">{r.value}</span>
        </div>
      ))}
    </div>
  );
}

function EntryEditor({ entry, lang, onDone }: { entry: LogEntry; lang: Lang; onDone: (changed: boolean) => void }) {
  const client = getClient();
  const [draft, setDraft] = useState(entry);
  const [error, setError] = useState<string>();
  const final = draft.corrected ?? draft.engine;
  const save = async () => {
    try {
      await client.call('updateEntry', {
        id: entry.id,
        patch: {
          caseNumber: draft.caseNumber,
          customerName: draft.customerName,
          nextSteps: draft.nextSteps,
          dueDate: draft.dueDate,
          outcome: draft.outcome,
          escalatedTo: draft.escalatedTo,
          corrected: draft.corrected,
        },
      });
      onDone(true);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = async () => {
    if (!window.confirm(t(lang, 'confirmDeleteEntry'))) return;
    await client.call('deleteEntry', { id: entry.id });
    onDone(true);
  };
  return (
    <form
      className="entry-editor"
      data-testid="entry-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t(lang, 'caseNumber')}
        <input value={draft.caseNumber} onChange={(e) => setDraft({ ...draft, caseNumber: e.target.value })} />
      </label>
      <label>
        {t(lang, 'customerName')}
        <input value={draft.customerName} onChange={(e) => setDraft({ ...draft, customerName: e.target.value })} />
      </label>
      <label>
        {t(lang, 'nextSteps')}
        <textarea rows={2} value={draft.nextSteps} onChange={(e) => setDraft({ ...draft, nextSteps: e.target.value })} />
      </label>
      <label>
        {t(lang, 'outcome')}
        <select value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.target.value as LogEntry['outcome'] })} data-testid="edit-outcome">
          <OutcomeOptions lang={lang} />
        </select>
      </label>
      {final && (
        <label>
          {t(lang, 'correctLevel')}
          <select
            value={final.level}
            onChange={(e) => setDraft({ ...draft, corrected: { type: final.type, level: Number(e.target.value) as 0 | 1 | 2 | 3 | 4 } })}
          >
            <LevelOptions lang={lang} />
          </select>
        </label>
      )}
      {error && <p className="error">{error}</p>}
      <div className="buttons">
        <button type="submit" data-testid="entry-save">
          {t(lang, 'save')}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t(lang, 'cancel')}
        </button>
        <button type="button" className="danger" onClick={() => void remove()} data-testid="entry-delete">
          {t(lang, 'delete')}
        </button>
      </div>
    </form>
  );
}

export function LogView({ lang, version }: { lang: Lang; version: number }) {
  const client = getClient();
  const [shiftId, setShiftId] = useState('current');
  const [shifts, setShifts] = useState<ShiftInfo[]>([]);
  const [data, setData] = useState<{ shift: ShiftInfo; entries: LogEntry[]; summary: ShiftSummary }>();
  const [outcome, setOutcome] = useState('');
  const [type, setType] = useState('');
  const [editing, setEditing] = useState<string>();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<LogEntry[]>([]);
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    try {
      const [list, one] = await Promise.all([client.call('listShifts', {}), client.call('shiftEntries', { shift: shiftId })]);
      setShifts(list.shifts);
      setData(one);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client, shiftId]);

  useEffect(() => {
    void load();
  }, [load, version]);

  useEffect(() => {
    if (!query.trim()) return setFound([]);
    void client.call('searchLog', { query }).then((r) => setFound(r.results));
  }, [client, query, version]);

  const exportAs = async (format: 'csv' | 'json') => {
    const r = await client.call('exportShift', { shift: shiftId, format });
    download(r.filename, r.content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
  };

  const closeShift = async () => {
    if (!window.confirm(t(lang, 'confirmCloseShift'))) return;
    await client.call('closeShift', {});
    setShiftId('current');
    await load();
  };

  const entries = (data?.entries ?? []).filter((e) => {
    const final = e.corrected ?? e.engine;
    return (!outcome || e.outcome === outcome) && (!type || final?.type === type);
  });
  const s = data?.summary;
  const isCurrent = data?.shift.closedAt === null;

  return (
    <main className="log" data-testid="log-view">
      {error && <p className="error">{error}</p>}
      <div className="filters">
        <select value={shiftId} onChange={(e) => setShiftId(e.target.value)} aria-label={t(lang, 'shift')} data-testid="shift-select">
          {shifts.map((sh) => (
            <option key={sh.id} value={sh.closedAt === null ? 'current' : sh.id}>
              {sh.closedAt === null ? t(lang, 'currentShift') : `${dateTime(sh.startedAt)}〜${dateTime(sh.closedAt)}`} ({sh.count})
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void exportAs('csv')} data-testid="export-csv">
          CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          JSON
        </button>
        {isCurrent && (
          <button type="button" onClick={() => void closeShift()} data-testid="close-shift">
            {t(lang, 'closeShift')}
          </button>
        )}
      </div>

      {s && (
        <section className="summary" data-testid="summary">
          <div className="stats">
            <div>
              <strong data-testid="summary-count">{s.count}</strong>
              <span>{t(lang, 'contacts')}</span>
            </div>
            <div>
              <strong>{formatDuration(s.averageHandleSec)}</strong>
              <span>{t(lang, 'aht')}</span>
            </div>
            <div>
              <strong>{s.escalations}</strong>
              <span>{t(lang, 'escalations')}</span>
            </div>
            <div>
              <strong>{s.openFollowUps}</strong>
              <span>{t(lang, 'openFollowUps')}</span>
            </div>
          </div>
          {s.count > 0 && (
            <div className="charts">
              <div>
                <h3>{t(lang, 'byLevel')}</h3>
                <Bars rows={ANGER.map((a) => ({ label: a[lang], value: s.byLevel[a.level]!, color: a.color }))} max={Math.max(...s.byLevel)} />
              </div>
              <div>
                <h3>{t(lang, 'byType')}</h3>
                <Bars
                  rows={COMPLAINT_TYPE_IDS.filter((id) => s.byType[id] > 0).map((id) => ({ label: typeLabel(id, lang), value: s.byType[id] }))}
                  max={Math.max(...Object.values(s.byType))}
                />
              </div>
            </div>
          )}
        </section>
      )}

      <div className="filters">
        <select value={outcome} onChange={(e) => setOutcome(e.target.value)} aria-label={t(lang, 'outcome')}>
          <option value="">{t(lang, 'allOutcomes')}</option>
          <OutcomeOptions lang={lang} />
        </select>
        <select value={type} onChange={(e) => setType(e.target.value)} aria-label={t(lang, 'type')}>
          <option value="">{t(lang, 'allTypes')}</option>
          <TypeOptions lang={lang} />
        </select>
      </div>

      <ul className="entries" data-testid="entries">
        {entries.map((e) => {
          const final = e.corrected ?? e.engine;
          return (
            <li key={e.id} className="entry" data-testid="entry">
              <button type="button" className="entry-row" onClick={() => setEditing(editing === e.id ? undefined : e.id)} aria-expanded={editing === e.id}>
                <span className="entry-time">{time(e.startedAt)}</span>
                <span>{formatDuration(e.durationSec)}</span>
                {final && (
                  <span className="lvl" style={{ background: ANGER[final.level]!.color }}>
                    {final.level}
                  </span>
                )}
                {final && <span>{typeLabel(final.type, lang)}</span>}
                <span className="case">{e.caseNumber || '—'}</span>
                <span className={`outcome outcome-${e.outcome}`}>{t(lang, e.outcome)}</span>
              </button>
              {editing === e.id && (
                <EntryEditor
                  entry={e}
                  lang={lang}
                  onDone={(changed) => {
                    setEditing(undefined);
                    if (changed) void load();
                  }}
                />
              )}
            </li>
          );
        })}
        {entries.length === 0 && <li className="muted">{t(lang, 'noEntries')}</li>}
      </ul>

      <input type="search" className="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t(lang, 'searchLog')} aria-label={t(lang, 'searchLog')} data-testid="log-search" />
      {found.length > 0 && (
        <ul className="found" data-testid="log-found">
          {found.map((e) => (
            <li key={e.id}>
              <strong>{e.caseNumber || '—'}</strong> {e.customerName} — {dateTime(e.startedAt)} · {t(lang, 'handledBy')}: {e.handledBy || '—'}
              {e.nextSteps && <p className="small">{e.nextSteps}</p>}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
