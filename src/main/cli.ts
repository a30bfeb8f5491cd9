/**
 * The command line over the same handler table as the app:
 *   npm run --silent cli -- classify "text"            one JSON object
 *   npm run --silent cli -- classify --jsonl FILE      one JSON line per input line ({"text": ...})
 *   npm run --silent cli -- check-draft "text"         reply checker, same shapes
 *   npm run --silent cli -- check-draft --jsonl FILE
 * A bad line yields {"error":{code,message},"line":n} and the rest still runs; a missing file exits 2.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { Engine } from './engine/engine';
import { createHandlers, invoke, type Result } from './host/handlers';

const USAGE = `usage:
  uketome classify "text" | classify --jsonl FILE
  uketome check-draft "text" | check-draft --jsonl FILE`;

const COMMANDS: Record<string, { op: 'analyze' | 'checkDraft' }> = {
  classify: { op: 'analyze' },
  'check-draft': { op: 'checkDraft' },
};

function out(obj: unknown): void {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

function show(r: Result<unknown>, line?: number): void {
  if (r.ok) out(r.value);
  else out(line === undefined ? { error: r.error } : { error: r.error, line });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const spec = command ? COMMANDS[command] : undefined;
  if (!spec) {
    process.stderr.write(`${command ? `unknown command: ${command}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const handlers = createHandlers(new Engine());
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
      const text = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { text?: unknown }).text : undefined;
      if (text === undefined) {
        show({ ok: false, error: { code: 'invalid_input', message: 'line has no "text" field' } }, n);
        continue;
      }
      show(await invoke(handlers, spec.op, { text }), n);
    }
    return 0;
  }
  const text = rest.join(' ');
  if (!rest.length) {
    process.stderr.write(`${command} needs a text or --jsonl FILE\n${USAGE}\n`);
    return 2;
  }
  const r = await invoke(handlers, spec.op, { text });
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
