/**
 * The shared tokenizer: one kuromoji instance, built once and asynchronously, over NFKC-normalised text,
 * with every token mapped back to its span in the original text.
 */
import os from 'node:os';
import path from 'node:path';
import { loadKuromoji, type DictSource, type KuromojiTokenizerT } from './kuromoji-dict';
import { normalize, toOriginalSpan, type Normalized } from './normalize';

/** A token the engine works with: kuromoji's fields plus offsets. */
export interface Token {
  surface: string;
  basic_form: string;
  pos: string;
  pos_detail_1: string;
  conjugated_type: string;
  conjugated_form: string;
  reading: string;
  /** Span in the normalised text. */
  nstart: number;
  nend: number;
  /** Span in the original text. */
  start: number;
  end: number;
}

export interface TokenizedText {
  norm: Normalized;
  tokens: Token[];
}

/** A function from text to tokens; engine functions take it as a parameter so tests can pass fixtures. */
export type Tokenize = (text: string) => TokenizedText;

export function tokenizeWith(kuromoji: KuromojiTokenizerT, text: string): TokenizedText {
  const norm = normalize(text);
  const raw = kuromoji.tokenize(norm.text);
  const tokens: Token[] = [];
  let cursor = 0;
  for (const t of raw) {
    const surface = t.surface_form;
    // kuromoji's surfaces concatenate to the input; indexOf only guards against a dictionary quirk.
    let at = norm.text.startsWith(surface, cursor) ? cursor : norm.text.indexOf(surface, cursor);
    if (at < 0) at = cursor;
    const nend = at + surface.length;
    const span = toOriginalSpan(norm, at, nend);
    tokens.push({
      surface,
      basic_form: t.basic_form === '*' ? surface : t.basic_form,
      pos: t.pos,
      pos_detail_1: t.pos_detail_1,
      conjugated_type: t.conjugated_type,
      conjugated_form: t.conjugated_form,
      reading: t.reading ?? '',
      nstart: at,
      nend,
      start: span.start,
      end: span.end,
    });
    cursor = nend;
  }
  return { norm, tokens };
}

/** Where the prepared dictionary is cached: UKETOME_CACHE_DIR, else the OS's per-user cache folder. */
export function defaultCacheDir(): string {
  if (process.env.UKETOME_CACHE_DIR) return process.env.UKETOME_CACHE_DIR;
  const home = os.homedir();
  if (process.platform === 'win32') {
    return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Uketome', 'Cache');
  }
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'Uketome');
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'uketome');
}

export interface TokenizerHandle {
  tokenize: Tokenize;
  source: DictSource;
  kuromoji: KuromojiTokenizerT;
}

let shared: Promise<TokenizerHandle> | undefined;

/** The one shared tokenizer, built on first use; options only matter on that first call. */
export function getTokenizer(opts: { cacheDir?: string; dicPath?: string } = {}): Promise<TokenizerHandle> {
  shared ??= loadKuromoji({
    cacheDir: opts.cacheDir ?? defaultCacheDir(),
    dicPath: opts.dicPath,
    onWarning: (m) => process.emitWarning(m, { code: 'UKETOME_DICT' }),
  }).then(({ tokenizer, source }) => ({
    tokenize: (text: string) => tokenizeWith(tokenizer, text),
    source,
    kuromoji: tokenizer,
  }));
  return shared;
}
