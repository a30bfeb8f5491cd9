/**
 * Complaint type and anger level from tokens and cues. Type: complement NB models over three views of the
 * text (content words and keyword hits, character bigrams, word bigrams), summed with weights. Anger: the
 * NB model over words, style markers and cue ids gives an expected level; the cues' floors then make sure
 * that what the domain treats as decisive (a threat, a supervisor demand, polite-masked urgency) is never
 * averaged away — keigo must not hide anger.
 */
import { ANGER, COMPLAINT_TYPE_IDS, COMPLAINT_TYPES, isComplaintTypeId, type AngerLevel, type ComplaintTypeId } from '../../shared/taxonomy';
import type { Analysis, Cue } from '../../shared/schemas';
import { angerFeatures, liveTypeViews, type LiveTypeViews, type TypeKeywords, type TypeViews } from './features';
import type { ModelFile, TypeModel } from './model';
import { logScoresNb, logScoresNbKeys, scoreNb, softmax, type NbScores } from './naive-bayes';
import type { Token } from './tokenizer';

export type TypeResult = Analysis['type'];
export type AngerResult = Analysis['anger'];

/** Probabilities per label of the type model; contributions are those of the first view (the words). */
export function scoreType(m: TypeModel, views: Partial<TypeViews | LiveTypeViews>): NbScores {
  const total = new Array<number>(m.labels.length).fill(0);
  let contributions: NbScores['contributions'] = [];
  let known = 0;
  m.views.forEach((v, i) => {
    const features = views[v.name] ?? [];
    let r: { logp: number[]; known: number };
    if (features instanceof Set) {
      r = logScoresNbKeys(v.nb, features, v.weight, i === 0);
    } else {
      const s = logScoresNb(v.nb, features as readonly string[], v.weight, i === 0, i === 0);
      if (i === 0) contributions = s.contributions;
      r = s;
    }
    known += r.known;
    for (let c = 0; c < total.length; c++) total[c]! += r.logp[c]!;
  });
  return { probs: softmax(total, m.temperature), contributions, known };
}

export function classifyType(model: ModelFile, tokens: readonly Token[], normText: string, keywords: TypeKeywords, cues: readonly Cue[] = []): TypeResult {
  const m = model.type;
  const { probs, contributions } = scoreType(m, liveTypeViews(tokens, normText, keywords, cues));
  const scores = Object.fromEntries(COMPLAINT_TYPE_IDS.map((id) => [id, 0])) as Record<ComplaintTypeId, number>;
  m.labels.forEach((label, i) => {
    if (isComplaintTypeId(label)) scores[label] = round3(probs[i]!);
  });
  let best = 0;
  probs.forEach((p, i) => {
    if (p > probs[best]!) best = i;
  });
  // Without any known word there is no evidence: say "other" rather than echo the prior.
  const primaryLabel = contributions.length === 0 ? 'other' : m.labels[best]!;
  const id: ComplaintTypeId = isComplaintTypeId(primaryLabel) ? primaryLabel : 'other';
  const bi = m.labels.indexOf(id);
  // A word drives the primary type by how much more it scores for it than for the others on average
  // (complement scores are flatter than plain NB log-likelihoods, hence the low threshold).
  const drivers = contributions
    .map(({ word, logp }) => {
      let sum = 0;
      for (let i = 0; i < logp.length; i++) if (i !== bi) sum += logp[i]!;
      const avg = sum / (logp.length - 1);
      return { word, weight: round3(logp[bi]! - avg) };
    })
    .filter((d) => d.weight > 0.25 && !d.word.startsWith('KW:'))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 6);
  const secondary = COMPLAINT_TYPE_IDS.filter((t) => t !== id && scores[t] >= 0.15).sort((a, b) => scores[b] - scores[a]);
  const label = COMPLAINT_TYPES.find((t) => t.id === id)!.ja;
  return { id, label, confidence: round3(contributions.length ? scores[id] : 0), scores, secondary, drivers };
}

/** Cue kinds that do not show heat: a calm register, a question, the naming of a problem. */
const CALM_KINDS = new Set(['calm', 'inquiry', 'problem']);
const QUESTION = /[?？]|か[。.]|か\s*$/u;

/** The note asks something: an inquiry cue, a question mark, or a sentence ending in か. */
function asks(cues: readonly Cue[], normText: string): boolean {
  return cues.some((c) => c.kind === 'inquiry') || QUESTION.test(normText);
}

export function classifyAnger(model: ModelFile, tokens: readonly Token[], cues: readonly Cue[], floors: Map<string, number>, normText: string): AngerResult {
  const m = model.anger;
  const { probs, known } = scoreNb(m, angerFeatures(tokens, cues));
  // No word the model knows and no cue ("ok", "hello", 🙂): no evidence of anger, and the prior's middle
  // level would read as irritation. Calm, with no confidence.
  if (known === 0 && cues.length === 0) return { level: 0, score: 0, confidence: 0, label: ANGER[0]!.ja };
  const levels = m.labels.map(Number);
  const expected = probs.reduce((acc, p, i) => acc + p * levels[i]!, 0);
  const floor = cues.reduce((f, c) => Math.max(f, floors.get(c.id) ?? 0), 0);
  // Several distinct level-3 reasons piled up read as level 4.
  const strongKinds = new Set(cues.filter((c) => (floors.get(c.id) ?? 0) >= 3).map((c) => c.kind));
  const piled = strongKinds.size >= 3 ? 4 : 0;
  // The level is the most probable one (the expected value is pulled to the middle); the floors then apply.
  let map = 0;
  probs.forEach((p, i) => {
    if (p > probs[map]!) map = i;
  });
  // With a flat posterior the most probable level is noise: take the expected level instead.
  const sure = probs[map]! >= 0.35;
  const guess = sure ? levels[map]! : Math.round(expected);
  // What the agent is shown must explain the level: words alone, which calm and angry notes share, never make
  // a note furious (4 takes a threat, a demand, an insult… as a cue), and a note with no cue at all reads at
  // most irritated. A question with no cue of heat, waiting or repetition ("写真を撮るルールでしたっけ？") is
  // at most irritated too, and at most discontent when the model is unsure, not the middle level.
  const heatless = !cues.some((c) => !CALM_KINDS.has(c.kind));
  let capped = guess;
  if (heatless && asks(cues, normText)) capped = Math.min(guess, sure ? 2 : 1);
  else if (cues.length === 0) capped = Math.min(guess, 2);
  else if (heatless) capped = Math.min(guess, 3);
  const level = Math.min(4, Math.max(capped, floor, piled)) as AngerLevel;
  // The continuous score stays within half a level of the level shown, so the gauge never contradicts it.
  const score = Math.min(level + 0.49, Math.max(level - 0.5, expected));
  const li = levels.indexOf(level);
  const confidence = li === map ? probs[li]! : Math.max(0.5, probs[li]!);
  return { level, score: round3(score), confidence: round3(confidence), label: ANGER[level]!.ja };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
