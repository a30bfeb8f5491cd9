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
  /** word -> row index into `logs`; row r holds log P(word | label) for every label. */
  index: Map<string, number>;
  logs: Float64Array;
}
const prepared = new WeakMap<NbModel, Prepared>();

/** Computes the log-likelihood table once per model, in one flat array (few objects, little memory). */
function prepare(model: NbModel): Prepared {
  let p = prepared.get(model);
  if (!p) {
    const k = model.labels.length;
    const index = new Map<string, number>();
    const logs = new Float64Array(Object.keys(model.vocab).length * k);
    let r = 0;
    for (const word in model.vocab) {
      const counts = model.vocab[word]!;
      for (let c = 0; c < k; c++) logs[r * k + c] = Math.log((counts[c] || model.smoothing) / model.classTotals[c]!);
      index.set(word, r++);
    }
    p = { prior: Float64Array.from(model.classTotals, (t) => Math.log(t / model.totalExamples)), index, logs };
    prepared.set(model, p);
  }
  return p;
}

export function scoreNb(model: NbModel, features: readonly string[], withContributions = false): NbScores {
  const { prior, index, logs } = prepare(model);
  const k = prior.length;
  const logp = Array.from(prior);
  const contributions: NbScores['contributions'] = [];
  for (const f of features) {
    const r = index.get(f);
    if (r === undefined) continue;
    const at = r * k;
    for (let c = 0; c < k; c++) logp[c]! += logs[at + c]!;
    if (withContributions) contributions.push({ word: f, logp: Array.from(logs.subarray(at, at + k)) });
  }
  const scaled = logp.map((v) => v / model.temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return { probs: exps.map((e) => e / sum), contributions };
}
