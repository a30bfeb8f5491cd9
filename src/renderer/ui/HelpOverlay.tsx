/** The keyboard help overlay (Ctrl+/). */
import { useEffect, useRef } from 'react';
import { KEYS, t, type Lang } from '../i18n';

export function HelpOverlay({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t(lang, 'help')} data-testid="help">
      <div className="panel">
        <h2>{t(lang, 'help')}</h2>
        <table>
          <tbody>
            {KEYS.map((k) => (
              <tr key={k.keys}>
                <td>
                  <kbd>{k.keys}</kbd>
                </td>
                <td>{k[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" ref={closeRef} onClick={onClose}>
          {t(lang, 'close')} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
