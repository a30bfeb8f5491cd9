/**
 * Speed and memory, printed as one JSON object (targets in README). Cold starts and memory are measured
 * in fresh child processes so each figure starts from nothing.
 *   npm run --silent bench
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../src/main/engine/corpus';
import { Engine, loadEngineData, ReadyEngine } from '../src/main/engine/engine';
import { tokenizeWith } from '../src/main/engine/tokenizer';
import { shippedPhrases } from '../src/main/phrases/library';
import { PhraseIndex } from '../src/main/phrases/search';
import { exportEntries } from '../src/main/shiftlog/export';
import { ShiftLog } from '../src/main/shiftlog/store';
import type { Phrase } from '../src/shared/schemas';
import { buildStock, defaultDicPath, loadKuromoji } from '../src/main/engine/kuromoji-dict';

const self = import.meta.filename;
const mode = process.argv[2];
const cacheDir = process.env.UKETOME_BENCH_CACHE ?? path.join(os.tmpdir(), 'uketome-bench-cache');

const gc = (globalThis as { gc?: () => void }).gc;
const rssMb = () => {
  gc?.();
  return process.memoryUsage().rss / 1048576;
};

function sampleTexts(): { short: string[]; long: string[]; drafts: string[] } {
  const corpus = loadCorpus().map((l) => l.text);
  const short = corpus.filter((t) => t.length >= 45 && t.length <= 75).slice(0, 300);
  const long: string[] = [];
  let acc = '';
  for (const t of corpus.filter((x) => x.length > 120)) {
    acc += t + '\n';
    if (acc.length >= 800) {
      long.push(acc.slice(0, 800));
      acc = '';
    }
    if (long.length >= 60) break;
  }
  const drafts = [
    '大変恐れ入りますが、こちらのクーポンは有効期限が切れているようですね。代わりにお使いいただける特典がないか、すぐにお調べいたします。少々お待ちいただけますか。',
    'ですから、先ほども申し上げましたとおり、そちらは規則ですのでできません。別の窓口にかけ直してください。以上です。お客様の確認不足だと思います。',
    'お待たせしてしまい申し訳ございません。ご注文の状況を確認いたしましたところ、配送業者の営業所で保管されているようです。本日中に再配達の手配をいたします。',
  ].map((d) => d.slice(0, 100));
  return { short, long, drafts };
}

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!);
}
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function child(): Promise<void> {
  const t0 = performance.now();
  if (mode === 'stock') {
    await buildStock(defaultDicPath());
    console.log(JSON.stringify({ ms: performance.now() - t0 }));
  } else if (mode === 'engine') {
    await new Engine({ cacheDir }).ready();
    console.log(JSON.stringify({ ms: performance.now() - t0 }));
  } else if (mode === 'rss') {
    // One process: kuromoji alone on the sample texts, then the whole engine on the same texts.
    const { short, long, drafts } = sampleTexts();
    const texts = [...short, ...long, ...drafts];
    const { tokenizer } = await loadKuromoji({ cacheDir });
    for (let i = 0; i < 2; i++) for (const t of texts) tokenizer.tokenize(t);
    const kuromojiRss = rssMb();
    const e = new ReadyEngine((t) => tokenizeWith(tokenizer, t), loadEngineData());
    for (let i = 0; i < 2; i++) {
      for (const t of texts) e.analyze(t);
      for (const d of drafts) e.checkDraft(d);
    }
    console.log(JSON.stringify({ kuromojiRss, rss: rssMb() }));
  }
}

function runChild(m: string): Record<string, number> {
  // Both children run with the same small young generation (2 MB semi-spaces, as the engine's own process
  // will): otherwise V8 grows its semi-spaces by up to 32 MB on allocation bursts, which is reserved, not used.
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-semi-space-size=2', '--import', 'tsx', self, m], {
    env: { ...process.env, UKETOME_BENCH_CACHE: cacheDir },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

async function main(): Promise<void> {
  // Make sure the prepared dictionary exists, then measure cold starts alternately in fresh processes.
  fs.mkdirSync(cacheDir, { recursive: true });
  runChild('engine');
  const stock: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    stock.push(runChild('stock').ms!);
    cold.push(runChild('engine').ms!);
  }
  const mem = [0, 1, 2].map(() => runChild('rss'));
  const rssAbove = median(mem.map((m) => m.rss! - m.kuromojiRss!));
  const rssTotal = median(mem.map((m) => m.rss!));

  const engine = await new Engine({ cacheDir }).ready();
  const { short, long, drafts } = sampleTexts();
  const kuromoji = (await loadKuromoji({ cacheDir })).tokenizer;
  const time = (f: () => void) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  // Warm up the JIT on both paths before measuring.
  for (let i = 0; i < 3; i++) {
    for (const t of [...short, ...long]) {
      engine.analyze(t);
      kuromoji.tokenize(t);
    }
  }
  const shortTimes = short.flatMap((t) => [0, 1, 2].map(() => time(() => engine.analyze(t))));
  const longTimes = long.flatMap((t) => [0, 1, 2].map(() => time(() => engine.analyze(t))));
  const all = [...short, ...long];
  // Rounds alternate the two; the median of the per-round ratios, as one GC pause or a busy neighbour
  // can swing a single round by ±0.15.
  const roundRatios: number[] = [];
  for (let r = 0; r < 9; r++) {
    const a = time(() => all.forEach((t) => engine.analyze(t)));
    roundRatios.push(a / time(() => all.forEach((t) => kuromoji.tokenize(t))));
  }
  const notesPerSecond = Math.round((short.length * 3) / (time(() => [0, 1, 2].forEach(() => short.forEach((t) => engine.analyze(t)))) / 1000));
  const draftTimes = drafts.flatMap((d) => Array.from({ length: 100 }, () => time(() => engine.checkDraft(d))));

  // Phrase search: the shipped library, then a generated 100,000-phrase one (pairs of shipped phrases).
  const shippedList = shippedPhrases();
  const queries = ['shinpai', 'しんぱい', '心配', '折り返し', 'orikaeshi', '申し訳', 'かくにん', 'kakunin', 'お待たせ', 'ｵﾏﾁ', 'ケース番号', 'daitaian', 'shinapi', '恐れ入'];
  const ranking = { favourite: () => false, uses: () => 0, lifted: () => [] };
  const small = new PhraseIndex(shippedList);
  for (const q of queries) small.search(q, {}, ranking, 20);
  const searchTimes = queries.flatMap((q) => Array.from({ length: 20 }, () => time(() => small.search(q, {}, ranking, 20))));
  const big: Phrase[] = [];
  for (let i = 0; big.length < 100_000; i++) {
    const a = shippedList[i % shippedList.length]!;
    const b = shippedList[(i * 7919 + 13) % shippedList.length]!;
    big.push({ ...a, id: `gen-${i}`, text: `${a.text}${b.text}`, reading: `${a.reading} ${b.reading}` });
  }
  let bigIndex: PhraseIndex | undefined;
  const buildMs = time(() => {
    bigIndex = new PhraseIndex(big);
  });
  for (const q of queries) bigIndex!.search(q, {}, ranking, 20);
  const bigTimes = queries.flatMap((q) => Array.from({ length: 5 }, () => time(() => bigIndex!.search(q, {}, ranking, 20))));

  // Call log: appends into a shift that already holds 1,000 entries (written to disk and fdatasync'ed),
  // then an export of 10,000 entries as CSV.
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-bench-log-'));
  const shiftLog = new ShiftLog(logDir);
  const sample = (i: number) => ({
    startedAt: Date.now() - 300_000,
    endedAt: Date.now(),
    note: `${short[i % short.length]} 090-1234-5678`,
    caseNumber: `C-${i}`,
    customerName: '山田 太郎',
    nextSteps: '明日までに折り返し',
    engine: { level: 2 as const, type: 'delivery' as const },
    cues: [{ kind: 'repeat' as const, text: '3回目' }],
  });
  for (let i = 0; i < 1000; i++) shiftLog.append(sample(i), 'bench');
  const appendTimes = Array.from({ length: 200 }, (_, i) => time(() => shiftLog.append(sample(i), 'bench')));
  const memLog = new ShiftLog();
  for (let i = 0; i < 10_000; i++) memLog.append(sample(i), 'bench');
  const { shift: memShift, entries: memEntries } = memLog.entries('current');
  const exportMs = time(() => exportEntries(memShift, memEntries, 'csv'));
  shiftLog.close();
  fs.rmSync(logDir, { recursive: true, force: true });

  console.log(
    JSON.stringify({
      coldStartMs: Math.round(median(cold)),
      stockKuromojiMs: Math.round(median(stock)),
      coldToStockRatio: round(median(cold) / median(stock)),
      shortNoteP95Ms: p95(shortTimes),
      longEmailP95Ms: p95(longTimes),
      classifyToTokenizeRatio: round(median(roundRatios)),
      notesPerSecond,
      rssMb: Math.round(rssTotal),
      rssAboveKuromojiMb: Math.round(rssAbove),
      draftCheckP95Ms: p95(draftTimes),
      searchP95Ms: p95(searchTimes),
      search100kP95Ms: p95(bigTimes),
      searchIndexBuild100kMs: Math.round(buildMs),
      phrases: shippedList.length,
      logAppendP95Ms: p95(appendTimes),
      export10kMs: Math.round(exportMs),
      samples: { short: short.length, long: long.length, drafts: drafts.length },
    }),
  );
}

if (mode) await child();
else await main();
