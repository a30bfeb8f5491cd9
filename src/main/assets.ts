/** Loads JSON and JSONL data from assets/ and validates it with zod, naming the file and the field on failure. */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { assetPath } from './paths';

export class AssetError extends Error {
  override name = 'AssetError';
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

export function parseWith<S extends z.ZodType>(schema: S, data: unknown, where: string): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw new AssetError(`${where}: ${describe(r.error.issues)}`);
  return r.data;
}

export function loadJsonAsset<S extends z.ZodType>(rel: string, schema: S): z.output<S> {
  const file = assetPath(rel);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AssetError(`${rel}: ${(e as Error).message}`);
  }
  return parseWith(schema, data, rel);
}

/** Every *.json file of an assets sub-folder, in name order, each validated. */
export function loadJsonAssetDir<S extends z.ZodType>(relDir: string, schema: S): { file: string; data: z.output<S> }[] {
  const dir = assetPath(relDir);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: path.posix.join(relDir, f), data: loadJsonAsset(path.posix.join(relDir, f), schema) }));
}

/** Lines of a JSONL file, each validated; an invalid line throws with its line number. */
export function loadJsonlFile<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const out: z.output<S>[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      throw new AssetError(`${file}:${i + 1}: ${(e as Error).message}`);
    }
    out.push(parseWith(schema, data, `${file}:${i + 1}`));
  });
  return out;
}

/** Every item of every file of an assets folder (each file validated), checking that ids are unique. */
export function loadUniqueItems<S extends z.ZodType, T extends { id: string }>(relDir: string, schema: S, items: (data: z.output<S>) => T[]): T[] {
  const all = loadJsonAssetDir(relDir, schema).flatMap((f) => items(f.data).map((item) => ({ file: f.file, item })));
  const seen = new Map<string, string>();
  for (const { file, item } of all) {
    const other = seen.get(item.id);
    if (other) throw new AssetError(`${file}: id "${item.id}" is also used in ${other}`);
    seen.set(item.id, file);
  }
  return all.map((x) => x.item);
}
