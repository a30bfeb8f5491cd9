/**
 * Retrains the shipped model (assets/model/model.json) from the TRAIN split of assets/corpus with
 * natural's BayesClassifier, one for the complaint type and one for the anger level, then exports the
 * learned counts for sparse scoring (src/main/engine/naive-bayes.ts). The softmax temperature is fitted
 * on out-of-fold predictions so the reported probabilities are not overconfident.
 *   npm run train
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { ANGER_LEVELS, COMPLAINT_TYPE_IDS } from '../src/shared/taxonomy';
import { detectCues, shippedCues } from '../src/main/engine/cues';
import { fnv1a, loadCorpus, splitCorpus } from '../src/main/engine/corpus';
import { angerFeatures, typeFeatures } from '../src/main/engine/features';
import { shippedTypeKeywords } from '../src/main/engine/model';
import { scoreNb, type NbModel } from '../src/main/engine/naive-bayes';
import { getTokenizer } from '../src/main/engine/tokenizer';
import { assetPath } from '../src/main/paths';

const require = createRequire(import.meta.url);
// Submodule import: the package root pulls database clients and costs a second (see STYLE.md).
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalBayes;

interface NaturalBayes {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  features: Record<string, number>;
  classifier: { classFeatures: Record<string, Record<string, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
}

interface Example {
  type: string;
  anger: string;
  typeFeatures: string[];
  angerFeatures: string[];
}

function trainNb(examples: Example[], pick: (e: Example) => [string[], string], labels: string[]): NbModel {
  const c = new BayesClassifier();
  for (const e of examples) {
    const [features, label] = pick(e);
    // natural skips empty documents; a placeholder keeps the class prior honest.
    c.addDocument(features.length ? features : ['__empty__'], label);
  }
  c.train();
  const order = Object.keys(c.features); // same order natural's textToFeatures walks (for…in)
  const vocab: Record<string, number[]> = {};
  order.forEach((word, idx) => {
    vocab[word] = labels.map((l) => c.classifier.classFeatures[l]?.[idx] ?? 0);
  });
  return {
    labels,
    classTotals: labels.map((l) => c.classifier.classTotals[l] ?? 1),
    totalExamples: c.classifier.totalExamples,
    smoothing: c.classifier.smoothing,
    vocab,
    temperature: 1,
  };
}

/** Temperature minimising the log-loss of out-of-fold predictions. */
function fitTemperature(examples: Example[], pick: (e: Example) => [string[], string], labels: string[]): number {
  const folds = 4;
  const oof: { logits: number[]; gold: number }[] = [];
  for (let f = 0; f < folds; f++) {
    const trainPart = examples.filter((e, i) => i % folds !== f);
    const testPart = examples.filter((e, i) => i % folds === f);
    const m = trainNb(trainPart, pick, labels);
    for (const e of testPart) {
      const [features, label] = pick(e);
      const { probs } = scoreNb(m, features);
      oof.push({ logits: probs.map((p) => Math.log(Math.max(p, 1e-300))), gold: labels.indexOf(label) });
    }
  }
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 1; t <= 40; t += 0.5) {
    let loss = 0;
    for (const { logits, gold } of oof) {
      const s = logits.map((v) => v / t);
      const max = Math.max(...s);
      const lse = max + Math.log(s.reduce((a, v) => a + Math.exp(v - max), 0));
      loss -= s[gold]! - lse;
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}

const t0 = performance.now();
const { tokenize } = await getTokenizer();
const cues = shippedCues();
const keywords = shippedTypeKeywords();
const corpus = loadCorpus();
const { train, heldout } = splitCorpus(corpus);
const examples: Example[] = train.map((l) => {
  const t = tokenize(l.text);
  const found = detectCues(t, cues);
  return { type: l.type, anger: String(l.anger), typeFeatures: typeFeatures(t.tokens, t.norm.text, keywords, found), angerFeatures: angerFeatures(t.tokens, found) };
});
const typeLabels = [...COMPLAINT_TYPE_IDS];
const angerLabels = ANGER_LEVELS.map(String);
const pickType = (e: Example): [string[], string] => [e.typeFeatures, e.type];
const pickAnger = (e: Example): [string[], string] => [e.angerFeatures, e.anger];
const type = trainNb(examples, pickType, typeLabels);
type.temperature = fitTemperature(examples, pickType, typeLabels);
const anger = trainNb(examples, pickAnger, angerLabels);
anger.temperature = fitTemperature(examples, pickAnger, angerLabels);
const corpusHash = fnv1a(train.map((l) => l.text).join('\n')).toString(16);
const out = { format: 1, trainedOn: { notes: train.length, corpusHash }, type, anger };
fs.writeFileSync(assetPath('model', 'model.json'), JSON.stringify(out) + '\n');
console.log(
  JSON.stringify({
    trainNotes: train.length,
    heldoutNotes: heldout.length,
    typeVocab: Object.keys(type.vocab).length,
    angerVocab: Object.keys(anger.vocab).length,
    typeTemperature: type.temperature,
    angerTemperature: anger.temperature,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  }),
);
