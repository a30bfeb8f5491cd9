/**
 * The command line over the same handler table as the app:
 *   npm run --silent cli -- classify "text"            one JSON object
 *   npm run --silent cli -- classify --jsonl FILE      one JSON line per input line ({"text": ...})
 *   npm run --silent cli -- check-draft "text"         reply checker, same shapes
 *   npm run --silent cli -- check-draft --jsonl FILE
 *   npm run --silent cli -- search "query" [--limit N]      phrase library, results in rank order
 *   npm run --silent cli -- search --jsonl FILE [--limit N]  lines with a "query" field
 * A bad line yields {"error":{code,message},"line":n} and the rest still runs; a missing file exits 2.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { createHandlers, invoke, type Result } from './host/handlers';
import { createServices } from './host/services';
import { userDataDir } from './paths';

const USAGE = `usage:
  uketome classify "text" | classify --jsonl FILE
  uketome check-draft "text" | check-draft --jsonl FILE
  uketome search "query" [--limit N] | search --jsonl FILE [--limit N]
  uketome export --shift current|<id> --format csv|json [--out FILE]`;

/** Each command: the operation, the field a JSONL line carries, and how to build the operation's input. */
const COMMANDS: Record<string, { op: 'analyze' | 'checkDraft' | 'searchPhrases'; field: 'text' | 'query'; input: (value: unknown, limit?: number) => unknown }> = {
  classify: { op: 'analyze', field: 'text', input: (text) => ({ text }) },
  'check-draft': { op: 'checkDraft', field: 'text', input: (text) => ({ text }) },
  search: { op: 'searchPhrases', field: 'query', input: (query, limit) => ({ query, ...(limit ? { limit } : {}) }) },
};

function out(obj: unknown): void {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

function show(r: Result<unknown>, line?: number): void {
  if (r.ok) out(r.value);
  else out(line === undefined ? { error: r.error } : { error: r.error, line });
}

/** The value after a flag, or undefined. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `export`: a shift of the agent's call log (in UKETOME_DATA_DIR or the usual data folder) as CSV or JSON. */
async function exportCommand(args: string[]): Promise<number> {
  const format = flag(args, '--format');
  const shift = flag(args, '--shift') ?? 'current';
  const out = flag(args, '--out');
  if (format !== 'csv' && format !== 'json') {
    process.stderr.write(`--format must be csv or json\n${USAGE}\n`);
    return 2;
  }
  const services = createServices({ dataDir: userDataDir() });
  const r = await invoke(createHandlers(services), 'exportShift', { shift, format });
  for (const w of services.warnings) process.stderr.write(`${w}\n`);
  if (!r.ok) {
    process.stderr.write(`${r.error.message}\n`);
    return 1;
  }
  // The contract's output schema for exportShift.
  const { content } = r.value as { content: string };
  if (out) {
    fs.writeFileSync(out, content);
    process.stderr.write(`wrote ${out}\n`);
  } else process.stdout.write(content);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'export') return exportCommand(rest);
  const spec = command ? COMMANDS[command] : undefined;
  if (!spec) {
    process.stderr.write(`${command ? `unknown command: ${command}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const handlers = createHandlers(createServices());
  const limitAt = rest.indexOf('--limit');
  let limit: number | undefined;
  if (limitAt >= 0) {
    limit = Number(rest[limitAt + 1]);
    if (!Number.isInteger(limit) || limit < 1) {
      process.stderr.write(`--limit needs a positive whole number\n${USAGE}\n`);
      return 2;
    }
    rest.splice(limitAt, 2);
  }
  const jsonl = rest.indexOf('--jsonl');
  if (jsonl >= 0) {
    const file = rest[jsonl + 1];
    if (!file) {
      process.stderr.write(`--jsonl needs a file name\n${USAGE}\n`);
      return 2;
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      process.stderr.write(`no such file: ${file}\n`);
      return 2;
    }
    const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const raw of rl) {
      n++;
      if (!raw.trim()) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        show({ ok: false, error: { code: 'invalid_input', message: 'line is not valid JSON' } }, n);
        continue;
      }
      // A JSON object line: read its one field by name (any other shape has no such field).
      const value = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>)[spec.field] : undefined;
      if (value === undefined) {
        show({ ok: false, error: { code: 'invalid_input', message: `line has no "${spec.field}" field` } }, n);
        continue;
      }
      show(await invoke(handlers, spec.op, spec.input(value, limit)), n);
    }
    return 0;
  }
  if (!rest.length) {
    process.stderr.write(`${command} needs a ${spec.field} or --jsonl FILE\n${USAGE}\n`);
    return 2;
  }
  const r = await invoke(handlers, spec.op, spec.input(rest.join(' '), limit));
  show(r);
  return r.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`uketome: ${e.message}\n`);
    process.exitCode = 1;
  },
);
