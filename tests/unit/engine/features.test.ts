import { describe, expect, it } from 'vitest';
import { scoreType } from '../../../src/main/engine/classify';
import { detectCues } from '../../../src/main/engine/cues';
import { charBigramFeature, charBigramKeys, charBigrams, liveTypeViews, typeViews } from '../../../src/main/engine/features';
import { readyEngine } from '../helpers';

describe('character bigrams', () => {
  it('stay within runs of characters: spaces, punctuation, symbols and emoji break them', () => {
    expect(charBigrams('請求が、二重😡です')).toEqual(['C:請求', 'C:求が', 'C:二重', 'C:です']);
    expect(charBigrams('a b')).toEqual([]);
  });

  it('as numeric keys name the same features as the strings training uses', () => {
    for (const text of ['ご請求が二重になっています！！', '𠮷野家の件、まだですか？', 'ｶﾞｽ代']) {
      expect([...charBigramKeys(text)].map(charBigramFeature)).toEqual(charBigrams(text));
    }
  });

  it('score the same on the live path as in training', async () => {
    const e = await readyEngine();
    const { model, keywords, cues } = e.data;
    for (const text of ['配達員の態度が最悪でした。荷物を投げるように置いていった😡', '解約したのに翌月も請求が来ています。', 'ポイントの有効期限を教えてください']) {
      const t = e.tokenize(text);
      const found = detectCues(t, cues);
      const trained = scoreType(model.type, typeViews(t.tokens, t.norm.text, keywords, found)).probs;
      const live = scoreType(model.type, liveTypeViews(t.tokens, t.norm.text, keywords, found)).probs;
      live.forEach((p, i) => expect(p).toBeCloseTo(trained[i]!, 12));
    }
  });
});
