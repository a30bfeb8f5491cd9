import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analysisSchema, draftCheckSchema } from '../../src/shared/schemas';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => cliEnv({}, ...args);
const cliEnv = (env: Record<string, string>, ...args: string[]) =>
  run(tsx, ['src/main/cli.ts', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('cli', () => {
  it('classify "text" prints one analysis', async () => {
    const r = await cli('classify', '上司を出せ！もう二度と買わないからな');
    expect(r.code).toBe(0);
    const a = analysisSchema.parse(JSON.parse(r.stdout));
    expect(a.anger.level).toBe(4);
    expect(a.cues.some((c) => c.kind === 'demand')).toBe(true);
  });

  it('classify --jsonl prints one line per input in order, with typed errors for bad lines', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-cli-'));
    const file = path.join(dir, 'in.jsonl');
    const lines = [
      JSON.stringify({ text: '請求が二重になっています。本日中にご回答ください。' }),
      'this is not json',
      JSON.stringify({ note: 'no text field' }),
      JSON.stringify({ text: '' }),
      JSON.stringify({ text: 'あ'.repeat(1_000_000) }),
      JSON.stringify({ text: '\u0000\u0001\u0002' }),
      JSON.stringify({ text: 'ポイントの有効期限を教えてください' }),
    ];
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const r = await cli('classify', '--jsonl', file);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(7);
    expect(analysisSchema.parse(out[0]).type.id).toBe('billing');
    expect(out.slice(1, 6).map((o) => o.error.code)).toEqual(['invalid_input', 'invalid_input', 'empty', 'too_long', 'binary']);
    expect(out.slice(1, 6).map((o) => o.line)).toEqual([2, 3, 4, 5, 6]);
    expect(analysisSchema.parse(out[6]).type.id).toBe('campaign');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('check-draft prints the verdict and findings', async () => {
    const r = await cli('check-draft', 'ですから、規則ですのでできません。');
    expect(r.code).toBe(0);
    const d = draftCheckSchema.parse(JSON.parse(r.stdout));
    expect(d.verdict).toBe('soften');
    expect(d.findings.length).toBeGreaterThan(0);
  });

  it('a missing file is a clear message and a non-zero exit', async () => {
    const r = await cli('check-draft', '--jsonl', '/no/such/file.jsonl');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
    expect(r.stdout).toBe('');
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });

  it('search prints results in rank order, by romaji too, with --limit', async () => {
    const r = await cli('search', 'shinpai', '--limit', '3');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { query: string; results: { id: string; text: string; scene: string; score: number }[] };
    expect(out.query).toBe('shinpai');
    expect(out.results).toHaveLength(3);
    expect(out.results[0]!.text).toContain('心配');
    for (let i = 1; i < out.results.length; i++) expect(out.results[i]!.score).toBeLessThanOrEqual(out.results[i - 1]!.score);
  });

  it('search --jsonl answers one line per query, in order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-cli-'));
    const file = path.join(dir, 'q.jsonl');
    fs.writeFileSync(file, [JSON.stringify({ query: 'おりかえし' }), JSON.stringify({ nope: 1 }), JSON.stringify({ query: '恐れ入' })].join('\n'));
    const r = await cli('search', '--jsonl', file, '--limit', '1');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0].results[0].text).toContain('折り返し');
    expect(out[1].error.code).toBe('invalid_input');
    expect(out[2].results[0].text).toContain('恐れ入');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('export writes the current shift as CSV for Excel, and refuses a bad format', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-data-'));
    const { ShiftLog } = await import('../../src/main/shiftlog/store');
    const log = new ShiftLog(path.join(data, 'shiftlog'));
    log.append({ startedAt: Date.now() - 60_000, endedAt: Date.now(), caseNumber: 'C-9', note: '090-1234-5678' }, '佐藤');
    log.close();
    const out = path.join(data, 'shift.csv');
    const r = await cliEnv({ UKETOME_DATA_DIR: data }, 'export', '--shift', 'current', '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFid,started_at')).toBe(true);
    expect(csv).toContain('C-9');
    expect(csv).toContain('090-****-5678');
    expect((await cliEnv({ UKETOME_DATA_DIR: data }, 'export', '--format', 'xml')).code).toBe(2);
    expect((await cliEnv({ UKETOME_DATA_DIR: data }, 'export', '--shift', 'nope', '--format', 'json')).code).toBe(1);
    fs.rmSync(data, { recursive: true, force: true });
  });
});
