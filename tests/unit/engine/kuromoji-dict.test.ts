import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStock, cacheFileName, defaultDicPath, loadKuromoji } from '../../../src/main/engine/kuromoji-dict';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-dict-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SAMPLES = [
  '注文した商品がまだ届きません。どういうことですか？',
  'ｻﾎﾟｰﾄに３回も電話したのに繋がらねえよ😡',
  '早く返金しろ！上司を出せ',
  'Please refund my order #12345 ASAP.',
  'いつもお世話になっております。本日中にご回答いただけますと幸いです。',
];

describe('prepared dictionary', () => {
  it('prepares, caches and reloads a tokenizer that tokenizes exactly like stock kuromoji', async () => {
    const stock = await buildStock(defaultDicPath());
    const warnings: string[] = [];
    const first = await loadKuromoji({ cacheDir: dir, onWarning: (m) => warnings.push(m) });
    expect(first.source).toBe('prepared');
    await first.cacheWritten;
    expect(fs.existsSync(path.join(dir, cacheFileName()))).toBe(true);
    const second = await loadKuromoji({ cacheDir: dir, onWarning: (m) => warnings.push(m) });
    expect(second.source).toBe('cache');
    for (const s of SAMPLES) {
      const expected = JSON.stringify(stock.tokenize(s));
      expect(JSON.stringify(first.tokenizer.tokenize(s))).toBe(expected);
      expect(JSON.stringify(second.tokenizer.tokenize(s))).toBe(expected);
    }
    expect(warnings).toEqual([]);
  });

  it('ignores a damaged cache, warns, and rebuilds it', async () => {
    const file = path.join(dir, cacheFileName());
    const buf = fs.readFileSync(file);
    buf[buf.length - 100] = buf[buf.length - 100]! ^ 0xff; // flip bits inside the last section
    fs.writeFileSync(file, buf);
    const warnings: string[] = [];
    const r = await loadKuromoji({ cacheDir: dir, onWarning: (m) => warnings.push(m) });
    expect(r.source).toBe('prepared');
    expect(warnings.join(' ')).toMatch(/checksum/);
    await r.cacheWritten;
    expect((await loadKuromoji({ cacheDir: dir })).source).toBe('cache');
  });

  it('ignores a truncated cache', async () => {
    const file = path.join(dir, cacheFileName());
    fs.truncateSync(file, 1000);
    const warnings: string[] = [];
    const r = await loadKuromoji({ cacheDir: dir, onWarning: (m) => warnings.push(m) });
    expect(r.source).toBe('prepared');
    expect(warnings.join(' ')).toMatch(/truncated/);
    await r.cacheWritten;
  });

  it('falls back to the stock loader when the fast path cannot read the dictionary', async () => {
    const warnings: string[] = [];
    await expect(loadKuromoji({ dicPath: path.join(dir, 'missing'), onWarning: (m) => warnings.push(m) })).rejects.toThrow();
    expect(warnings.join(' ')).toMatch(/kuromoji's own loader/);
  });
});
