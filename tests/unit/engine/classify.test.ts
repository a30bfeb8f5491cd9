import { beforeAll, describe, expect, it } from 'vitest';
import { classifyAnger } from '../../../src/main/engine/classify';
import { cueFloors, detectCues, shippedCues } from '../../../src/main/engine/cues';
import type { ReadyEngine } from '../../../src/main/engine/engine';
import type { ModelFile } from '../../../src/main/engine/model';
import { readyEngine } from '../helpers';

let e: ReadyEngine;
beforeAll(async () => {
  e = await readyEngine();
});

/** An anger model that knows one word, seen in the given number of training notes of each level 0–4. */
function angerModel(word: string, counts: number[]): ModelFile {
  return { anger: { labels: ['0', '1', '2', '3', '4'], classTotals: [101, 101, 101, 101, 101], totalExamples: 501, smoothing: 1, words: [word], counts: Uint16Array.from(counts), temperature: 1 } } as unknown as ModelFile;
}

function anger(model: ModelFile, text: string) {
  const t = e.tokenize(text);
  const cues = detectCues(t, shippedCues());
  return classifyAnger(model, t.tokens, cues, cueFloors(shippedCues()), t.norm.text);
}

describe('anger of a question that shows no heat', () => {
  // 写真 was seen in 60 level-3 notes and a few others: on its own it reads as anger.
  const leansAngry = angerModel('写真', [2, 2, 5, 60, 2]);
  // 新聞 was seen about evenly at every level: the posterior stays flat and its mean is the middle level.
  const flat = angerModel('新聞', [20, 20, 20, 20, 20]);

  it('is at most level 2 when its words lean angry', () => {
    expect(anger(leansAngry, '配達のときって写真を撮るルールでしたっけ？').level).toBe(2);
    // The same words, not asked, with a problem named: the model's level stands.
    expect(anger(leansAngry, '配達の写真が届いていない。').level).toBe(3);
  });

  it('is at most level 1 when the posterior is flat, not the middle level', () => {
    expect(anger(flat, '新聞の配達を止めてもらうことってできます？').level).toBeLessThanOrEqual(1);
    expect(anger(flat, '新聞の配達を来週から止めてほしい。').level).toBe(2);
  });

  it('keeps the level a cue of heat, waiting or repetition gives a question', () => {
    expect(anger(leansAngry, '写真の件、前も言いましたよね？').level).toBe(3);
    expect(anger(leansAngry, '写真の件、何度も電話してるんですけど、まだですか？').level).toBe(3);
    expect(anger(flat, '新聞の件、上の人出して。話にならない。いつになったら止まるの？').level).toBeGreaterThanOrEqual(3);
  });
});

describe('the model file format', () => {
  it('round-trips the counts table and rejects a table that does not fit its words and labels', async () => {
    const { encodeCounts, nbModelSchema, scoreNb } = await import('../../../src/main/engine/naive-bayes');
    const counts = Uint16Array.from([0, 3, 65535, 7, 1, 0]);
    const stored = { labels: ['a', 'b'], classTotals: [5, 5], totalExamples: 9, smoothing: 1, words: ['x', 'y', 'z'], counts: encodeCounts(counts), temperature: 1 };
    const m = nbModelSchema.parse(stored);
    expect([...m.counts]).toEqual([...counts]);
    // x was seen only with b: it votes for b.
    expect(scoreNb(m, ['x']).probs[1]).toBeGreaterThan(0.5);
    expect(nbModelSchema.safeParse({ ...stored, words: ['x', 'y'] }).success).toBe(false);
    expect(nbModelSchema.safeParse({ ...stored, counts: 'not base64!' }).success).toBe(false);
    expect(nbModelSchema.safeParse({ ...stored, words: ['x', 'y', 3] }).success).toBe(false);
  });
});

describe('anger the agent can be shown a reason for', () => {
  // 主人 was seen almost only in level-4 notes.
  const leansFurious = angerModel('主人', [1, 1, 2, 3, 90]);

  it('words alone, with no cue at all, read at most irritated', () => {
    expect(anger(leansFurious, 'あのね、主人の名前の契約、あの、どうしたらいいのかなと。').level).toBe(2);
  });

  it('a cue that names a problem but no heat reads at most angry, not furious', () => {
    expect(anger(leansFurious, '主人のパソコンが故障していて困っています。').level).toBe(3);
  });

  it('a threat still reads as furious', () => {
    expect(anger(leansFurious, '主人の件、弁護士に相談します。').level).toBe(4);
  });
});
