/**
 * Fills or refreshes the `reading` of every phrase in assets/phrases/*.json from kuromoji (hiragana words,
 * one per token), keeping everything else as written. Run after editing phrase texts:
 *   npm run phrases:readings          # write
 *   npm run phrases:readings -- --check   # exit 1 if any reading is missing or stale
 */
import fs from 'node:fs';
import path from 'node:path';
import { readingOf } from '../src/main/phrases/kana';
import { getTokenizer } from '../src/main/engine/tokenizer';
import { assetPath } from '../src/main/paths';

const check = process.argv.includes('--check');
const { tokenize } = await getTokenizer();
const dir = assetPath('phrases');
let stale = 0;
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const file = path.join(dir, f);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { phrases: { text: string; reading?: string }[] };
  for (const p of data.phrases) {
    const reading = readingOf(tokenize(p.text).tokens);
    if (p.reading !== reading) {
      stale++;
      p.reading = reading;
    }
  }
  // Keep each phrase's keys in a readable order: id, text, reading first.
  data.phrases = data.phrases.map(({ id, text, reading, ...rest }: { id?: string; text: string; reading?: string }) => ({ id, text, reading, ...rest }));
  if (!check) fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
}
console.log(check ? `${stale} readings missing or stale` : `${stale} readings written`);
if (check && stale) process.exitCode = 1;
