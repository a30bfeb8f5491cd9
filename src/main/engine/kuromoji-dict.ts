/**
 * Fast kuromoji dictionary loading.
 *
 * The stock `kuromoji.builder({ dicPath }).build()` gunzips twelve files and then rebuilds the
 * token-id map as a JS object of ~400k arrays, which is most of its start-up time and a large part of
 * its memory. Here the same dictionary is prepared once into a single cache file (raw sections plus the
 * target map in CSR form, each checked by CRC-32), and later starts read that file and hand kuromoji
 * typed-array views of it. The tokenizer that results is kuromoji's own `Tokenizer` over the same data,
 * so tokens are identical; a test compares them with the stock path. When the cache is missing it is
 * prepared from the .gz files; when anything is damaged the stock builder is the fallback.
 */
import { createRequire } from 'node:module';
import { promises as fsp } from 'node:fs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Tokenizer as KuromojiTokenizer, IpadicFeatures } from 'kuromoji';

const require = createRequire(import.meta.url);

/** kuromoji's internal constructors; typed loosely because the package ships no types for them. */
interface DynamicDictionariesCtor {
  new (): KDict;
}
interface KDict {
  loadTrie(base: Int32Array, check: Int32Array): unknown;
  loadConnectionCosts(cc: Int16Array): unknown;
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    catMap: Uint8Array,
    compatCatMap: Uint32Array,
    invokeDef: Uint8Array,
  ): unknown;
  token_info_dictionary: {
    loadDictionary(b: Uint8Array): unknown;
    loadPosVector(b: Uint8Array): unknown;
    target_map: unknown;
  };
}

export type KuromojiTokenizerT = KuromojiTokenizer<IpadicFeatures>;
export type DictSource = 'cache' | 'prepared' | 'stock';

const SECTION_FILES = {
  base: 'base.dat.gz',
  check: 'check.dat.gz',
  tid: 'tid.dat.gz',
  tid_pos: 'tid_pos.dat.gz',
  tid_map: 'tid_map.dat.gz',
  cc: 'cc.dat.gz',
  unk: 'unk.dat.gz',
  unk_pos: 'unk_pos.dat.gz',
  unk_map: 'unk_map.dat.gz',
  unk_char: 'unk_char.dat.gz',
  unk_compat: 'unk_compat.dat.gz',
  unk_invoke: 'unk_invoke.dat.gz',
} as const;
type RawName = keyof typeof SECTION_FILES;
/** Sections stored in the cache: the raw ones except tid_map, which is stored prepared. */
const CACHE_SECTIONS = [
  'base',
  'check',
  'tid',
  'tid_pos',
  'cc',
  'unk',
  'unk_pos',
  'unk_map',
  'unk_char',
  'unk_compat',
  'unk_invoke',
  'tm_offsets',
  'tm_values',
] as const;
type CacheName = (typeof CACHE_SECTIONS)[number];

const MAGIC = Buffer.from('UKDICT01');
const CACHE_FORMAT = 1;

export function defaultDicPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

function kuromojiVersion(): string {
  return (require('kuromoji/package.json') as { version: string }).version;
}

/** Parses tid_map exactly as kuromoji's TokenInfoDictionary.loadTargetMap does, into CSR arrays. */
export function prepareTargetMap(raw: Uint8Array): { offsets: Int32Array; values: Int32Array } {
  const len = raw.length;
  const getInt = (i: number): number =>
    len < i + 4 ? 0 : raw[i]! + (raw[i + 1]! << 8) + (raw[i + 2]! << 16) + (raw[i + 3]! << 24);
  const keys: number[] = [];
  const vals: number[] = [];
  let maxKey = 0;
  let pos = 4; // skip map_keys_size
  while (len >= pos + 1) {
    const key = getInt(pos);
    const n = getInt(pos + 4);
    pos += 8;
    for (let i = 0; i < n; i++) {
      keys.push(key);
      vals.push(getInt(pos));
      pos += 4;
    }
    if (key > maxKey) maxKey = key;
  }
  const counts = new Int32Array(maxKey + 2);
  for (const k of keys) counts[k + 1]!++;
  for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
  const offsets = counts.slice();
  const fill = counts.slice();
  const values = new Int32Array(vals.length);
  for (let i = 0; i < keys.length; i++) values[fill[keys[i]!]!++] = vals[i]!;
  return { offsets, values };
}

