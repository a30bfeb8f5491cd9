/** The Assist view: the customer's words with live analysis, suggestion cards, and the reply checker. */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { CUE_LABELS, SUGGESTION_LABELS, type AngerLevel, type ComplaintTypeId } from '../../shared/taxonomy';
import type { Analysis, DraftCheck, Suggestion } from '../../shared/schemas';
import { getClient } from '../api/client';
import { t, type Lang } from '../i18n';
import { copyText } from '../ui/copy';
import { Highlighted } from '../ui/Highlighted';
import { CallPanel, EMPTY_CALL, missingChecklist, type CallFields } from './CallPanel';
import { Gauge } from './Gauge';
import { copyOrder, SuggestionCards } from './SuggestionCards';
import { useLive } from './use-live';

export interface Copied {
  id: string;
  kind: string;
  text: string;
}

export interface AssistHandle {
  startTimer(): void;
  finish(): void;
  focusNote(): void;
  focusReply(): void;
  copyNth(n: number): void;
  applyFirstFinding(): void;
  clear(): void;
}

interface Props {
  lang: Lang;
  engineReady: boolean;
  /** Changes when the agent's checker settings change, so the reply is checked again. */
  checkerKey: string;
  /** The agent's name from the settings (recorded as handled-by). */
  agentName: string;
  onDisableRule: (rule: string) => void;
  /** Reports the contact at hand (type and level) so the phrase library can filter for it. */
  onContact: (c: { type: ComplaintTypeId; level: AngerLevel } | undefined) => void;
  onOpenPhrases: () => void;
  /** Every suggestion or phrase the agent copied during this contact (the app collects them). */
  onCopied: (c: Copied) => void;
  takeCopied: () => Copied[];
  /** What the phrase library may fill placeholders with. */
  onCallContext: (c: { customerName: string; caseNumber: string }) => void;
  /** Called after a contact was logged, with the checklist items that were not done. */
  onLogged: (missing: string[], error?: string) => void;
}

