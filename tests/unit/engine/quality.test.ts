import { beforeAll, describe, expect, it } from 'vitest';
import { ANGER_LEVELS, COMPLAINT_TYPE_IDS, REGISTERS } from '../../../src/shared/taxonomy';
import { HELDOUT_PERCENT, loadCorpus, splitCorpus } from '../../../src/main/engine/corpus';
import type { ReadyEngine } from '../../../src/main/engine/engine';
import { evaluateNotes } from '../../../src/main/engine/evaluate';
import { readyEngine } from '../helpers';

const corpus = loadCorpus();
const { train, heldout } = splitCorpus(corpus);

describe('corpus', () => {
  it('has at least 1,500 labelled notes, all valid (the loader validates each line)', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1500);
  });

  it('has no duplicate texts', () => {
    expect(new Set(corpus.map((l) => l.text)).size).toBe(corpus.length);
  });

  it('covers every type at every anger level, in every register', () => {
    const cells = new Map<string, number>();
    for (const l of corpus) cells.set(`${l.type}/${l.anger}`, (cells.get(`${l.type}/${l.anger}`) ?? 0) + 1);
    for (const t of COMPLAINT_TYPE_IDS) for (const a of ANGER_LEVELS) expect(cells.get(`${t}/${a}`) ?? 0, `${t}/${a}`).toBeGreaterThanOrEqual(25);
    for (const r of REGISTERS) expect(corpus.filter((l) => l.register === r).length, r).toBeGreaterThanOrEqual(250);
  });

  it('keeps a held-out split of at least 20% that training never sees', () => {
    expect(HELDOUT_PERCENT).toBeGreaterThanOrEqual(20);
    expect(heldout.length / corpus.length).toBeGreaterThan(0.2);
    const trainTexts = new Set(train.map((l) => l.text));
    expect(heldout.some((l) => trainTexts.has(l.text))).toBe(false);
  });
});

describe('accuracy on the held-out split', () => {
  let e: ReadyEngine;
  beforeAll(async () => {
    e = await readyEngine();
  });

  it('stays above its floors', () => {
    const r = evaluateNotes(e, heldout);
    // The targets (type ≥ 0.90, anger exact ≥ 0.70, within ±1 ≥ 0.97, no level 4 read as ≤ 1, no
    // calm inquiry read as ≥ 3); floors sit just under the figures `npm run eval` printed when the model was
    // last trained, so a regression fails here.
    expect(r.typeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.typeMacroF1).toBeGreaterThanOrEqual(0.9);
    expect(r.angerExact).toBeGreaterThanOrEqual(0.77);
    expect(r.angerWithin1).toBeGreaterThanOrEqual(0.97);
    expect(r.level4AsCalm).toBe(0);
    expect(r.calmAsAngry).toBe(0);
  });
});

const independent: [string, { type: number; exact: number; within1: number }][] = [
  // written apart from the corpus
  ['notes-wild.jsonl', { type: 0.95, exact: 0.86, within1: 0.98 }],
  // written after the corpus grew to notes-j; used once, to decide to keep notes-h..j (old model 88.5%, new 92.5%), never to tune
  ['notes-wild2.jsonl', { type: 0.95, exact: 0.78, within1: 0.975 }],
];

for (const [file, floor] of independent) {
  describe(`accuracy on independent notes (tests/fixtures/${file})`, () => {
    it('stays above its floors', async () => {
      const { loadJsonlFile } = await import('../../../src/main/assets');
      const { corpusLineSchema } = await import('../../../src/shared/schemas');
      const notes = loadJsonlFile(new URL(`../../fixtures/${file}`, import.meta.url).pathname, corpusLineSchema);
      const r = evaluateNotes(await readyEngine(), notes);
      expect(r.typeAccuracy).toBeGreaterThanOrEqual(floor.type);
      expect(r.angerExact).toBeGreaterThanOrEqual(floor.exact);
      expect(r.angerWithin1).toBeGreaterThanOrEqual(floor.within1);
      expect(r.level4AsCalm).toBe(0);
      expect(r.calmAsAngry).toBe(0);
    });
  });
}

describe('calm notes that mention what angry notes mention (tests/fixtures/calm-probe.jsonl)', () => {
  // 400 level-0 notes written to be hard (a solved problem, a rule checked with 〜でしたっけ？, friendly ？？,
  // hedges, bereavement); they found the failure modes the anger caps in classify.ts fix, so this guards them.
  it('reads none of them as angry (level 3 or more)', async () => {
    const { loadJsonlFile } = await import('../../../src/main/assets');
    const { corpusLineSchema } = await import('../../../src/shared/schemas');
    const notes = loadJsonlFile(new URL('../../fixtures/calm-probe.jsonl', import.meta.url).pathname, corpusLineSchema);
    expect(notes.length).toBe(400);
    const e = await readyEngine();
    const angry = notes.filter((n) => e.classify(n.text).anger.level >= 3).map((n) => n.text);
    expect(angry).toEqual([]);
  });
});