/** A read-only view that answers kuromoji's `target_map[trie_id]` lookups from the CSR arrays. */
function targetMapView(offsets: Int32Array, values: Int32Array): unknown {
  const empty = new Int32Array(0);
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== 'string') return undefined;
        const key = Number(prop);
        if (!Number.isInteger(key) || key < 0 || key + 1 >= offsets.length) return empty;
        return values.subarray(offsets[key], offsets[key + 1]);
      },
    },
  );
}

type Sections = Record<CacheName, Uint8Array>;

function view<T extends Int16Array | Int32Array | Uint32Array>(
  Ctor: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number },
  u8: Uint8Array,
): T {
  if (u8.byteOffset % Ctor.BYTES_PER_ELEMENT === 0) {
    return new Ctor(u8.buffer, u8.byteOffset, Math.floor(u8.byteLength / Ctor.BYTES_PER_ELEMENT));
  }
  const copy = u8.slice();
  return new Ctor(copy.buffer, 0, Math.floor(copy.byteLength / Ctor.BYTES_PER_ELEMENT));
}

function buildTokenizer(s: Sections): KuromojiTokenizerT {
  const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries') as DynamicDictionariesCtor;
  const Tokenizer = require('kuromoji/src/Tokenizer') as new (dic: KDict) => KuromojiTokenizerT;
  const dic = new DynamicDictionaries();
  dic.loadTrie(view(Int32Array, s.base), view(Int32Array, s.check));
  dic.token_info_dictionary.loadDictionary(s.tid);
  dic.token_info_dictionary.loadPosVector(s.tid_pos);
  dic.token_info_dictionary.target_map = targetMapView(view(Int32Array, s.tm_offsets), view(Int32Array, s.tm_values));
  dic.loadConnectionCosts(view(Int16Array, s.cc));
  dic.loadUnknownDictionaries(
    s.unk,
    s.unk_pos,
    s.unk_map,
    s.unk_char,
    view(Uint32Array, s.unk_compat),
    s.unk_invoke,
  );
  return new Tokenizer(dic);
}