export const AssistView = forwardRef<AssistHandle, Props>(function AssistView({ lang, engineReady, checkerKey, agentName, onDisableRule, onContact, onOpenPhrases, onCopied, takeCopied, onCallContext, onLogged }, ref) {
  const client = getClient();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [reply, setReply] = useState('');
  const [copiedId, setCopiedId] = useState<string>();
  const [call, setCall] = useState<CallFields>(EMPTY_CALL);
  const [startedAt, setStartedAt] = useState<number>();
  const { customerName, caseNumber } = call;
  useEffect(() => onCallContext({ customerName, caseNumber }), [customerName, caseNumber, onCallContext]);

  const analyze = useCallback((text: string) => client.call('analyze', { text }), [client]);
  const check = useCallback((text: string) => client.call('checkDraft', { text }), [client]);
  const live = useLive<Analysis>(analyze);
  const liveReply = useLive<DraftCheck>(check);
  const analysis = note.trim() ? live.value?.result : undefined;
  const draft = reply.trim() && liveReply.value?.text === reply ? liveReply.value.result : undefined;

  const { schedule: recheck } = liveReply;
  const replyRefValue = useRef(reply);
  replyRefValue.current = reply;
  useEffect(() => recheck(replyRefValue.current), [checkerKey, recheck]);

  const copy = useCallback(async (s: Suggestion) => {
    await copyText(s.text);
    onCopied({ id: s.id, kind: s.kind, text: s.text });
    setCopiedId(s.id);
    setTimeout(() => setCopiedId((id) => (id === s.id ? undefined : id)), 1500);
  }, [onCopied]);

  const applyFinding = useCallback(
    (start: number, end: number, suggestion: string) => {
      const next = reply.slice(0, start) + suggestion + reply.slice(end);
      setReply(next);
      liveReply.schedule(next);
      replyRef.current?.focus();
    },
    [reply, liveReply],
  );

  const clearAll = () => {
    setNote('');
    setReply('');
    setCall(EMPTY_CALL);
    setStartedAt(undefined);
    live.schedule('');
    liveReply.schedule('');
    noteRef.current?.focus();
  };

  const finish = async () => {
    const endedAt = Date.now();
    const missing = missingChecklist(call);
    const engineResult = analysis ? { level: analysis.anger.level, type: analysis.type.id } : null;
    const corrected =
      call.correctedLevel !== '' || call.correctedType !== ''
        ? { level: call.correctedLevel === '' ? (engineResult?.level ?? 0) : call.correctedLevel, type: call.correctedType || engineResult?.type || 'other' }
        : null;
    try {
      await client.call('logEntry', {
        entry: {
          startedAt: startedAt ?? endedAt,
          endedAt,
          note,
          caseNumber: call.caseNumber,
          customerName: call.customerName,
          nextSteps: call.nextSteps,
          dueDate: call.dueDate,
          outcome: call.outcome,
          escalatedTo: call.escalatedTo,
          engine: engineResult,
          corrected,
          cues: (analysis?.cues ?? []).slice(0, 200).map((c) => ({ kind: c.kind, text: c.text.slice(0, 200) })),
          copied: takeCopied().slice(0, 200).map((c) => ({ id: c.id.slice(0, 80), kind: c.kind, text: c.text.slice(0, 400) })),
          checklist: { nameGiven: call.nameGiven, nextSteps: !missing.includes('nextSteps'), caseNumber: !missing.includes('caseNumber') },
        },
      });
      onLogged(missing.map((m) => t(lang, m)));
      clearAll();
    } catch (e) {
      // Nothing is cleared: the agent can fix the problem and finish again.
      onLogged([], (e as Error).message);
    }
  };

  const finishRef = useRef(finish);
  finishRef.current = finish;
  const onFinishClick = useCallback(() => void finishRef.current(), []);
  const onCopyCard = useCallback((s: Suggestion) => void copy(s), [copy]);
  const cueSpans = useMemo(
    () => (analysis?.cues ?? []).map((c) => ({ start: c.start, end: c.end, label: CUE_LABELS[c.kind][lang], className: `cue cue-${c.kind}` })),
    [analysis, lang],
  );

  useImperativeHandle(ref, () => ({
    startTimer: () => setStartedAt((s) => s ?? Date.now()),
    finish: () => void finish(),
    focusNote: () => noteRef.current?.focus(),
    focusReply: () => replyRef.current?.focus(),
    copyNth: (n) => {
      const s = analysis ? copyOrder(analysis.suggestions)[n - 1] : undefined;
      if (s) void copy(s);
    },
    applyFirstFinding: () => {
      const f = draft?.findings[0];
      if (f?.suggestions[0]) applyFinding(f.sentenceStart, f.sentenceEnd, f.suggestions[0]);
    },
    clear: clearAll,
  }));

  const contactType = analysis?.type.id;
  const contactLevel = analysis?.anger.level;
  useEffect(() => {
    onContact(contactType !== undefined && contactLevel !== undefined ? { type: contactType, level: contactLevel } : undefined);
  }, [contactType, contactLevel, onContact]);

  const tone = analysis?.suggestions.find((s) => s.kind === 'tone');
  const shownText = live.value?.text ?? '';

  return (
    <main className="assist">
      {tone && analysis && (
        <div className={`tone-banner level-${analysis.anger.level}`} role="status" data-testid="tone-banner">
          <strong>{SUGGESTION_LABELS.tone[lang]}</strong>
          <span>{tone.text}</span>
        </div>
      )}

      <label className="field-label" htmlFor="note">
        {t(lang, 'note')}
      </label>
      <textarea
        id="note"
        ref={noteRef}
        data-testid="note"
        className="note"
        value={note}
        placeholder={t(lang, 'notePlaceholder')}
        rows={5}
        onChange={(e) => {
          setNote(e.target.value);
          if (e.target.value) setStartedAt((s) => s ?? Date.now());
          live.schedule(e.target.value);
        }}
        {...live.compositionHandlers}
      />
      {!engineReady && <p className="muted small">{t(lang, 'loading')}</p>}
      {live.error && <p className="error" role="alert">{live.error}</p>}

      {analysis ? (
        <>
          <div data-testid="analysis" data-analyzed-length={shownText.length}>
            <Gauge analysis={analysis} lang={lang} />
          </div>
          <button type="button" className="link" onClick={onOpenPhrases} data-testid="open-phrases">
            {t(lang, 'openPhrases')} <kbd>Alt+P</kbd>
          </button>
          {analysis.cues.length > 0 && (
            <Highlighted
              testId="note-highlighted"
              text={shownText}
              spans={cueSpans}
            />
          )}
        </>
      ) : (
        <p className="muted hint">{t(lang, 'emptyHint')}</p>
      )}

      <label className="field-label" htmlFor="reply">
        {t(lang, 'reply')}
      </label>
      <textarea
        id="reply"
        ref={replyRef}
        data-testid="reply"
        className="reply"
        value={reply}
        placeholder={t(lang, 'replyPlaceholder')}
        rows={3}
        onChange={(e) => {
          setReply(e.target.value);
          liveReply.schedule(e.target.value);
        }}
        {...liveReply.compositionHandlers}
      />
      {liveReply.error && <p className="error" role="alert">{liveReply.error}</p>}
      {draft && (
        <section className={`draft draft-${draft.verdict}`} data-testid="draft-result" data-verdict={draft.verdict}>
          {draft.verdict === 'ok' ? (
            <p className="ok">✓ {t(lang, 'replyOk')}</p>
          ) : (
            <>
              <Highlighted
                testId="reply-highlighted"
                text={reply}
                spans={draft.findings.map((f) => ({ start: f.start, end: f.end, label: f.message, className: 'finding' }))}
              />
              <h3>{t(lang, 'replySoften')}</h3>
              {draft.findings.map((f, i) => (
                <article key={`${f.rule}-${f.start}`} className="finding-card" data-testid="finding">
                  <p>
                    <mark className="finding">{f.text}</mark> — {f.message}
                  </p>
                  {f.suggestions.map((s, j) => (
                    <button key={s} type="button" className="apply" onClick={() => applyFinding(f.sentenceStart, f.sentenceEnd, s)}>
                      {t(lang, 'apply')}: {s}
                      {i === 0 && j === 0 && <kbd>Alt+Enter</kbd>}
                    </button>
                  ))}
                  <button type="button" className="link" onClick={() => onDisableRule(f.rule)}>
                    {t(lang, 'disableRule')} ({f.rule})
                  </button>
                </article>
              ))}
            </>
          )}
        </section>
      )}

      <CallPanel
        lang={lang}
        fields={call}
        onChange={setCall}
        startedAt={startedAt}
        agentName={agentName}
        onFinish={onFinishClick}
      />

      {analysis && <SuggestionCards suggestions={analysis.suggestions} lang={lang} copiedId={copiedId} onCopy={onCopyCard} />}
    </main>
  );
});
