import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phrase, PhraseInput } from '../../../src/shared/schemas';
import type { ReadyEngine } from '../../../src/main/engine/engine';
import { readingOf } from '../../../src/main/phrases/kana';
import { PhraseLibrary } from '../../../src/main/phrases/library';
import { editDistance, PhraseIndex } from '../../../src/main/phrases/search';
import { readyEngine } from '../helpers';

let e: ReadyEngine;
let base: Phrase[];
const dirs: string[] = [];
const reading = async (text: string) => readingOf(e.tokenize(text).tokens);
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-phrases-'));
  dirs.push(d);
  return d;
};

const FIXTURE: Omit<Phrase, 'reading'>[] = [
  { id: 'pa.worry', text: 'ご心配をおかけして申し訳ございません。', scene: 'partial_apology', when: '', types: ['delivery', 'defect'], levels: [1, 2, 3] },
  { id: 'pa.wait', text: '長らくお待たせしてしまい、申し訳ございません。', scene: 'partial_apology', when: '', en: "I'm sorry to have kept you waiting so long." },
  { id: 'cb.offer', text: '確認でき次第、こちらから折り返しお電話いたします。', scene: 'callback', when: '' },
  { id: 'cl.name', text: '本日は{担当者名}が承りました。受付番号は{ケース番号}です。', scene: 'closing', when: '' },
  { id: 'cu.sorry', text: 'お手数をおかけしますが、ご確認いただけますでしょうか。', scene: 'cushion', when: '' },
  { id: 'em.pay', text: 'ご請求の内容がわかりにくく、ご不安でしたよね。', scene: 'empathy', when: '', types: ['billing'] },
];

beforeAll(async () => {
  e = await readyEngine();
  base = await Promise.all(FIXTURE.map(async (p) => ({ ...p, reading: await reading(p.text) })));
});
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const ids = (lib: PhraseLibrary, query: string, extra: object = {}) => lib.search({ query, ...extra }).results.map((r) => r.id);

describe('phrase search', () => {
  it('finds a phrase by kanji, hiragana, katakana (full and half width) and romaji', () => {
    const lib = new PhraseLibrary(base, reading);
    for (const q of ['心配', 'しんぱい', 'シンパイ', 'ｼﾝﾊﾟｲ', 'shinpai', 'sinpai', 'SHINPAI']) expect(ids(lib, q)[0], q).toBe('pa.worry');
  });

  it('finds partial words and survives small typos', () => {
    const lib = new PhraseLibrary(base, reading);
    expect(ids(lib, 'おりかえ')[0]).toBe('cb.offer');
    expect(ids(lib, 'orikae')[0]).toBe('cb.offer');
    expect(ids(lib, 'shinapi')[0]).toBe('pa.worry'); // transposed letters
    expect(ids(lib, 'matase')[0]).toBe('pa.wait');
    expect(ids(lib, '請')[0]).toBe('em.pay'); // one kanji
  });

  it('finds a phrase by its English version, but not by stray letters of it', () => {
    const lib = new PhraseLibrary(base, reading);
    expect(ids(lib, 'kept you waiting')[0]).toBe('pa.wait');
    expect(ids(lib, 'Sorry')[0]).toBe('pa.wait');
    expect(ids(lib, 'waitress')).not.toContain('pa.wait');
  });

  it('returns nothing for a query that matches nothing', () => {
    const lib = new PhraseLibrary(base, reading);
    expect(ids(lib, 'zzzqqq')).toEqual([]);
  });

  it('filters by scene, complaint type and anger level', () => {
    const lib = new PhraseLibrary(base, reading);
    expect(ids(lib, '', { scene: 'callback' })).toEqual(['cb.offer']);
    expect(ids(lib, '申し訳', { type: 'billing' })).toEqual(['pa.wait']); // pa.worry is for delivery/defect only
    expect(ids(lib, '申し訳', { level: 4 })).toEqual(['pa.wait']);
  });

  it('ranks by match quality first, then favourites and usage', () => {
    const lib = new PhraseLibrary(base, reading);
    const plain = ids(lib, '申し訳ございません');
    expect(plain.slice(0, 2).sort()).toEqual(['pa.wait', 'pa.worry']);
    const second = plain[1]!;
    lib.setFavourite(second, true);
    expect(ids(lib, '申し訳ございません')[0]).toBe(second);
    // A favourite does not beat a much better match.
    expect(ids(lib, '心配')[0]).toBe('pa.worry');
    lib.setFavourite(second, false);
    const other = plain[0] === 'pa.wait' ? 'pa.worry' : 'pa.wait';
    for (let i = 0; i < 20; i++) lib.recordUse(other);
    expect(ids(lib, '申し訳ございません')[0]).toBe(other);
  });
});

