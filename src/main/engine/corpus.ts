/**
 * The labelled corpus (assets/corpus/*.jsonl) and its fixed split. A note belongs to the held-out split
 * when the FNV-1a hash of its text falls in the last quarter: stable across edits of other lines, and
 * training (scripts/train.ts) only ever reads the train split.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusLineSchema, type CorpusLine } from '../../shared/schemas';
import { loadJsonlFile } from '../assets';
import { assetPath } from '../paths';

export const HELDOUT_PERCENT = 25;

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function isHeldOut(text: string): boolean {
  return fnv1a(text) % 100 >= 100 - HELDOUT_PERCENT;
}

export function loadCorpus(dir = assetPath('corpus')): CorpusLine[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => loadJsonlFile(path.join(dir, f), corpusLineSchema));
}

export function splitCorpus(lines: readonly CorpusLine[]): { train: CorpusLine[]; heldout: CorpusLine[] } {
  const train: CorpusLine[] = [];
  const heldout: CorpusLine[] = [];
  for (const l of lines) (isHeldOut(l.text) ? heldout : train).push(l);
  return { train, heldout };
}
