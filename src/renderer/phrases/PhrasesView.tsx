/** The phrase library: one search box (kanji, kana, romaji), filters, arrows to move, Enter to copy. */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { ANGER, COMPLAINT_TYPES, type AngerLevel, type ComplaintTypeId } from '../../shared/taxonomy';
import { PHRASE_SCENES } from '../../shared/taxonomy';
import type { PhraseHit, PhraseScene } from '../../shared/schemas';
import { ClientError, getClient } from '../api/client';
import { SCENE_LABELS, t, type Lang } from '../i18n';
import { composing, copyText } from '../ui/copy';
import { download } from '../ui/download';
import { fillPlaceholders, placeholderParts, type CallContext } from './placeholders';
import { PhraseForm } from './PhraseForm';

export interface PhrasesHandle {
  focusSearch(): void;
}

interface Props {
  lang: Lang;
  /** The contact at hand, to filter by (set when opened from the Assist view). */
  contact?: { type: ComplaintTypeId; level: AngerLevel };
  callContext: CallContext;
  onCopied: (c: { id: string; kind: string; text: string }) => void;
}


export const PhrasesView = forwardRef<PhrasesHandle, Props>(function PhrasesView({ lang, contact, callContext, onCopied }, ref) {
  const client = getClient();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [scene, setScene] = useState<PhraseScene | ''>('');
  const [forContact, setForContact] = useState(Boolean(contact));
  const [results, setResults] = useState<PhraseHit[]>([]);
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string>();
  const [editing, setEditing] = useState<PhraseHit | 'new' | undefined>();
  const composingRef = useRef(false);
  const seq = useRef(0);

  useImperativeHandle(ref, () => ({ focusSearch: () => searchRef.current?.focus() }));
  useEffect(() => setForContact(Boolean(contact)), [contact]);

  const run = useCallback(
    async (q: string) => {
      const mine = ++seq.current;
      try {
        const r = await client.call('searchPhrases', {
          query: q,
          limit: 50,
          ...(scene ? { scene } : {}),
          ...(forContact && contact ? { type: contact.type, level: contact.level } : {}),
        });
        if (mine === seq.current) {
          setResults(r.results);
          setSelected(0);
        }
      } catch (e) {
        setMessage((e as Error).message);
      }
    },
    [client, scene, forContact, contact],
  );

  useEffect(() => {
    if (!composingRef.current) void run(query);
  }, [run, query]);

  const copy = async (hit: PhraseHit) => {
    const filled = fillPlaceholders(hit.text, { ...callContext, date: new Date() });
    await copyText(filled.text);
    onCopied({ id: hit.id, kind: hit.scene, text: filled.text });
    setMessage(filled.unfilled.length ? `${t(lang, 'copied')} — ${t(lang, 'unfilled')}: ${filled.unfilled.join(' ')}` : t(lang, 'copied'));
    await client.call('recordPhraseUse', { id: hit.id }).catch(() => {});
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (composing(e)) return; // Enter that confirms a conversion never copies
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSelected((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && results[selected]) {
      e.preventDefault();
      void copy(results[selected]!);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
    }
  };

  const toggleFav = async (hit: PhraseHit) => {
    await client.call('setFavourite', { id: hit.id, favourite: !hit.favourite });
    await run(query);
  };

  const remove = async (hit: PhraseHit) => {
    if (!window.confirm(t(lang, 'confirmDelete'))) return;
    await client.call('deletePhrase', { id: hit.id });
    await run(query);
  };

  const exportAs = async (format: 'json' | 'csv') => {
    const r = await client.call('exportPhrases', { format });
    download(r.filename, r.content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
  };

  const importFile = async (file: File) => {
    const format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
    try {
      const r = await client.call('importPhrases', { format, content: await file.text() });
      setMessage(t(lang, 'imported', { added: String(r.added), updated: String(r.updated) }));
      await run(query);
    } catch (e) {
      setMessage(`${t(lang, 'importFailed')}: ${e instanceof ClientError ? e.message : String(e)}`);
    }
  };

  return (
    <main className="phrases">
      <input
        ref={searchRef}
        className="search"
        data-testid="phrase-search"
        type="search"
        value={query}
        placeholder={t(lang, 'searchPlaceholder')}
        aria-label={t(lang, 'searchPlaceholder')}
        aria-controls="phrase-results"
        onChange={(e) => setQuery(e.target.value)}
        onCompositionStart={() => (composingRef.current = true)}
        onCompositionEnd={(e) => {
          composingRef.current = false;
          void run(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="filters">
        <select value={scene} onChange={(e) => setScene(e.target.value as PhraseScene | '')} aria-label={t(lang, 'scene')} data-testid="scene-filter">
          <option value="">{t(lang, 'allScenes')}</option>
          {PHRASE_SCENES.map((s) => (
            <option key={s} value={s}>
              {SCENE_LABELS[s][lang]}
            </option>
          ))}
        </select>
        {contact && (
          <label className="check">
            <input type="checkbox" checked={forContact} onChange={(e) => setForContact(e.target.checked)} data-testid="contact-filter" />
            {COMPLAINT_TYPES.find((x) => x.id === contact.type)![lang]}・{ANGER[contact.level]![lang]}
          </label>
        )}
        <button type="button" onClick={() => setEditing('new')} data-testid="add-phrase">
          {t(lang, 'addPhrase')}
        </button>
      </div>
      {message && (
        <p className="notice" role="status" data-testid="phrase-message">
          {message}
        </p>
      )}
      {editing && (
        <PhraseForm
          lang={lang}
          initial={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(undefined)}
          onSave={async (input) => {
            try {
              await client.call('savePhrase', { phrase: input });
              setEditing(undefined);
              setMessage(t(lang, 'saved'));
              await run(query);
            } catch (e) {
              return (e as Error).message;
            }
            return undefined;
          }}
        />
      )}
      <ul id="phrase-results" className="results" role="listbox" aria-label={t(lang, 'results')} data-testid="phrase-results">
        {results.map((hit, i) => (
          <li
            key={hit.id}
            role="option"
            aria-selected={i === selected}
            className={`result${i === selected ? ' selected' : ''}`}
            data-testid="phrase-result"
            data-id={hit.id}
            onClick={() => setSelected(i)}
            onDoubleClick={() => void copy(hit)}
          >
            <p className="result-text">
              {placeholderParts(hit.text).map((p, k) =>
                p.placeholder ? (
                  <mark key={k} className="placeholder">
                    {p.text}
                  </mark>
                ) : (
                  <span key={k}>{p.text}</span>
                ),
              )}
            </p>
            {lang === 'en' && hit.en && <p className="result-en">{hit.en}</p>}
            <p className="result-meta">
              <span className="scene">{SCENE_LABELS[hit.scene][lang]}</span> {hit.when}
            </p>
            <div className="result-actions">
              <button type="button" onClick={() => void copy(hit)}>
                {t(lang, 'copy')}
                {i === selected && <kbd>Enter</kbd>}
              </button>
              <button type="button" aria-pressed={hit.favourite} onClick={() => void toggleFav(hit)} title={t(lang, 'favourite')}>
                {hit.favourite ? '★' : '☆'}
              </button>
              {hit.own && (
                <>
                  <button type="button" onClick={() => setEditing(hit)}>
                    {t(lang, 'edit')}
                  </button>
                  <button type="button" onClick={() => void remove(hit)}>
                    {t(lang, 'delete')}
                  </button>
                </>
              )}
              {hit.uses > 0 && <span className="muted small">×{hit.uses}</span>}
            </div>
          </li>
        ))}
        {results.length === 0 && <li className="muted">{t(lang, 'noResults')}</li>}
      </ul>
      <div className="io">
        <button type="button" onClick={() => void exportAs('json')}>
          {t(lang, 'export')} JSON
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t(lang, 'export')} CSV
        </button>
        <label className="file">
          {t(lang, 'import')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="phrase-import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </div>
    </main>
  );
});
