import { memo } from 'react';
/** The anger gauge: five segments, the current level's colour and label, and the type with runners-up. */
import { ANGER, COMPLAINT_TYPES } from '../../shared/taxonomy';
import type { Analysis } from '../../shared/schemas';
import { t, type Lang } from '../i18n';

export const Gauge = memo(function Gauge({ analysis, lang }: { analysis: Analysis; lang: Lang }) {
  const level = analysis.anger.level;
  const info = ANGER[level]!;
  const typeInfo = (id: string) => COMPLAINT_TYPES.find((x) => x.id === id)!;
  return (
    <section className="gauge" aria-label={t(lang, 'anger')} data-testid="gauge" data-level={level}>
      <div className="gauge-row">
        <div className="gauge-bar" role="meter" aria-valuemin={0} aria-valuemax={4} aria-valuenow={level} aria-valuetext={`${level} ${info[lang]}`}>
          {ANGER.map((a) => (
            <span key={a.level} className={`seg${a.level <= level ? ' on' : ''}`} style={{ background: a.level <= level ? a.color : undefined }} />
          ))}
        </div>
        <div className="gauge-label" style={{ color: info.color }}>
          <strong data-testid="anger-label">{info[lang]}</strong>
          <span className="muted"> {level}/4</span>
        </div>
      </div>
      <div className="type-row">
        <span className="type-chip" data-testid="type-label">
          {typeInfo(analysis.type.id)[lang]}
          <span className="pct">{Math.round(analysis.type.confidence * 100)}%</span>
        </span>
        {analysis.type.secondary.slice(0, 2).map((id) => (
          <span key={id} className="type-chip secondary">
            {t(lang, 'secondary')}: {typeInfo(id)[lang]} <span className="pct">{Math.round(analysis.type.scores[id] * 100)}%</span>
          </span>
        ))}
      </div>
      {analysis.explanation.length > 0 && (
        <ul className="why" aria-label={t(lang, 'why')}>
          {analysis.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
});
