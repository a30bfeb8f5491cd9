/**
 * Scoring with a Naive Bayes model trained by `natural` (scripts/train.ts). natural's BayesClassifier
 * builds a dense vector over the whole vocabulary for every document, which is too slow on the live path,
 * so training exports its counts and this module scores the same model sparsely, in log space.
 */
import { z } from 'zod';

export const nbModelSchema = z.strictObject({
  labels: z.array(z.string()).min(2),
  /** Per label: natural's classTotals (documents + 1). */
  classTotals: z.array(z.number().positive()),
  totalExamples: z.number().positive(),
  smoothing: z.number().positive(),
  /** word -> natural's per-label feature count (0 where the word never occurred with that label). */
  vocab: z.record(z.string(), z.array(z.number().min(0))),
  /** Softmax temperature for reporting probabilities (NB is overconfident). */
  temperature: z.number().positive(),
});
export type NbModel = z.infer<typeof nbModelSchema>;

export interface NbScores {
  /** Probability per label, in model label order. */
  probs: number[];
  /** Per feature present in the vocabulary: its log-likelihood per label. */
  contributions: { word: string; logp: number[] }[];
}

interface Prepared {
  prior: Float64Array;
  /** word -> log P(word | label) per label, computed once per model. */
  logs: Map<string, Float64Array>;
}
const prepared = new WeakMap<NbModel, Prepared>();

function prepare(model: NbModel): Prepared {
  let p = prepared.get(model);
  if (!p) {
    const k = model.labels.length;
    const logs = new Map<string, Float64Array>();
    for (const [word, counts] of Object.entries(model.vocab)) {
      const row = new Float64Array(k);
      for (let c = 0; c < k; c++) row[c] = Math.log((counts[c] || model.smoothing) / model.classTotals[c]!);
      logs.set(word, row);
    }
    p = { prior: Float64Array.from(model.classTotals, (t) => Math.log(t / model.totalExamples)), logs };
    prepared.set(model, p);
  }
  return p;
}

export function scoreNb(model: NbModel, features: readonly string[], withContributions = false): NbScores {
  const { prior, logs } = prepare(model);
  const k = prior.length;
  const logp = Array.from(prior);
  const contributions: NbScores['contributions'] = [];
  for (const f of features) {
    const row = logs.get(f);
    if (!row) continue;
    for (let c = 0; c < k; c++) logp[c]! += row[c]!;
    if (withContributions) contributions.push({ word: f, logp: Array.from(row) });
  }
  const scaled = logp.map((v) => v / model.temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return { probs: exps.map((e) => e / sum), contributions };
}
