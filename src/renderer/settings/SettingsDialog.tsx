/** Settings (Ctrl+,): language, theme, window, shortcut, agent name, and the reply checker's rules and allow-list. */
import { useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../shared/schemas';
import { t, type Lang } from '../i18n';

export function SettingsDialog({
  settings,
  lang,
  onSave,
  onClose,
}: {
  settings: Settings;
  lang: Lang;
  onSave: (patch: SettingsPatch) => Promise<string | undefined>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(settings);
  const [allows, setAllows] = useState(settings.checker.allows.join('\n'));
  const [message, setMessage] = useState<string>();
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const save = async () => {
    const error = await onSave({
      language: draft.language,
      theme: draft.theme,
      alwaysOnTop: draft.alwaysOnTop,
      shortcut: draft.shortcut,
      agentName: draft.agentName,
      checker: { disabledRules: draft.checker.disabledRules, allows: allows.split('\n').map((x) => x.trim()).filter(Boolean) },
    });
    setMessage(error ?? t(lang, 'saved'));
  };

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t(lang, 'settings')} data-testid="settings">
      <form
        className="panel settings"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2>{t(lang, 'settings')}</h2>
        <label>
          {t(lang, 'language')}
          <select ref={first} value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value as Lang })}>
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t(lang, 'theme')}
          <select value={draft.theme} onChange={(e) => setDraft({ ...draft, theme: e.target.value === 'dark' ? 'dark' : 'light' })}>
            <option value="light">{t(lang, 'light')}</option>
            <option value="dark">{t(lang, 'dark')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.alwaysOnTop} onChange={(e) => setDraft({ ...draft, alwaysOnTop: e.target.checked })} />
          {t(lang, 'alwaysOnTop')}
        </label>
        <label>
          {t(lang, 'shortcut')}
          <input value={draft.shortcut} onChange={(e) => setDraft({ ...draft, shortcut: e.target.value })} />
        </label>
        <label>
          {t(lang, 'agentName')}
          <input value={draft.agentName} onChange={(e) => setDraft({ ...draft, agentName: e.target.value })} />
        </label>
        <label>
          {t(lang, 'allows')}
          <textarea rows={3} value={allows} onChange={(e) => setAllows(e.target.value)} data-testid="allows" />
        </label>
        <div>
          {t(lang, 'disabledRules')}:{' '}
          {draft.checker.disabledRules.length === 0
            ? t(lang, 'none')
            : draft.checker.disabledRules.map((r) => (
                <span key={r} className="rule-chip">
                  {r}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => setDraft({ ...draft, checker: { ...draft.checker, disabledRules: draft.checker.disabledRules.filter((x) => x !== r) } })}
                  >
                    {t(lang, 'enable')}
                  </button>
                </span>
              ))}
        </div>
        {message && <p role="status">{message}</p>}
        <div className="buttons">
          <button type="submit">{t(lang, 'save')}</button>
          <button type="button" onClick={onClose}>
            {t(lang, 'close')} <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </div>
  );
}
