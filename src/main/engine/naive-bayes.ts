/**
 * Scoring with a Naive Bayes model trained by `natural` (scripts/train.ts). natural's BayesClassifier
 * builds a dense vector over the whole vocabulary for every document, which is too slow on the live path,
 * so training exports its counts and this module scores the same model sparsely, in log space.
 *
 * A model marked `complement` is scored the complement way (Rennie et al. 2003): the counts natural learned
 * per label are summed over every OTHER label, and a label scores by how unlikely the features are under
 * "not this label". Each complement estimate pools nine labels' documents, so it is less noisy than the
 * one-label estimate; the type model scores better this way (cross-validation on the train split).
 */
import { z } from 'zod';

/** A plain loop over tens of thousands of words: zod's per-element checks cost more than the rest of a cold start. */
function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (const w of v) if (typeof w !== 'string') return false;
  return true;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The counts as stored: little-endian unsigned 16-bit integers, base64. */
export function encodeCounts(counts: Uint16Array): string {
  const bytes = Buffer.alloc(counts.length * 2);
  for (let i = 0; i < counts.length; i++) bytes.writeUInt16LE(counts[i]!, i * 2);
  return bytes.toString('base64');
}

function decodeCounts(b64: string): Uint16Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt16LE(i * 2);
  return out;
}

/**
 * A model as stored in model.json. The counts are one flat table rather than an object per word: parsing
 * tens of thousands of small arrays cost more memory than the whole rest of the engine.
 */
export const nbModelSchema = z
  .strictObject({
    labels: z.array(z.string()).min(2),
    /** Per label: natural's classTotals (documents + 1). */
    classTotals: z.array(z.number().positive()),
    totalExamples: z.number().positive(),
    smoothing: z.number().positive(),
    /** The features, in row order. */
    words: z.custom<string[]>(isStringArray, 'words: a list of strings'),
    /**
     * Row-major, one row per word, one column per label: in how many training notes of that label the word
     * occurred (natural stores that number plus the smoothing, or 0). Base64 of little-endian uint16.
     */
    counts: z.string().regex(BASE64, 'counts: base64').transform(decodeCounts),
    /** Softmax temperature for reporting probabilities (NB is overconfident). */
    temperature: z.number().positive(),
    /** Score with complement counts (see above); natural's own scoring when absent. */
    complement: z.boolean().optional(),
  })
  .refine((m) => m.classTotals.length === m.labels.length && m.counts.length === m.words.length * m.labels.length, {
    message: 'classTotals has one entry per label, counts one row per word and one column per label',
  });
export type NbModel = z.infer<typeof nbModelSchema>;

export interface NbScores {
  /** Probability per label, in model label order. */
  probs: number[];
  /** Per feature present in the vocabulary: its log-likelihood per label (when asked for). */
  contributions: { word: string; logp: ArrayLike<number> }[];
  /** How many of the features the model knows. */
  known: number;
}

interface Prepared {
  prior: Float64Array;
  /** word -> row index into `logs`; row r holds log P(word | label) for every label. */
  index: Map<string, number>;
  /** The same rows for character-bigram features ("C:" + two UTF-16 units) by numeric key; built on first use. */
  keyIndex?: Map<number, number>;
  logs: Float32Array;
}
const prepared = new WeakMap<NbModel, Prepared>();

/** Computes the log-likelihood table once per model, in one flat array (few objects, little memory). */
function prepare(model: NbModel): Prepared {
  let p = prepared.get(model);
  if (!p) {
    const k = model.labels.length;
    const index = new Map<string, number>();
    const { words, counts } = model;
    const logs = new Float32Array(words.length * k);
    const a = model.smoothing;
    // Complement: documents not of label c, natural's way (classTotals count one extra, as natural does).
    const compTotals = model.classTotals.map((t) => model.totalExamples - t + 1);
    for (let r = 0; r < words.length; r++) {
      const at = r * k;
      if (model.complement) {
        let sum = 0;
        for (let c = 0; c < k; c++) sum += counts[at + c]!;
        for (let c = 0; c < k; c++) {
          const n = sum - counts[at + c]!;
          logs[at + c] = -Math.log((n > 0 ? n + a : a) / compTotals[c]!);
        }
      } else {
        for (let c = 0; c < k; c++) logs[at + c] = Math.log((counts[at + c]! + a) / model.classTotals[c]!);
      }
      index.set(words[r]!, r);
    }
    p = { prior: Float64Array.from(model.classTotals, (t) => Math.log(t / model.totalExamples)), index, logs };
    prepared.set(model, p);
  }
  return p;
}

interface LogScores<F> {
  logp: number[];
  contributions: { word: F; logp: ArrayLike<number> }[];
  known: number;
}

/** The one scoring loop: `rows` finds a feature's row in the table (none when the model never saw it). */
function accumulate<F>(p: Prepared, features: Iterable<F>, rows: ReadonlyMap<F, number>, weight: number, withPrior: boolean, withContributions: boolean): LogScores<F> {
  const { prior, logs } = p;
  const k = prior.length;
  const logp = withPrior ? Array.from(prior) : new Array<number>(k).fill(0);
  const contributions: LogScores<F>['contributions'] = [];
  let known = 0;
  for (const f of features) {
    const r = rows.get(f);
    if (r === undefined) continue;
    known++;
    const at = r * k;
    for (let c = 0; c < k; c++) logp[c]! += weight * logs[at + c]!;
    if (withContributions) contributions.push({ word: f, logp: logs.subarray(at, at + k) });
  }
  return { logp, contributions, known };
}

/**
 * Unnormalised log scores per label: `weight` × the features' log-likelihoods, plus the log prior when
 * `withPrior`. Features are distinct (natural's features are present/absent). Contributions are unweighted.
 */
export function logScoresNb(model: NbModel, features: readonly string[], weight = 1, withPrior = true, withContributions = false): LogScores<string> {
  const p = prepare(model);
  return accumulate(p, features, p.index, weight, withPrior, withContributions);
}

/** As logScoresNb, for character-bigram features given as numeric keys (unit1 × 65536 + unit2). */
export function logScoresNbKeys(model: NbModel, keys: Iterable<number>, weight = 1, withPrior = true): LogScores<number> {
  const p = prepare(model);
  if (!p.keyIndex) {
    p.keyIndex = new Map();
    for (const [word, r] of p.index) if (word.length === 4 && word.startsWith('C:')) p.keyIndex.set(word.charCodeAt(2) * 0x10000 + word.charCodeAt(3), r);
  }
  return accumulate(p, keys, p.keyIndex, weight, withPrior, false);
}

/** Softmax of log scores at a temperature. */
export function softmax(logp: readonly number[], temperature: number): number[] {
  const scaled = logp.map((v) => v / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function scoreNb(model: NbModel, features: readonly string[], withContributions = false): NbScores {
  const { logp, contributions, known } = logScoresNb(model, features, 1, true, withContributions);
  return { probs: softmax(logp, model.temperature), contributions, known };
}
