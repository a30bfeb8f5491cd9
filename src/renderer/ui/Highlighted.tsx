/** Text with marked spans (cues in the note, findings in the reply). Overlaps keep the earlier span. */
import { Fragment, memo, type ReactElement } from 'react';

export interface Span {
  start: number;
  end: number;
  label: string;
  className: string;
}

export const Highlighted = memo(function Highlighted({ text, spans, testId }: { text: string; spans: readonly Span[]; testId?: string }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactElement[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length) continue;
    if (s.start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, s.start)}</Fragment>);
    parts.push(
      <mark key={`m${s.start}`} className={s.className} title={s.label}>
        {text.slice(s.start, s.end)}
        <span className="sr-only">（{s.label}）</span>
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return (
    <div className="highlighted" data-testid={testId}>
      {parts}
    </div>
  );
});