describe('a large library', () => {
  // 6,000 phrases built from the fixture, so common bigrams (申し訳, ござい) hold thousands of phrases and
  // the index has to be asked for more than its first candidates.
  const none = { favourite: () => false, uses: () => 0, lifted: () => [] };
  const filler = () => Array.from({ length: 6000 }, (_, i) => {
    const a = base[i % base.length]!;
    const b = base[(i * 7 + 3) % base.length]!;
    return { ...a, id: `gen-${i}`, text: a.text + b.text, reading: `${a.reading} ${b.reading}`, scene: a.scene, types: undefined, levels: undefined } as Phrase;
  });

  it('finds a rare whole match among thousands of phrases that share its bigrams', async () => {
    // Every bigram of the query is in thousands of phrases; only the last phrase added holds them in a row.
    const [waitText, worryText, rareText] = ['お待たせして申し訳ありません', 'ご心配をおかけして申し訳ございません', 'お待たせして申し訳ございません'];
    const [wait, worry, rareReading] = await Promise.all([waitText, worryText, rareText].map(reading));
    const many = Array.from({ length: 6000 }, (_, i) => ({ id: `f-${i}`, text: i % 2 ? waitText : worryText, reading: i % 2 ? wait! : worry!, scene: 'empathy', when: '' }) as Phrase);
    const idx = new PhraseIndex([...many, { id: 'rare', text: rareText, reading: rareReading!, scene: 'empathy', when: '' }]);
    expect(idx.search('お待たせして申し訳ございません', {}, none, 5)[0]?.phrase.id).toBe('rare');
    expect(idx.search('omataseshitemoushiwakegozaimasen', {}, none, 5)[0]?.phrase.id).toBe('rare');
  });

  it('still fills a page when a filter leaves few of the first candidates', async () => {
    const only = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => ({ id: `late-${i}`, text: `恐縮ですが、申し訳ございません。${i}番`, reading: await reading(`恐縮ですが、申し訳ございません。${i}番`), scene: 'handover', when: '' }) as Phrase),
    );
    const idx = new PhraseIndex([...filler(), ...only]);
    const hits = idx.search('申し訳', { scene: 'handover' }, none, 20);
    expect(hits).toHaveLength(20);
    expect(hits.every((h) => h.phrase.scene === 'handover')).toBe(true);
  });

  it('lifts a favourite however far down the candidate list it sits', () => {
    const phrases = filler();
    const idx = new PhraseIndex(phrases);
    const fav = phrases.findLast((p) => p.text.includes('申し訳ございません'))!.id;
    const ranking = { favourite: (id: string) => id === fav, uses: () => 0, lifted: () => [fav] };
    expect(idx.search('申し訳ございません', {}, none, 10).map((r) => r.phrase.id)).not.toContain(fav);
    expect(idx.search('申し訳ございません', {}, ranking, 10)[0]?.phrase.id).toBe(fav);
  });

  it('answers a one-character query and forgets removed phrases', () => {
    const phrases = filler();
    const idx = new PhraseIndex(phrases);
    const hits = idx.search('請', {}, none, 10);
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => h.phrase.text.includes('請'))).toBe(true);
    for (const p of phrases) if (p.text.includes('請')) idx.remove(p.id);
    expect(idx.search('請', {}, none, 10)).toEqual([]);
    expect(idx.search('seikyuu', {}, none, 10)).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('shinapi', 'shinpai')).toBe(1);
    expect(editDistance('kakunin', 'kakunin')).toBe(0);
    expect(editDistance('matase', 'mataseru')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe("the agent's own phrases", () => {
  it('are added, edited, favourited, counted and deleted, and survive a restart', async () => {
    const dir = tmp();
    const a = new PhraseLibrary(base, reading, dir);
    const saved = await a.savePhrase({ text: '差し支えなければ、お名前を伺えますか。', scene: 'cushion', when: '名前を聞くとき' });
    expect(saved.own).toBe(true);
    expect(saved.reading).toContain('さしつかえ');
    a.setFavourite(saved.id, true);
    a.recordUse(saved.id);
    await a.savePhrase({ id: saved.id, text: '差し支えなければ、フルネームを伺えますか。', scene: 'cushion', when: '' });
    const b = new PhraseLibrary(base, reading, dir);
    const hit = b.search({ query: 'ふるねーむ' }).results[0]!;
    expect(hit).toMatchObject({ id: saved.id, favourite: true, uses: 1, own: true });
    expect(ids(b, 'namae')).not.toContain(saved.id); // the old text is gone from the index
    b.deletePhrase(saved.id);
    expect(new PhraseLibrary(base, reading, dir).search({ query: 'ふるねーむ' }).results).toEqual([]);
  });

  it('cannot overwrite or delete a built-in phrase', async () => {
    const lib = new PhraseLibrary(base, reading);
    await expect(lib.savePhrase({ id: 'pa.worry', text: 'x', scene: 'empathy', when: '' })).rejects.toThrow(/built-in/);
    expect(() => lib.deletePhrase('pa.worry')).toThrow(/built-in/);
  });

  const own: PhraseInput[] = [
    { id: 'mine.one', text: 'お電話ありがとうございます。「担当」の佐藤です', scene: 'opening', when: 'quotes, "double" and, commas', types: ['billing', 'staff'], levels: [0, 1] },
    { id: 'mine.two', text: '改行を\n含むフレーズ', scene: 'closing', when: '', en: 'A phrase, with a line break' },
    { id: 'mine.three', text: "=SUM(A1) のように見える文、髙橋より😀", scene: 'closing', when: "'=already quoted", en: '-minus first' },
  ];

  it('round-trip through JSON and CSV (UTF-8 BOM, CRLF, quoting)', async () => {
    const src = new PhraseLibrary(base, reading);
    for (const p of own) await src.savePhrase(p);
    for (const format of ['json', 'csv'] as const) {
      const content = src.exportOwn(format);
      if (format === 'csv') {
        expect(content.startsWith('\uFEFFid,text,reading,scene,types,levels,when,en\r\n')).toBe(true);
      }
      const dst = new PhraseLibrary(base, reading, tmp());
      if (format === 'csv') expect(content).toContain(`'=SUM(A1)`); // a spreadsheet shows it as text
      expect(await dst.importOwn(format, content)).toEqual({ added: 3, updated: 0 });
      expect(dst.exportOwn(format)).toBe(content);
      expect(dst.search({ query: 'のように見える' }).results[0]?.text).toBe(own[2]!.text);
      expect(dst.search({ query: '髙橋' }).results[0]?.text).toBe(own[2]!.text); // a kanji kuromoji cannot read
      expect(dst.exportOwn('json')).toBe(src.exportOwn('json'));
      expect(await dst.importOwn(format, content)).toEqual({ added: 0, updated: 3 });
    }
  });

  it('rejects a bad import naming the line and field, and loses nothing already saved', async () => {
    const dir = tmp();
    const lib = new PhraseLibrary(base, reading, dir);
    await lib.savePhrase({ id: 'keep.me', text: '保存済みのフレーズです。', scene: 'empathy', when: '' });
    const before = lib.exportOwn('json');
    const badCsv = 'id,text,scene\r\nok.one,正しい行です,empathy\r\nbad.two,場面が変です,nowhere\r\n';
    await expect(lib.importOwn('csv', badCsv)).rejects.toThrow(/line 3, field scene/);
    await expect(lib.importOwn('csv', 'text,scene\r\nx,empathy\r\n')).rejects.toThrow(/line 1: missing column id/);
    await expect(lib.importOwn('json', '{"phrases": [{"id": "a.b", "text": ""}]}')).rejects.toThrow(/phrase 1, field text/);
    await expect(lib.importOwn('json', 'not json')).rejects.toThrow(/not valid JSON/);
    expect(lib.exportOwn('json')).toBe(before);
    expect(new PhraseLibrary(base, reading, dir).exportOwn('json')).toBe(before);
  });
});
