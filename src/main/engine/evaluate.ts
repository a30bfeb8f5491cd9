/** Accuracy figures for the classifiers and the reply checker, shared by `npm run eval` and the tests. */
import { ANGER_LEVELS, COMPLAINT_TYPE_IDS } from '../../shared/taxonomy';
import type { CorpusLine } from '../../shared/schemas';
import type { ReadyEngine } from './engine';

export interface NoteEval {
  n: number;
  typeAccuracy: number;
  typeMacroF1: number;
  angerExact: number;
  angerWithin1: number;
  /** Level-4 notes predicted at 1 or lower; calm inquiries predicted at 3 or higher. */
  level4AsCalm: number;
  calmAsAngry: number;
  typeConfusion: Record<string, Record<string, number>>;
  angerConfusion: Record<string, Record<string, number>>;
  errors: { text: string; gold: string; predicted: string }[];
}

function confusion(labels: readonly string[]): Record<string, Record<string, number>> {
  return Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))]));
}

export function evaluateNotes(engine: ReadyEngine, lines: readonly CorpusLine[]): NoteEval {
  const tc = confusion(COMPLAINT_TYPE_IDS);
  const ac = confusion(ANGER_LEVELS.map(String));
  let typeOk = 0;
  let exact = 0;
  let within = 0;
  let l4calm = 0;
  let calmAngry = 0;
  const errors: NoteEval['errors'] = [];
  for (const l of lines) {
    const r = engine.classify(l.text);
    tc[l.type]![r.type.id]!++;
    ac[String(l.anger)]![String(r.anger.level)]!++;
    if (r.type.id === l.type) typeOk++;
    if (r.anger.level === l.anger) exact++;
    if (Math.abs(r.anger.level - l.anger) <= 1) within++;
    if (l.anger === 4 && r.anger.level <= 1) l4calm++;
    if (l.anger === 0 && r.anger.level >= 3) calmAngry++;
    if (r.type.id !== l.type || Math.abs(r.anger.level - l.anger) > 1) {
      errors.push({ text: l.text, gold: `${l.type}/${l.anger}`, predicted: `${r.type.id}/${r.anger.level}` });
    }
  }
  const f1s = COMPLAINT_TYPE_IDS.map((t) => {
    const tp = tc[t]![t]!;
    const fp = COMPLAINT_TYPE_IDS.reduce((s, g) => s + (g === t ? 0 : tc[g]![t]!), 0);
    const fn = COMPLAINT_TYPE_IDS.reduce((s, p) => s + (p === t ? 0 : tc[t]![p]!), 0);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const n = lines.length || 1;
  return {
    n: lines.length,
    typeAccuracy: typeOk / n,
    typeMacroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    angerExact: exact / n,
    angerWithin1: within / n,
    level4AsCalm: l4calm,
    calmAsAngry: calmAngry,
    typeConfusion: tc,
    angerConfusion: ac,
    errors,
  };
}

export interface DraftEval {
  blunt: number;
  soft: number;
  recall: number;
  falseFlagRate: number;
  misses: string[];
  falseFlags: { text: string; rules: string[] }[];
}

export function evaluateDrafts(engine: ReadyEngine, drafts: readonly { text: string; blunt: boolean }[]): DraftEval {
  let caught = 0;
  let flaggedSoft = 0;
  const misses: string[] = [];
  const falseFlags: DraftEval['falseFlags'] = [];
  const blunt = drafts.filter((d) => d.blunt).length;
  for (const d of drafts) {
    const r = engine.checkDraft(d.text);
    if (d.blunt && r.verdict === 'soften') caught++;
    else if (d.blunt) misses.push(d.text);
    if (!d.blunt && r.verdict === 'soften') {
      flaggedSoft++;
      falseFlags.push({ text: d.text, rules: r.findings.map((f) => f.rule) });
    }
  }
  const soft = drafts.length - blunt;
  return { blunt, soft, recall: caught / (blunt || 1), falseFlagRate: flaggedSoft / (soft || 1), misses, falseFlags };
}
