import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../../src/main/engine/normalize';
import { readyEngine } from '../helpers';

describe('normalize', () => {
  it('folds half-width kana, full-width digits and letters, and keeps emoji', () => {
    const n = normalize('ｻﾎﾟｰﾄに１２３回ＴＥＬ😡');
    expect(n.text).toBe('サポートに123回TEL😡');
  });

  it('maps every normalised character back to its original span', () => {
    const original = 'ｶﾞｽ代１２円😡です';
    const n = normalize(original);
    // ガ comes from ｶﾞ (two original characters)
    expect(n.text.startsWith('ガス代12円')).toBe(true);
    expect(toOriginalSpan(n, 0, 1)).toEqual({ start: 0, end: 2 });
    const yen = n.text.indexOf('円');
    expect(original.slice(toOriginalSpan(n, yen, yen + 1).start, toOriginalSpan(n, yen, yen + 1).end)).toBe('円');
    const emoji = n.text.indexOf('😡');
    const span = toOriginalSpan(n, emoji, emoji + 2);
    expect(original.slice(span.start, span.end)).toBe('😡');
  });

  it('is the identity on text that is already normal', () => {
    const n = normalize('商品が届きません。');
    expect(n.text).toBe('商品が届きません。');
    expect(Array.from(n.starts)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('handles the empty string', () => {
    expect(normalize('').text).toBe('');
    expect(toOriginalSpan(normalize(''), 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('tokenizer offsets', () => {
  it('gives every token its span in the original text, through half-width kana and emoji', async () => {
    const e = await readyEngine();
    const original = '😡ｻﾎﾟｰﾄに何度もTEL！！ ｶﾞｽ代が１２３４円も違う';
    const { tokens } = e.tokenize(original);
    const surfaces = tokens.map((t) => t.surface);
    expect(surfaces).toContain('サポート');
    const support = tokens.find((t) => t.surface === 'サポート')!;
    expect(original.slice(support.start, support.end)).toBe('ｻﾎﾟｰﾄ');
    const gas = tokens.find((t) => t.surface === 'ガス')!;
    expect(original.slice(gas.start, gas.end)).toBe('ｶﾞｽ');
    // Spans are ordered and never overlap.
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
  });
});

describe('normalize, on random mixes of awkward characters', () => {
  const alphabet = ['ｶ', 'ﾞ', 'ﾊ', 'ﾟ', 'か', '\u3099', 'が', 'Ａ', '１', '！', '？', '㌀', 'ﷺ', '😀', 'e', '\u0301', '=', '\u0338', '　', 'ｰ', '漢', '字', 'ア', '\uFE0F', '。', 'a', ' ', '\n'];
  it('gives NFKC of the whole text, with a span in the original for every unit', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 1 + rand(80) }, () => alphabet[rand(alphabet.length)]).join('');
      const norm = normalize(text);
      expect(norm.text).toBe(text.normalize('NFKC'));
      expect(norm.starts.length).toBe(norm.text.length);
      for (let i = 0; i < norm.text.length; i++) {
        expect(norm.starts[i]).toBeLessThan(norm.ends[i]!);
        if (i > 0) expect(norm.starts[i]).toBeGreaterThanOrEqual(norm.starts[i - 1]!);
      }
    }
  });
});
