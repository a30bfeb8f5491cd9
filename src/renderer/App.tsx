/** The app shell: header with engine status, the Assist view, global keys, help and settings. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EngineStatus } from '../shared/api';
import type { AngerLevel, ComplaintTypeId } from '../shared/taxonomy';
import type { Settings, SettingsPatch } from '../shared/schemas';
import { ClientError, getClient } from './api/client';
import { AssistView, type AssistHandle, type Copied } from './assist/AssistView';
import { LogView } from './log/LogView';
import { t, type Lang } from './i18n';
import { PhrasesView, type PhrasesHandle } from './phrases/PhrasesView';
import { SettingsDialog } from './settings/SettingsDialog';
import { composing } from './ui/copy';
import { HelpOverlay } from './ui/HelpOverlay';

export function App() {
  const client = getClient();
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState<EngineStatus>();
  const [notice, setNotice] = useState<string>();
  const [overlay, setOverlay] = useState<'help' | 'settings' | undefined>();
  const assist = useRef<AssistHandle>(null);
  const phrases = useRef<PhrasesHandle>(null);
  const lang: Lang = settings?.language ?? 'ja';
  const [tab, setTab] = useState<'assist' | 'phrases' | 'log'>('assist');
  const copied = useRef<Copied[]>([]);
  const onCopied = useCallback((c: Copied) => void copied.current.push(c), []);
  const takeCopied = useCallback(() => copied.current.splice(0), []);
  const [callContext, setCallContext] = useState({ customerName: '', caseNumber: '' });
  const [logVersion, setLogVersion] = useState(0);
  const onLogged = useCallback(
    (missing: string[], error?: string) => {
      if (error) setNotice(error);
      else {
        setNotice(missing.length ? `${t(lang, 'logged')}（${t(lang, 'missing')}: ${missing.join('・')}）` : t(lang, 'logged'));
        setLogVersion((v) => v + 1);
      }
    },
    [lang],
  );
  const [contact, setContact] = useState<{ type: ComplaintTypeId; level: AngerLevel }>();
  const openPhrases = useCallback(() => {
    setTab('phrases');
    setTimeout(() => phrases.current?.focusSearch(), 0);
  }, []);

  useEffect(() => {
    client.call('getSettings', {}).then(setSettings, (e: Error) => setNotice(e.message));
    const offStatus = client.onEngineStatus(setStatus);
    const offNotice = client.onNotice((m) => setNotice(m));
    const offFocus = client.onFocusNote(() => {
      setTab('assist');
      setTimeout(() => assist.current?.focusNote(), 0);
    });
    void client.call('status', {}).then(setStatus, () => {});
    return () => {
      offStatus();
      offNotice();
      offFocus();
    };
  }, [client]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings?.theme ?? 'light';
    document.documentElement.lang = lang;
  }, [settings?.theme, lang]);

  const update = useCallback(
    async (patch: SettingsPatch): Promise<string | undefined> => {
      try {
        setSettings(await client.call('updateSettings', { patch }));
        return undefined;
      } catch (e) {
        return e instanceof ClientError ? e.message : String(e);
      }
    },
    [client],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (composing({ nativeEvent: e })) return;
      if (e.key === 'Escape' && overlay) {
        e.preventDefault();
        setOverlay(undefined);
        return;
      }
      if (e.ctrlKey && !e.altKey && (e.key === '/' || e.code === 'Slash')) {
        e.preventDefault();
        setOverlay((o) => (o === 'help' ? undefined : 'help'));
      } else if (e.ctrlKey && !e.altKey && e.key === ',') {
        e.preventDefault();
        setOverlay('settings');
      } else if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const a = assist.current;
        const digit = /^Digit([1-9])$/.exec(e.code);
        if (e.code === 'KeyN') {
          setTab('assist');
          setTimeout(() => assist.current?.focusNote(), 0);
        } else if (e.code === 'KeyR') {
          setTab('assist');
          setTimeout(() => assist.current?.focusReply(), 0);
        } else if (e.code === 'KeyP') openPhrases();
        else if (e.code === 'KeyA') setTab('assist');
        else if (e.code === 'KeyG') setTab('log');
        else if (e.code === 'KeyS') a?.startTimer();
        else if (e.code === 'KeyF') a?.finish();
        else if (e.code === 'KeyC') a?.clear();
        else if (e.code === 'KeyT') void update({ theme: settings?.theme === 'dark' ? 'light' : 'dark' });
        else if (e.code === 'KeyL') void update({ language: lang === 'ja' ? 'en' : 'ja' });
        else if (e.key === 'Enter') a?.applyFirstFinding();
        else if (digit) a?.copyNth(Number(digit[1]));
        else return;
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [overlay, settings?.theme, lang, update, openPhrases]);

  const noticeText = notice?.startsWith('shortcut-refused:') ? t(lang, 'shortcutRefused', { k: notice.slice(17) }) : notice;

  return (
    <div className="app">
      <header className="top">
        <h1>
          受け止め <span className="muted">Uketome</span>
        </h1>
        <span className={`status ${status?.ready ? 'ready' : status?.error ? 'failed' : 'loading'}`} data-testid="engine-status" role="status">
          {status?.ready ? t(lang, 'ready') : status?.error ? `${t(lang, 'engineError')}: ${status.error}` : t(lang, 'loading')}
        </span>
        <nav>
          <button type="button" onClick={() => assist.current?.clear()} title="Alt+C">
            {t(lang, 'clear')}
          </button>
          <button type="button" onClick={() => setOverlay('settings')} title="Ctrl+,">
            {t(lang, 'settings')}
          </button>
          <button type="button" onClick={() => setOverlay('help')} title="Ctrl+/" aria-label={t(lang, 'help')}>
            ?
          </button>
        </nav>
      </header>
      {noticeText && (
        <p className="notice" role="alert">
          {noticeText}{' '}
          <button type="button" className="link" onClick={() => setNotice(undefined)}>
            {t(lang, 'close')}
          </button>
        </p>
      )}
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'assist'} onClick={() => setTab('assist')} data-testid="tab-assist">
          {t(lang, 'assistTab')} <kbd>Alt+A</kbd>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'phrases'} onClick={openPhrases} data-testid="tab-phrases">
          {t(lang, 'phrasesTab')} <kbd>Alt+P</kbd>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'log'} onClick={() => setTab('log')} data-testid="tab-log">
          {t(lang, 'logTab')} <kbd>Alt+G</kbd>
        </button>
      </div>
      <div hidden={tab !== 'assist'}>
      <AssistView
        ref={assist}
        onContact={setContact}
        onOpenPhrases={openPhrases}
        onCopied={onCopied}
        takeCopied={takeCopied}
        onCallContext={setCallContext}
        onLogged={onLogged}
        lang={lang}
        engineReady={status?.ready ?? false}
        checkerKey={JSON.stringify(settings?.checker ?? null)}
        agentName={settings?.agentName ?? ''}
        onDisableRule={(rule) => settings && void update({ checker: { ...settings.checker, disabledRules: [...new Set([...settings.checker.disabledRules, rule])] } })}
      />
      </div>
      <div hidden={tab !== 'phrases'}>
        <PhrasesView ref={phrases} lang={lang} contact={contact} callContext={{ ...callContext, agentName: settings?.agentName }} onCopied={onCopied} />
      </div>
      {tab === 'log' && <LogView lang={lang} version={logVersion} />}
      {overlay === 'help' && <HelpOverlay lang={lang} onClose={() => setOverlay(undefined)} />}
      {overlay === 'settings' && settings && <SettingsDialog settings={settings} lang={lang} onSave={update} onClose={() => setOverlay(undefined)} />}
    </div>
  );
}
