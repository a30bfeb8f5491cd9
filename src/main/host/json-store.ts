/**
 * One JSON document on disk, through `conf` (atomic writes: a crash leaves the old file or the new one,
 * never half of each), validated with zod. A file that is not valid JSON or does not fit the schema is
 * moved aside with a warning and the defaults are used: never a crash, never silent loss.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { z } from 'zod';

export interface JsonStore<T> {
  get(): T;
  set(value: T): T;
  /** Set when the file on disk was unreadable at start and was moved aside. */
  readonly warning?: string;
}

export function openJsonStore<S extends z.ZodType>(dir: string | undefined, name: string, schema: S): JsonStore<z.output<S>> {
  const defaults = schema.parse({}) as z.output<S>;
  if (!dir) {
    let current = defaults;
    return { get: () => current, set: (v) => (current = schema.parse(v) as z.output<S>) };
  }
  const file = path.join(dir, `${name}.json`);
  let warning: string | undefined;
  if (fs.existsSync(file)) {
    let ok: boolean;
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { value?: unknown } | null;
      ok = typeof data === 'object' && data !== null && schema.safeParse(data.value ?? {}).success;
    } catch {
      ok = false;
    }
    if (!ok) {
      const aside = `${file}.invalid-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(file, aside);
      warning = `${name}.json was unreadable and was moved to ${aside}; starting from defaults.`;
    }
  }
  const conf = new Conf<{ value: z.output<S> }>({ cwd: dir, configName: name, projectName: 'uketome', defaults: { value: defaults } });
  return {
    warning,
    get: () => schema.parse(conf.get('value') ?? {}) as z.output<S>,
    set(value) {
      const v = schema.parse(value) as z.output<S>;
      conf.set('value', v);
      return v;
    },
  };
}
