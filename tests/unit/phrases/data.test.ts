import { beforeAll, describe, expect, it } from 'vitest';
import { PHRASE_SCENES, PLACEHOLDERS } from '../../../src/shared/schemas';
import type { ReadyEngine } from '../../../src/main/engine/engine';
import { readingOf } from '../../../src/main/phrases/kana';
import { shippedPhrases } from '../../../src/main/phrases/library';
import { readyEngine } from '../helpers';

let e: ReadyEngine;
beforeAll(async () => {
  e = await readyEngine();
});
const phrases = shippedPhrases();

describe('shipped phrase library', () => {
  it('has at least 300 phrases with unique ids, in every scene', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(phrases.map((p) => p.id)).size).toBe(phrases.length);
    for (const s of PHRASE_SCENES) expect(phrases.filter((p) => p.scene === s).length, s).toBeGreaterThanOrEqual(15);
  });

  it('every phrase passes the reply checker', () => {
    const flagged = phrases.filter((p) => e.checkDraft(p.text).verdict !== 'ok').map((p) => `${p.id}: ${e.checkDraft(p.text).findings.map((f) => f.rule)}`);
    expect(flagged).toEqual([]);
  });

  it('readings are current (npm run phrases:readings) and hiragana', () => {
    const stale = phrases.filter((p) => p.reading !== readingOf(e.tokenize(p.text).tokens)).map((p) => p.id);
    expect(stale).toEqual([]);
  });

  it('uses only the known placeholders', () => {
    const unknown = phrases.flatMap((p) => (p.text.match(/\{[^{}]+\}/g) ?? []).filter((m) => !(PLACEHOLDERS as readonly string[]).includes(m)));
    expect(unknown).toEqual([]);
  });

  it('keeps full apologies for confirmed faults', () => {
    for (const p of phrases.filter((x) => x.scene === 'full_apology')) expect(p.when, p.id).toMatch(/確認|確定|判明|明らか/);
  });
});