async function readRawSections(dicPath: string): Promise<Record<RawName, Uint8Array>> {
  const gunzip = (b: Buffer) =>
    new Promise<Buffer>((resolve, reject) => zlib.gunzip(b, (e, r) => (e ? reject(e) : resolve(r))));
  const entries = await Promise.all(
    (Object.keys(SECTION_FILES) as RawName[]).map(async (name) => {
      const data = await gunzip(await fsp.readFile(path.join(dicPath, SECTION_FILES[name])));
      return [name, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<RawName, Uint8Array>;
}

function sectionsFromRaw(raw: Record<RawName, Uint8Array>): Sections {
  const tm = prepareTargetMap(raw.tid_map);
  const { tid_map: _unused, ...rest } = raw;
  return {
    ...rest,
    tm_offsets: new Uint8Array(tm.offsets.buffer),
    tm_values: new Uint8Array(tm.values.buffer),
  };
}

interface CacheHeader {
  format: number;
  kuromoji: string;
  sections: { name: CacheName; offset: number; length: number; crc: number }[];
}

export function cacheFileName(): string {
  return `kuromoji-${kuromojiVersion()}-v${CACHE_FORMAT}.bin`;
}

/** Writes the prepared sections as one file, atomically (temp file + rename). */
export async function writeCache(file: string, s: Sections): Promise<void> {
  const sections: CacheHeader['sections'] = [];
  let offset = 0;
  for (const name of CACHE_SECTIONS) {
    const data = s[name];
    sections.push({ name, offset, length: data.byteLength, crc: zlib.crc32(data) });
    offset += Math.ceil(data.byteLength / 8) * 8;
  }
  const header = Buffer.from(JSON.stringify({ format: CACHE_FORMAT, kuromoji: kuromojiVersion(), sections }));
  const headerLen = Buffer.alloc(4);
  headerLen.writeUInt32LE(header.length);
  const pre = MAGIC.length + 4 + header.length;
  const pad = Buffer.alloc(Math.ceil(pre / 8) * 8 - pre);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fh = await fsp.open(tmp, 'w');
  try {
    await fh.write(Buffer.concat([MAGIC, headerLen, header, pad]));
    for (const name of CACHE_SECTIONS) {
      const data = s[name];
      await fh.write(data);
      const rest = Math.ceil(data.byteLength / 8) * 8 - data.byteLength;
      if (rest) await fh.write(Buffer.alloc(rest));
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fsp.rename(tmp, file);
}

/** Reads and verifies the cache file; throws on any mismatch so the caller can fall back. */
export async function readCache(file: string): Promise<Sections> {
  const buf = await fsp.readFile(file);
  if (buf.length < 12 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('cache: bad magic');
  const headerLen = buf.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerLen;
  if (headerEnd > buf.length) throw new Error('cache: truncated header');
  const header = JSON.parse(buf.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as CacheHeader;
  if (header.format !== CACHE_FORMAT || header.kuromoji !== kuromojiVersion()) throw new Error('cache: other version');
  const base = Math.ceil(headerEnd / 8) * 8;
  const out: Partial<Sections> = {};
  for (const name of CACHE_SECTIONS) {
    const sec = header.sections.find((x) => x.name === name);
    if (!sec) throw new Error(`cache: missing section ${name}`);
    const start = base + sec.offset;
    if (start + sec.length > buf.length) throw new Error(`cache: truncated section ${name}`);
    const data = new Uint8Array(buf.buffer, buf.byteOffset + start, sec.length);
    if (zlib.crc32(data) !== sec.crc) throw new Error(`cache: checksum mismatch in ${name}`);
    out[name] = data;
  }
  return out as Sections;
}

/** The stock kuromoji path, kept as the fallback and as the benchmark's reference. */
export function buildStock(dicPath: string): Promise<KuromojiTokenizerT> {
  const kuromoji = require('kuromoji') as typeof import('kuromoji');
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer))),
  );
}

export interface LoadOptions {
  dicPath?: string;
  /** Folder for the prepared dictionary; no caching when absent. */
  cacheDir?: string;
  /** Called when a damaged cache was skipped or the fast path failed. */
  onWarning?: (message: string) => void;
}

export interface LoadedTokenizer {
  tokenizer: KuromojiTokenizerT;
  source: DictSource;
  /** Resolves when a freshly prepared cache has been written (or failed to). */
  cacheWritten: Promise<void>;
}

/** Loads the tokenizer: cache first, then prepare from the .gz files (and write the cache), then stock. */
export async function loadKuromoji(opts: LoadOptions = {}): Promise<LoadedTokenizer> {
  const dicPath = opts.dicPath ?? defaultDicPath();
  const warn = opts.onWarning ?? (() => {});
  const cacheFile = opts.cacheDir ? path.join(opts.cacheDir, cacheFileName()) : undefined;
  if (cacheFile && fs.existsSync(cacheFile)) {
    try {
      return { tokenizer: buildTokenizer(await readCache(cacheFile)), source: 'cache', cacheWritten: Promise.resolve() };
    } catch (e) {
      warn(`dictionary cache ignored (${(e as Error).message}); rebuilding it`);
      await fsp.rm(cacheFile, { force: true }).catch(() => {});
    }
  }
  try {
    const sections = sectionsFromRaw(await readRawSections(dicPath));
    const tokenizer = buildTokenizer(sections);
    const cacheWritten = cacheFile
      ? writeCache(cacheFile, sections).catch((e: Error) => warn(`could not write dictionary cache: ${e.message}`))
      : Promise.resolve();
    return { tokenizer, source: 'prepared', cacheWritten };
  } catch (e) {
    warn(`fast dictionary load failed (${(e as Error).message}); using kuromoji's own loader`);
    return { tokenizer: await buildStock(dicPath), source: 'stock', cacheWritten: Promise.resolve() };
  }
}
